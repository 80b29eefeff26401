package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/** One term of an academic year; {@code halfTerm} is null when the term has none. */
public record Term(String name, DateRange dates, DateRange halfTerm, Location location) {
  public Term {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dates, "dates");
  }

  public LocalDate start() {
    return dates.start();
  }

  public LocalDate end() {
    return dates.end();
  }

  /**
   * The lower-case key used on the command line and in {@code term:} ({@code autumn}, {@code
   * spring}, ...).
   */
  public String key() {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
