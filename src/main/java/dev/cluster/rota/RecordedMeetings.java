package dev.cluster.rota;

import dev.cluster.calendar.TeachingPeriod;
import dev.cluster.model.IsoDate;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Minutes;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.model.School;
import dev.cluster.model.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partnership's record as the planner uses it (SPEC section 8): rows of the published rota by
 * series and uid, the latest recorded date of each series in each academic year, and the minutes by
 * series and date.
 */
final class RecordedMeetings {
  static final RecordedMeetings NONE = new RecordedMeetings(null, List.of(), List.of());

  private final Partnership partnership;
  private final Map<String, RecordedMeeting> byUid = new HashMap<>();
  private final Map<String, List<RecordedMeeting>> bySeries = new HashMap<>();
  private final Map<String, LocalDate> latest = new HashMap<>();
  private final Map<String, Minutes> minutes = new HashMap<>();
  private final Set<String> matched = new HashSet<>();

  private RecordedMeetings(
      Partnership partnership, List<RecordedMeeting> rows, List<Minutes> minuted) {
    this.partnership = partnership;
    for (RecordedMeeting r : rows) {
      byUid.putIfAbsent(r.uid(), r);
      bySeries.computeIfAbsent(r.meeting(), k -> new ArrayList<>()).add(r);
      latest.merge(r.meeting() + "|" + r.year(), r.date(), (a, b) -> a.isAfter(b) ? a : b);
    }
    for (Minutes m : minuted) {
      minutes.putIfAbsent(m.meeting() + "|" + m.date(), m);
    }
  }

  static RecordedMeetings of(Partnership p) {
    return p.record().isEmpty() && p.minutes().isEmpty()
        ? NONE
        : new RecordedMeetings(p, p.record(), p.minutes());
  }

  /**
   * The row recorded for the meeting of {@code series} with this nominal day, or null (marked as
   * matched).
   */
  RecordedMeeting row(MeetingSeries series, LocalDate nominal) {
    if (partnership == null) {
      return null;
    }
    RecordedMeeting r = byUid.get(MeetingUid.of(partnership.id(), series.id(), nominal));
    if (r != null && r.meeting().equals(series.id())) {
      matched.add(r.uid());
      return r;
    }
    return null;
  }

  /**
   * Whether {@code day} is on or before the latest recorded date of {@code series} in its academic
   * year.
   */
  boolean isBeforeEnd(MeetingSeries series, LocalDate day) {
    if (partnership == null) {
      return false;
    }
    LocalDate end = latest.get(series.id() + "|" + partnership.currentYear(day).name());
    return end != null && !day.isAfter(end);
  }

  /**
   * The rows of {@code series} that no placement matched (call after every {@link #row}), in file
   * order.
   */
  List<RecordedMeeting> orphans(MeetingSeries series) {
    List<RecordedMeeting> out = new ArrayList<>();
    for (RecordedMeeting r : bySeries.getOrDefault(series.id(), List.of())) {
      if (!matched.contains(r.uid()) && byUid.get(r.uid()) == r) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The date of a row of {@code series} that no placement matches and falls in {@code period}, or
   * null.
   */
  String orphanIn(MeetingSeries series, TeachingPeriod period) {
    if (period == null) {
      return null;
    }
    for (RecordedMeeting r : bySeries.getOrDefault(series.id(), List.of())) {
      LocalDate d = nominal(r);
      if (!d.isBefore(period.start())
          && !d.isAfter(period.end())
          && byUid.get(r.uid()) == r
          && !matched.contains(r.uid())) {
        return r.date().toString();
      }
    }
    return null;
  }

  /** The minutes of the meeting of {@code series} on {@code day}, or null. */
  Minutes minutes(MeetingSeries series, LocalDate day) {
    return minutes.get(series.id() + "|" + day);
  }

  /**
   * The nominal day a recorded uid carries ({@code <meeting>-<YYYYMMDD>@...}), else the row's
   * scheduled day.
   */
  static LocalDate nominal(RecordedMeeting r) {
    String uid = r.uid();
    int at = uid.lastIndexOf('@');
    if (at >= 9) {
      try {
        return IsoDate.parseBasic(uid.substring(at - 8, at));
      } catch (java.time.DateTimeException e) {
        // a hand-written uid: the scheduled day stands in
      }
    }
    return r.scheduled();
  }

  /**
   * A duty as recorded: the school of today's partnership when it still has one (else a school
   * known only by its id), the person on its roster of that name (else one known only by name), and
   * for a host, the venue as recorded.
   */
  static Assignment assignment(
      Map<String, School> schools, String schoolId, String person, String venue) {
    School s = schools.get(schoolId);
    if (s == null) {
      s =
          new School(
              schoolId, schoolId, "", null, null, null, List.of(), List.of(), null, List.of(),
              null);
    }
    if (venue != null && !venue.equals(s.venue())) {
      s =
          new School(
              s.id(),
              venue,
              "",
              s.roster(),
              s.joined(),
              s.left(),
              s.closures(),
              s.focus(),
              s.externalReviewer(),
              s.staff(),
              s.location());
    }
    Person who = null;
    if (person != null) {
      for (Person p : s.staff()) {
        if (p.name().equals(person)) {
          who = p;
          break;
        }
      }
      if (who == null) {
        String id = Slug.kebab(person);
        who =
            new Person(
                id.isEmpty() ? "person" : id,
                person,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                0);
      }
    }
    return new Assignment(s, who);
  }
}
