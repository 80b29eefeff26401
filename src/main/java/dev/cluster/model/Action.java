package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code actions.csv}: {@code owner} is a person's name or a school id; {@code open} is
 * whether its status is {@code open} (otherwise {@code done}). Dates may be null.
 */
public record Action(
    String id,
    String meeting,
    LocalDate raised,
    String owner,
    String action,
    LocalDate due,
    boolean open,
    Location location) {
  public Action {
    Objects.requireNonNull(id, "id");
  }

  /** Whether the action is open and its due date is before {@code today}. */
  public boolean isOverdue(LocalDate today) {
    return open && due != null && due.isBefore(today);
  }
}
