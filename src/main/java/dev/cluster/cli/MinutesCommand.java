package dev.cluster.cli;

import dev.cluster.agenda.MinutesDraft;
import dev.cluster.model.Partnership;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cluster minutes}: the draft minutes of one meeting, written where the record keeps them.
 */
@Command(
    name = "minutes",
    mixinStandardHelpOptions = true,
    description = {
      "Write the draft minutes of one meeting to minutes/<meeting>/<date>.md (default: the latest meeting on"
          + " or before today that is not cancelled), prefilled with chair, minute-taker, the expected"
          + " attendees, the agenda's items and the open actions.",
      "An existing file is never overwritten (exit 4)."
    })
final class MinutesCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MEETING", description = "A meeting series id.")
  String meeting;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      converter = Converters.Day.class,
      description = "The meeting on this date (YYYY-MM-DD); not with --last.")
  LocalDate date;

  @Option(names = "--last", description = "The latest meeting on or before today (the default).")
  boolean last;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE instead of minutes/<meeting>/<date>.md (never overwriting it either).")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (date != null && last) {
      throw new ParameterException(
          spec.commandLine(), "--date and --last exclude each other: give one");
    }
    Partnership p = load().partnership();
    MinutesDraft.Draft draft = MinutesDraft.draft(p, meeting, date, today());
    Path file = output != null ? output : p.directory().resolve(draft.path());
    Output.createAtomically(file, draft.text());
    err()
        .println(
            "wrote "
                + file
                + ": fill in who came (present, apologies), the decisions and the actions,"
                + " then commit it");
    err().flush();
    return 0;
  }
}
