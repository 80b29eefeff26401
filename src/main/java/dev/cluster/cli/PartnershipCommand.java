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
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command that reads a partnership shares: the global options, loading, and warnings.
 * Each command builds picocli's model of its own command line ({@link #spec}).
 */
abstract class PartnershipCommand {
  /** The {@code cluster} command: its global options and its streams. */
  final Main main;

  private final String name;
  private final String[] description;

  /** The model of this command's command line, once {@link #spec} has built it. */
  CommandSpec spec;

  /** The command {@code name}, described in its help by {@code description} (a line each). */
  PartnershipCommand(Main main, String name, String... description) {
    this.main = main;
    this.name = name;
    this.description = description;
  }

  /**
   * The model of this command's command line: its name and description, its own options and
   * parameters ({@link #declare}), then {@code -h} and {@code -V}; no annotation is read.
   */
  final CommandSpec spec() {
    spec = Specs.command(this, name, description);
    declare(spec);
    return Specs.withHelp(spec);
  }

  /** Adds the command's own options and parameters to {@code spec}, each setting a field. */
  void declare(CommandSpec spec) {}

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
