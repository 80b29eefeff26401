package dev.cluster.cli;

import dev.cluster.check.Checks;
import dev.cluster.load.LoadResult;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Partnership;
import dev.cluster.model.Severity;
import dev.cluster.render.GithubAnnotations;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster validate}: loads everything, reports every problem found, changes nothing. */
final class ValidateCommand extends PartnershipCommand implements Callable<Integer> {
  boolean strict;

  final Formats.Option<Formats.Problems> format = Formats.problems();

  ValidateCommand(Main main) {
    super(
        main,
        "validate",
        "Load the partnership and its rosters and report every problem found; changes"
            + " nothing.");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addOption(Specs.flag("--strict", () -> strict, v -> strict = v, STRICT));
    spec.addOption(format.spec());
  }

  /** The help text of {@code --strict} (also {@code report}'s). */
  static final String STRICT = "Exit 1 when there is any warning (for CI).";

  @Override
  public Integer call() {
    String file = main.file.toString();
    List<Diagnostic> problems;
    LoadResult loaded;
    try {
      loaded = main.readPartnership();
      problems = Checks.of(loaded, today());
    } catch (DataException e) {
      loaded = null;
      problems = e.diagnostics();
    }
    String workspace = System.getenv("GITHUB_WORKSPACE");
    for (Diagnostic d : problems) {
      if (format.value == Formats.Problems.GITHUB) {
        out()
            .println(
                GithubAnnotations.command(
                    d, workspace == null || workspace.isBlank() ? null : Path.of(workspace)));
      } else {
        err().println(d.format());
      }
    }
    err().flush();
    long errors = problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = problems.size() - errors;
    String tally =
        errors == 0 && warnings == 0
            ? "no problems"
            : errors == 0
                ? count(warnings, "warning", "warnings")
                : count(errors, "error", "errors")
                    + (warnings == 0 ? "" : ", " + count(warnings, "warning", "warnings"));
    out()
        .println(
            file
                + ": "
                + (loaded == null ? "" : contents(loaded.partnership()) + " \u2014 ")
                + tally);
    return errors > 0 || (strict && warnings > 0) ? Main.EXIT_DATA : 0;
  }

  private static String contents(Partnership p) {
    int staff = p.schools().stream().mapToInt(s -> s.staff().size()).sum();
    return count(p.schools().size(), "school", "schools")
        + ", "
        + count(staff, "staff", "staff")
        + ", "
        + count(p.meetings().size(), "meeting series", "meeting series")
        + ", "
        + count(p.reviews().size(), "review programme", "review programmes");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
