package dev.cluster.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster rota}: the chair / host / minutes schedule. */
@Command(
    name = "rota",
    mixinStandardHelpOptions = true,
    description = {
      "Print the chair, host and minute-taker of every meeting.",
      "Default: the term containing today, or the next term."
    })
final class RotaCommand extends PartnershipCommand implements Callable<Integer> {
  @Option(names = "--year", paramLabel = "YEAR", description = "An academic year, for example 2026-27.")
  String year;

  @Option(names = "--term", paramLabel = "TERM",
      description = "autumn, spring or summer (of --year, else the current year), or 2026-27/spring.")
  String term;

  @Option(names = "--from", paramLabel = "DATE", converter = Converters.Day.class,
      description = "First day of the window (with --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Converters.Day.class,
      description = "Last day of the window (with --from).")
  LocalDate to;

  @Option(names = "--meeting", paramLabel = "ID",
      description = "Only this meeting series (repeatable); a for-each-year-group id means all its year groups.")
  List<String> meetings;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (default), csv, json or ics.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path output;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TODO(rota)");
  }
}
