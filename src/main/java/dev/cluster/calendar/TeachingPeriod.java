package dev.cluster.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period a schedule counts its teaching weeks in (a half-term's part of a term, a term, a month's
 * part of the terms, a year or one term of it), with a label naming it in warnings ({@code autumn
 * 2026-27, first half}).
 */
public record TeachingPeriod(String label, LocalDate start, LocalDate end) {
  public TeachingPeriod {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** Whether {@code day} lies in the period, ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public String toString() {
    return label;
  }
}
