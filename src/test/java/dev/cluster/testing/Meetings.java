package dev.cluster.testing;

import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.School;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Hand-made planned meetings for the tests of agendas and reports, so that they do not depend on
 * the rota planner: duties are given by school id and go to the school's headteacher.
 */
public final class Meetings {
  private Meetings() {}

  /**
   * A meeting of {@code series} on {@code date} chaired, hosted and minuted by these schools (null:
   * none).
   */
  public static ScheduledMeeting meeting(
      Partnership p,
      MeetingSeries series,
      LocalDate date,
      String chair,
      String host,
      String minutes) {
    return new ScheduledMeeting(
        series,
        date,
        date,
        ModelBuilder.duties(person(p, chair, series), school(p, host), person(p, minutes, series)),
        false,
        List.of());
  }

  /** The same meeting, cancelled: every duty null. */
  public static ScheduledMeeting cancelled(ScheduledMeeting m) {
    return new ScheduledMeeting(
        m.series(), m.date(), m.scheduled(), Map.of(), true, List.of("cancelled"));
  }

  /** The same meeting moved from its scheduled day to {@code to}, with a note. */
  public static ScheduledMeeting moved(ScheduledMeeting m, LocalDate to) {
    return new ScheduledMeeting(
        m.series(),
        to,
        m.scheduled(),
        m.duties(),
        false,
        List.of("moved from " + m.scheduled() + " by an override"));
  }

  private static Assignment school(Partnership p, String id) {
    return id == null ? null : new Assignment(find(p, id), null);
  }

  private static Assignment person(Partnership p, String id, MeetingSeries s) {
    if (id == null) {
      return null;
    }
    School school = find(p, id);
    return new Assignment(school, school.first(s.attendees().get(0), s.yearGroup()).orElse(null));
  }

  private static School find(Partnership p, String id) {
    return p.school(id).orElseThrow(() -> new IllegalArgumentException("no school " + id));
  }
}
