package dev.cluster.rota;

import dev.cluster.model.MeetingSeries;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One meeting of a series as planned. {@code scheduled} is its nominal day (what overrides name and what
 * the iCalendar UID derives from); {@code date} is where it actually falls. A duty the series does not have,
 * a duty nobody could take, and every duty of a cancelled meeting is null.
 */
public record ScheduledMeeting(
    MeetingSeries series,
    LocalDate date,
    LocalDate scheduled,
    Assignment chair,
    Assignment host,
    Assignment minutes,
    boolean cancelled,
    List<String> notes) {
  public ScheduledMeeting {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scheduled, "scheduled");
    notes = List.copyOf(notes);
  }

  public LocalTime start() {
    return series.time();
  }

  public LocalTime end() {
    return series.end();
  }
}
