package dev.cluster.rota;

import dev.cluster.model.Diagnostic;
import java.time.LocalDate;
import java.util.List;

/**
 * The meetings of a window [{@code from}, {@code to}] in output order (date, start time, series
 * order in the file), with the warnings that concern that window.
 */
public record Rota(
    LocalDate from, LocalDate to, List<ScheduledMeeting> meetings, List<Diagnostic> warnings) {
  public Rota {
    meetings = List.copyOf(meetings);
    warnings = List.copyOf(warnings);
  }
}
