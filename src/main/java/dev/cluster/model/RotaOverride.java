package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off change to one meeting of a series, identified by its date as scheduled. Any of
 * {@code chair}/{@code host}/{@code minutes} (school ids) and {@code moveTo} may be null.
 */
public record RotaOverride(
    String meeting,
    LocalDate date,
    String chair,
    String host,
    String minutes,
    LocalDate moveTo,
    boolean cancel,
    Location location) {
  public RotaOverride {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(date, "date");
  }

  /** The school this override names for {@code type}, or null. */
  public String school(DutyType type) {
    return switch (type) {
      case CHAIR -> chair;
      case HOST -> host;
      case MINUTES -> minutes;
    };
  }
}
