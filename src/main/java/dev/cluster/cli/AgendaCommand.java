package dev.cluster.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster agenda}: the Markdown agenda of one meeting. */
@Command(
    name = "agenda",
    mixinStandardHelpOptions = true,
    description = "Print the Markdown agenda of one meeting (default: the next one).")
final class AgendaCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MEETING", description = "A meeting series id.")
  String meeting;

  @Option(names = "--date", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The meeting on this date.")
  LocalDate date;

  @Option(names = "--next", description = "The next meeting on or after today (the default).")
  boolean next;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path output;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TODO(agenda)");
  }
}
