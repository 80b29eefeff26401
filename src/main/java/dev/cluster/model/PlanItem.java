package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One goal of the development plan; {@code status} is red, amber, green (or done); {@code due} may
 * be null.
 */
public record PlanItem(
    String id, String goal, String owner, LocalDate due, String status, Location location) {
  public PlanItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(goal, "goal");
  }
}
