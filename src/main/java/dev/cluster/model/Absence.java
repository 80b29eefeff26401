package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person away, from {@code unavailable:}: {@code school}/{@code person} (a person id) from {@code
 * from} to {@code to} inclusive. {@code reason} is kept for the file's readers and never printed.
 */
public record Absence(
    String school, String person, LocalDate from, LocalDate to, String reason, Location location) {
  public Absence {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** Whether the person is away on {@code day}. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
