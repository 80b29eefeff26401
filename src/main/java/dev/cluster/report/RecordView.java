package dev.cluster.report;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Minutes;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.Rosters;
import dev.cluster.model.School;
import dev.cluster.rota.Attendance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's attendance register and decision log (SPEC section 8.2), from the minutes of the
 * year's meetings. The register counts, per series, the meetings whose minutes say {@code held:
 * true}: for each school expected there (a member on the day that takes part in the series and has
 * someone in an attendee role), whether someone of it was present, sent apologies, or neither.
 */
final class RecordView {
  private RecordView() {}

  /**
   * {@code series} (per series with held minutes, in file order: {@code meeting}, {@code title},
   * {@code held} (how many), {@code heldLabel}, {@code dates} (ISO, joined with commas), {@code
   * rows}: each expected school's {@code school} name, {@code present}, {@code apologies}, {@code
   * absent}, {@code expected}), and {@code hasSeries}.
   */
  static Map<String, Object> attendance(Partnership p, AcademicYear year) {
    List<Map<String, Object>> series = new ArrayList<>();
    for (MeetingSeries s : p.meetings()) {
      List<Minutes> held = new ArrayList<>();
      for (Minutes m : p.minutes()) {
        if (m.meeting().equals(s.id()) && m.held() && inYear(year, m.date())) {
          held.add(m);
        }
      }
      if (held.isEmpty()) {
        continue;
      }
      held.sort(java.util.Comparator.comparing(Minutes::date));
      // the schools named in each minutes' present and apologies, found once (not once per school)
      List<Set<String>> present = new ArrayList<>();
      List<Set<String>> apologies = new ArrayList<>();
      for (Minutes m : held) {
        present.add(names(p, m.present()));
        apologies.add(names(p, m.apologies()));
      }
      Map<String, int[]> counts = new LinkedHashMap<>();
      Map<String, String> schoolNames = new LinkedHashMap<>();
      for (School school : p.schools()) {
        schoolNames.putIfAbsent(school.id(), school.name());
        for (int i = 0; i < held.size(); i++) {
          Minutes m = held.get(i);
          if (!expected(school, s, m.date())) {
            continue;
          }
          int[] c = counts.computeIfAbsent(school.id(), k -> new int[4]);
          c[3]++;
          if (present.get(i).contains(school.id())) {
            c[0]++;
          } else if (apologies.get(i).contains(school.id())
              || awayEveryone(p, school, s, m.date())) {
            c[1]++;
          } else {
            c[2]++;
          }
        }
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (var e : counts.entrySet()) {
        int[] c = e.getValue();
        rows.add(
            ReportView.map(
                "school",
                schoolNames.getOrDefault(e.getKey(), e.getKey()),
                "present",
                c[0],
                "apologies",
                c[1],
                "absent",
                c[2],
                "expected",
                c[3]));
      }
      series.add(
          ReportView.map(
              "meeting",
              s.id(),
              "title",
              s.title(),
              "held",
              held.size(),
              "heldLabel",
              held.size() == 1 ? "1 meeting" : held.size() + " meetings",
              "dates",
              String.join(", ", held.stream().map(m -> m.date().toString()).toList()),
              "rows",
              rows));
    }
    return ReportView.map("series", series, "hasSeries", !series.isEmpty());
  }

  /**
   * {@code decisions} (every decision of the year's minutes, by date then series order: {@code
   * meeting} (the series' title), {@code date} (ISO), {@code decision}) and {@code hasDecisions}.
   */
  static Map<String, Object> decisions(Partnership p, AcademicYear year) {
    List<Minutes> minutes = new ArrayList<>(p.minutes());
    List<String> order = p.meetings().stream().map(MeetingSeries::id).toList();
    minutes.sort(
        java.util.Comparator.comparing(Minutes::date)
            .thenComparingInt(m -> order.indexOf(m.meeting())));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Minutes m : minutes) {
      if (!inYear(year, m.date())) {
        continue;
      }
      String title = p.meeting(m.meeting()).map(MeetingSeries::title).orElse(m.meeting());
      for (String d : m.decisions()) {
        out.add(ReportView.map("meeting", title, "date", m.date().toString(), "decision", d));
      }
    }
    return ReportView.map("decisions", out, "hasDecisions", !out.isEmpty());
  }

  /**
   * A school is expected at a meeting: a member that day, in the series' rotation, with an
   * attendee.
   */
  private static boolean expected(School school, MeetingSeries s, LocalDate day) {
    return school.isMemberOn(day)
        && (s.order().isEmpty() || s.order().contains(school.id()))
        && !Attendance.attendeesOf(school, s).isEmpty();
  }

  /** The schools of the people named. */
  private static Set<String> names(Partnership p, List<Minutes.Name> names) {
    Set<String> out = new HashSet<>();
    for (Minutes.Name n : names) {
      Rosters.find(p.schools(), n.text()).ifPresent(m -> out.add(m.school().id()));
    }
    return out;
  }

  private static boolean inYear(AcademicYear year, LocalDate d) {
    return !d.isBefore(year.start()) && !d.isAfter(year.end());
  }

  /**
   * Whether everyone of {@code school} who would attend {@code series} is away that day ({@code
   * unavailable:}): the school sent apologies (SPEC section 8.2, "or away under section 11").
   */
  private static boolean awayEveryone(
      Partnership p, School school, MeetingSeries series, LocalDate day) {
    List<Person> attendees =
        school.staff().stream()
            .filter(x -> dev.cluster.rota.Attendance.holdsAttendeeRole(x, series))
            .toList();
    return !attendees.isEmpty()
        && attendees.stream().allMatch(x -> p.fairness().isAway(school, x, day));
  }
}
