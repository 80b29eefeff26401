package dev.cluster.cli;

import dev.cluster.agenda.MinutesDraft;
import dev.cluster.model.Partnership;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cluster minutes}: the draft minutes of one meeting, written where the record keeps them.
 */
final class MinutesCommand extends PartnershipCommand implements Callable<Integer> {
  final MeetingChoice which = new MeetingChoice("--last");
  Path output;

  MinutesCommand(Main main) {
    super(
        main,
        "minutes",
        "Write the draft minutes of one meeting to minutes/<meeting>/<date>.md (default: the"
            + " latest meeting on or before today that is not cancelled), prefilled with"
            + " chair, minute-taker, the expected attendees, the agenda's items and the open"
            + " actions.",
        "An existing file is never overwritten (exit 4).");
  }

  @Override
  void declare(CommandSpec spec) {
    which.declare(spec, "The latest meeting on or before today (the default).");
    spec.addOption(
        OutputOption.spec(
            () -> output,
            v -> output = v,
            "Write to FILE instead of minutes/<meeting>/<date>.md (never overwriting it"
                + " either)."));
  }

  @Override
  public Integer call() {
    which.check(spec);
    Partnership p = load().partnership();
    MinutesDraft.Draft draft = MinutesDraft.draft(p, which.meeting, which.date, today());
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
