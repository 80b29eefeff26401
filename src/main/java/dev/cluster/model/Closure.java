package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/** A day with no meetings (partnership-wide) or on which one school is closed, with why. */
public record Closure(LocalDate date, String reason, Location location) {
  public Closure {
    Objects.requireNonNull(date, "date");
    reason = reason == null ? "" : reason;
  }
}
