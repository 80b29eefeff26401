package dev.cluster.rota;

import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One meeting of a series as planned. {@code scheduled} is its nominal day: the schedule's weekday of the
 * chosen teaching week (or the explicit date), before any move; the iCalendar UID derives from it, so a moved
 * meeting keeps its identity. {@code date} is where it actually falls. (An override names the day the meeting
 * falls on before its own {@code move-to}: that is {@code scheduled}, or the day a teaching-day move chose.)
 * A duty the series does not have, a duty nobody could take, and every duty of a cancelled meeting is null.
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

  /** Who does {@code type} at this meeting, or null. */
  public Assignment duty(DutyType type) {
    return switch (type) {
      case CHAIR -> chair;
      case HOST -> host;
      case MINUTES -> minutes;
    };
  }

  public LocalTime start() {
    return series.time();
  }

  public LocalTime end() {
    return series.end();
  }
}
