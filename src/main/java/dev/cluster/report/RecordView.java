package dev.cluster.report;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Minutes;
import dev.cluster.model.Order;
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

  /** The attendance register: {@code series} (those with held minutes) and {@code hasSeries}. */
  public record Register(List<SeriesRegister> series, boolean hasSeries) {}

  /**
   * A series' register: {@code held} (how many meetings), {@code heldLabel} ({@code 1 meeting}),
   * {@code dates} (ISO, joined with commas) and a row per expected school.
   */
  public record SeriesRegister(
      String meeting,
      String title,
      int held,
      String heldLabel,
      String dates,
      List<RegisterRow> rows) {}

  /**
   * A school's attendance: at how many meetings it was {@code present}, sent {@code apologies}, or
   * was {@code absent}, of the {@code expected}.
   */
  public record RegisterRow(String school, int present, int apologies, int absent, int expected) {}

  /** The decision log: {@code decisions} and {@code hasDecisions}. */
  public record DecisionLog(List<Decision> decisions, boolean hasDecisions) {}

  /**
   * A decision: {@code meeting} (the series' title), {@code date} (ISO) and the {@code decision}.
   */
  public record Decision(String meeting, String date, String decision) {}

  /** The register of the year: per series with held minutes, in file order. */
  static Register attendance(Partnership p, AcademicYear year) {
    List<SeriesRegister> series = new ArrayList<>();
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
      held.sort(Order.by(Minutes::date));
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
      List<RegisterRow> rows = new ArrayList<>();
      for (var e : counts.entrySet()) {
        int[] c = e.getValue();
        rows.add(
            new RegisterRow(
                schoolNames.getOrDefault(e.getKey(), e.getKey()), c[0], c[1], c[2], c[3]));
      }
      series.add(
          new SeriesRegister(
              s.id(),
              s.title(),
              held.size(),
              held.size() == 1 ? "1 meeting" : held.size() + " meetings",
              String.join(", ", held.stream().map(m -> m.date().toString()).toList()),
              rows));
    }
    return new Register(series, !series.isEmpty());
  }

  /** Every decision of the year's minutes, by date then series order. */
  static DecisionLog decisions(Partnership p, AcademicYear year) {
    List<Minutes> minutes = new ArrayList<>(p.minutes());
    List<String> order = p.meetings().stream().map(MeetingSeries::id).toList();
    minutes.sort(Order.by(Minutes::date, m -> order.indexOf(m.meeting())));
    List<Decision> out = new ArrayList<>();
    for (Minutes m : minutes) {
      if (!inYear(year, m.date())) {
        continue;
      }
      String title = p.meeting(m.meeting()).map(MeetingSeries::title).orElse(m.meeting());
      for (String d : m.decisions()) {
        out.add(new Decision(title, m.date().toString(), d));
      }
    }
    return new DecisionLog(out, !out.isEmpty());
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
