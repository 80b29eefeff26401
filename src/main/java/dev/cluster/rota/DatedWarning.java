package dev.cluster.rota;

import dev.cluster.model.Diagnostic;
import java.time.LocalDate;

/**
 * A warning with the days it concerns, so that a window's rota carries only the warnings about it.
 */
record DatedWarning(LocalDate from, LocalDate to, Diagnostic diagnostic) {
  static DatedWarning on(LocalDate day, Diagnostic d) {
    return new DatedWarning(day, day, d);
  }

  boolean overlaps(LocalDate windowFrom, LocalDate windowTo) {
    return !to.isBefore(windowFrom) && !from.isAfter(windowTo);
  }
}
