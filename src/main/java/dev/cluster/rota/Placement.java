package dev.cluster.rota;

import dev.cluster.calendar.TeachingPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * Where one meeting of a series falls before overrides: its nominal day (the scheduled weekday of
 * the chosen teaching week, or an explicit date), the day it is held after any teaching-day move,
 * the period it belongs to (null for explicit dates) and the notes explaining a move.
 */
record Placement(LocalDate nominal, LocalDate date, TeachingPeriod period, List<String> notes) {
  Placement {
    notes = List.copyOf(notes);
  }
}
