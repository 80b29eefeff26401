package dev.cluster.agenda;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.UsageException;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the meeting an agenda is asked for and builds its view: the one call {@code cluster agenda}
 * makes.
 */
public final class Agenda {
  private Agenda() {}

  /**
   * The view of the meeting of series {@code meetingId} on {@code date} (null: the first meeting on
   * or after {@code today} that is not cancelled).
   *
   * @throws UsageException for a series or a date the partnership does not have, naming those it
   *     has
   */
  public static AgendaView.View view(
      Partnership p, String meetingId, LocalDate date, LocalDate today) {
    MeetingSeries series = series(p, meetingId);
    List<AcademicYear> years = p.calendar();
    Rota rota =
        new RotaPlanner(p)
            .plan(years.get(0).start(), years.get(years.size() - 1).end(), List.of(series.id()));
    List<ScheduledMeeting> meetings =
        rota.meetings().stream().filter(m -> m.series().id().equals(series.id())).toList();
    int at = date == null ? next(series, meetings, today) : on(series, meetings, date);
    return viewOf(p, meetings, at, today);
  }

  /** The view of meeting {@code at} of {@code meetings} (one series' meetings in date order). */
  public static AgendaView.View viewOf(
      Partnership p, List<ScheduledMeeting> meetings, int at, LocalDate today) {
    return AgendaView.of(
        p, meetings.get(at), neighbour(meetings, at, -1), neighbour(meetings, at, 1), today);
  }

  /**
   * The series {@code id}; a for-each-year-group id or an unknown id is a usage error naming the
   * choices.
   */
  static MeetingSeries series(Partnership p, String id) {
    return p.meeting(id)
        .orElseThrow(
            () -> {
              List<String> group =
                  p.meetings().stream()
                      .filter(m -> m.group().equals(id))
                      .map(MeetingSeries::id)
                      .toList();
              if (!group.isEmpty()) {
                return new UsageException(
                    "meeting `"
                        + id
                        + "` has one series per year group; name one of: "
                        + String.join(", ", group));
              }
              return new UsageException(
                  "unknown meeting `"
                      + id
                      + "`; the meetings are: "
                      + p.meetings().stream()
                          .map(MeetingSeries::id)
                          .collect(Collectors.joining(", ")));
            });
  }

  /** The index of the first meeting on or after {@code today} that is not cancelled. */
  static int next(MeetingSeries s, List<ScheduledMeeting> meetings, LocalDate today) {
    for (int i = 0; i < meetings.size(); i++) {
      if (!meetings.get(i).cancelled() && !meetings.get(i).date().isBefore(today)) {
        return i;
      }
    }
    if (meetings.isEmpty()) {
      throw new UsageException("meeting `" + s.id() + "` has no meetings in the calendar");
    }
    throw new UsageException(
        "meeting `"
            + s.id()
            + "` has no meeting on or after "
            + today
            + "; its last was on "
            + meetings.get(meetings.size() - 1).date()
            + " (use --date to pick one)");
  }

  /**
   * The index of the meeting on {@code date}: the day it falls on, else the day it was scheduled
   * for before it moved (so an agenda can be asked for by either).
   */
  static int on(MeetingSeries s, List<ScheduledMeeting> meetings, LocalDate date) {
    for (int i = 0; i < meetings.size(); i++) {
      if (meetings.get(i).date().equals(date)) {
        return i;
      }
    }
    for (int i = 0; i < meetings.size(); i++) {
      if (meetings.get(i).scheduled().equals(date)) {
        return i;
      }
    }
    if (meetings.isEmpty()) {
      throw new UsageException("meeting `" + s.id() + "` has no meetings in the calendar");
    }
    LocalDate before = null;
    LocalDate after = null;
    for (ScheduledMeeting m : meetings) {
      if (m.date().isBefore(date)) {
        before = m.date();
      } else if (after == null) {
        after = m.date();
      }
    }
    String nearest =
        before == null
            ? after.toString()
            : after == null ? before.toString() : before + " and " + after;
    return fail(s, date, nearest);
  }

  private static int fail(MeetingSeries s, LocalDate date, String nearest) {
    throw new UsageException(
        "meeting `"
            + s.id()
            + "` has no meeting on "
            + date
            + "; the nearest "
            + (nearest.contains(" and ") ? "are " : "is ")
            + nearest);
  }

  /**
   * The nearest meeting before ({@code step} -1) or after (+1) index {@code at} that is not
   * cancelled.
   */
  private static ScheduledMeeting neighbour(List<ScheduledMeeting> meetings, int at, int step) {
    for (int i = at + step; i >= 0 && i < meetings.size(); i += step) {
      if (!meetings.get(i).cancelled()) {
        return meetings.get(i);
      }
    }
    return null;
  }
}
