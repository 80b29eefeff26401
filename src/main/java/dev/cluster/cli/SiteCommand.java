package dev.cluster.cli;

import dev.cluster.load.LoadResult;
import dev.cluster.site.Site;
import dev.cluster.site.SiteWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster site DIR}: the partnership's static website (SPEC section 9). */
final class SiteCommand extends PartnershipCommand implements Callable<Integer> {
  Path dir;

  SiteCommand(Main main) {
    super(
        main,
        "site",
        // each string one paragraph, which picocli wraps to the terminal's width; the first is the
        // command's line in `cluster --help`
        "Write the partnership's website to DIR: the next meetings, this term's rota, a page per"
            + " school, the agenda of every coming meeting this term, the report, and calendars (.ics)"
            + " for the partnership, each school and each person.",
        "Open DIR/index.html, or publish DIR (GitHub Pages). No e-mail address is shown, but staff"
            + " names are: publish it only where everyone who can see it may see them.",
        "DIR is replaced as a whole, only once every file is ready; a folder cluster did not write is"
            + " refused.");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addPositional(
        Specs.parameter(0, Path.class, () -> dir, v -> dir = v)
            .required(true)
            .paramLabel("DIR")
            .description("The folder to write (made or replaced).")
            .build());
  }

  @Override
  public Integer call() {
    LoadResult loaded = load();
    Map<String, String> files =
        Site.build(loaded.partnership(), planner(), today(), loaded.warnings());
    try {
      SiteWriter.write(dir, files);
    } catch (java.io.IOException e) {
      throw new OutputException("cannot write the site to " + dir + ": " + e.getMessage(), e);
    }
    out()
        .println(
            "Wrote "
                + files.size()
                + " files to "
                + dir
                + " (open "
                + dir.resolve("index.html")
                + ").");
    out().flush();
    return 0;
  }
}
