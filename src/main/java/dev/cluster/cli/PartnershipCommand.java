package dev.cluster.cli;

import dev.cluster.check.Checks;
import dev.cluster.load.LoadResult;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Severity;
import dev.cluster.rota.RotaPlanner;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * What every command that reads a partnership shares: the global options, loading, and warnings.
 */
@Command
abstract class PartnershipCommand {
  @ParentCommand Main main;

  /** The planner of the partnership {@link #load} read, which has planned the whole calendar. */
  private RotaPlanner planner;

  /**
   * Loads the partnership named by {@code -f} and runs the checks {@code validate} runs; invalid
   * data throws (exit 1); the warnings, the same ones {@code validate} counts, are printed and
   * returned with it.
   */
  LoadResult load() {
    LoadResult loaded = main.readPartnership();
    planner = new RotaPlanner(loaded.partnership());
    List<Diagnostic> all = Checks.of(loaded, planner, today());
    if (all.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      throw new DataException(all);
    }
    printWarnings(all);
    warnIfTheCalendarHasRunOut(loaded.partnership().calendar());
    return new LoadResult(loaded.partnership(), all);
  }

  /**
   * The rota planner of the partnership {@link #load} returned: the checks have planned the whole
   * calendar with it, so a command's own window costs nothing more.
   */
  RotaPlanner planner() {
    return planner;
  }

  /**
   * After the last term there is no "this term": commands fall back on the last one, which would
   * otherwise quietly look like this year's rota.
   */
  private void warnIfTheCalendarHasRunOut(List<AcademicYear> calendar) {
    if (calendar.isEmpty()) {
      return;
    }
    AcademicYear last = calendar.get(calendar.size() - 1);
    if (today().isAfter(last.end())) {
      int next = Integer.parseInt(last.name().substring(0, 4)) + 1;
      printWarnings(
          List.of(
              Diagnostic.warning(
                  last.location(),
                  "the calendar ends on "
                      + last.end()
                      + ", before today ("
                      + today()
                      + "), so its last term stands in for this one; add the "
                      + next
                      + "-"
                      + String.format("%02d", (next + 1) % 100)
                      + " year to `calendar:`")));
    }
  }

  /** Prints warnings to standard error, one {@code FILE:LINE:COLUMN: warning: MESSAGE} each. */
  void printWarnings(List<Diagnostic> warnings) {
    for (Diagnostic d : warnings) {
      err().println(d.format());
    }
    err().flush();
  }

  LocalDate today() {
    return main.today();
  }

  PrintWriter out() {
    return main.out;
  }

  PrintWriter err() {
    return main.err;
  }
}
