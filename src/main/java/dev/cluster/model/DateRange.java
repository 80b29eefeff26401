package dev.cluster.model;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate start, LocalDate end) {
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("range ends " + end + " before it starts " + start);
    }
  }

  /** Whether {@code day} lies in the range, ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  // equals and hashCode are written out: a record's generated ones are linked through method
  // handles on first use, which costs start-up time in a value used as a map key from the start
  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && start.equals(r.start) && end.equals(r.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /** Whether the two ranges share a day. */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }
}
