package dev.cluster.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * How {@code agenda} and {@code minutes} name one meeting: the series {@code MEETING}, then either
 * {@code --date D} or the flag that names the default ({@code --next}, {@code --last}), which
 * exclude each other.
 */
final class MeetingChoice {
  String meeting;
  LocalDate date;
  private boolean byDefault;
  private final String flag;

  /** The choice whose default is asked for with {@code flag} ({@code --next}, {@code --last}). */
  MeetingChoice(String flag) {
    this.flag = flag;
  }

  /** Adds {@code MEETING}, {@code --date} and the flag, described as {@code flagDescription}. */
  void declare(CommandSpec spec, String flagDescription) {
    spec.addPositional(
        Specs.parameter(0, String.class, () -> meeting, v -> meeting = v)
            .required(true)
            .paramLabel("MEETING")
            .description("A meeting series id.")
            .build());
    spec.addOption(
        Converters.day(() -> date, v -> date = v, "--date")
            .description("The meeting on this date (YYYY-MM-DD); not with " + flag + ".")
            .build());
    spec.addOption(Specs.flag(flag, () -> byDefault, v -> byDefault = v, flagDescription));
  }

  /** Refuses {@code --date} with the flag (exit 2), before anything is read. */
  void check(CommandSpec spec) {
    if (date != null && byDefault) {
      throw new ParameterException(
          spec.commandLine(), "--date and " + flag + " exclude each other: give one");
    }
  }
}
