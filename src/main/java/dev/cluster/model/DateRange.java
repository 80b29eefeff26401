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

  /** Whether the two ranges share a day. */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }
}
