package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item for one meeting's agenda. {@code lead} is a school id or a person's name (may be null);
 * {@code minutes} may be null. A confidential item is kept out of reports.
 */
public record AgendaItem(
    String meeting,
    LocalDate date,
    String title,
    String lead,
    Integer minutes,
    boolean confidential,
    Location location) {
  public AgendaItem {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
  }
}
