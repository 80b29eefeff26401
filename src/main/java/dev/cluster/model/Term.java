package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/** One term of an academic year; {@code halfTerm} is null when the term has none. */
public record Term(String name, DateRange dates, DateRange halfTerm, Location location) {
  public Term {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dates, "dates");
  }

  // equals and hashCode are written out: a record's generated ones are linked through method
  // handles on first use, which costs start-up time in a value used as a map key from the start
  @Override
  public boolean equals(Object o) {
    return o instanceof Term t
        && name.equals(t.name)
        && dates.equals(t.dates)
        && Objects.equals(halfTerm, t.halfTerm)
        && Objects.equals(location, t.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, dates, halfTerm, location);
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
