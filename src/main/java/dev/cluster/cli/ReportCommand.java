package dev.cluster.cli;

import dev.cluster.load.LoadResult;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import dev.cluster.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cluster report}: the partnership's Markdown report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Print the partnership's Markdown report for an academic year.")
final class ReportCommand extends PartnershipCommand implements Callable<Integer> {
  @Mixin YearOption year;

  @ArgGroup(exclusive = true)
  Target target;

  /** {@code -o} and {@code --append} exclude each other. */
  static final class Target {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = OutputOption.DESCRIPTION)
    Path output;

    @Option(names = "--append", paramLabel = "FILE",
        description = "Add the report to the end of FILE (for $GITHUB_STEP_SUMMARY).")
    Path append;
  }

  @Mixin Formats.PageOption format;

  @Option(names = "--include-contact", description = "Include e-mail addresses.")
  boolean includeContact;

  @Option(names = "--strict", description = "Exit 1 when there is any warning (for CI).")
  boolean strict;

  @Override
  public Integer call() {
    LoadResult loaded = load();
    Partnership p = loaded.partnership();
    Report report = Report.build(p, year.name, today(), includeContact, loaded.warnings());
    // the rota's warnings are among those load() printed; the pairings' are the report's own
    List<Diagnostic> own = report.warnings().stream().filter(w -> !loaded.warnings().contains(w)).toList();
    printWarnings(own);
    String text = new Templates(p.templates()).render("report.md.mustache", report.view());
    if (format.value == Formats.Page.HTML) {
      text = Formats.html(text, "Report");
    }
    int count = loaded.warnings().size() + own.size();
    boolean failed = strict && count > 0;
    Path file = target == null ? null : target.append != null ? target.append : target.output;
    // A failing run leaves files alone (SPEC: "on any error an existing file is left untouched"); the
    // report still goes to standard output when no file was asked for.
    if (!failed && target != null && target.append != null) {
      Output.append(target.append, text);
    } else if (!failed || file == null) {
      Output.emit(text, file, out());
    }
    if (failed) {
      err().println("cluster: --strict: " + count + (count == 1 ? " warning" : " warnings") + " (listed above)"
          + (file == null ? "" : "; nothing was written to " + file));
      err().flush();
      return Main.EXIT_DATA;
    }
    return 0;
  }
}
