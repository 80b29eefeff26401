package dev.cluster.rota;

import dev.cluster.calendar.Dates;
import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.calendar.TeachingPeriod;
import dev.cluster.model.Closure;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.School;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places the meetings of one series on days (SPEC section 5, first half): the scheduled weekday of
 * the n-th teaching week of each period, moved one, two, … weeks later within the period, then
 * earlier, when that day is not possible; explicit dates kept as given. Rotation is {@link
 * SeriesRotation}'s.
 */
final class SeriesPlacer {
  private final Map<String, School> schools;

  /** The ids of venues that are not schools: open on every teaching day (SPEC section 10). */
  private final java.util.Set<String> venues;

  private final TeachingCalendar calendar;
  private final MeetingSeries series;
  private final List<DatedWarning> warnings;

  SeriesPlacer(
      Map<String, School> schools,
      java.util.Set<String> venues,
      TeachingCalendar calendar,
      MeetingSeries series,
      List<DatedWarning> warnings) {
    this.schools = schools;
    this.venues = venues;
    this.calendar = calendar;
    this.series = series;
    this.warnings = warnings;
  }

  /**
   * Every meeting of the series over the whole calendar, on or after its {@code start}, in date
   * order.
   */
  List<Placement> place() {
    List<Placement> out = series.schedule() == null ? explicitDates() : scheduled();
    out.removeIf(p -> p.date().isBefore(series.start()));
    out.sort(
        (a, b) ->
            a.date().equals(b.date())
                ? a.nominal().compareTo(b.nominal())
                : a.date().compareTo(b.date()));
    return out;
  }

  private List<Placement> explicitDates() {
    List<Placement> out = new ArrayList<>();
    for (LocalDate day : new TreeSet<>(series.dates())) {
      if (day.isBefore(series.start())) {
        continue;
      }
      String why = calendar.whyNotTeaching(day);
      if (why != null) {
        warn(
            day,
            day,
            "meeting `"
                + series.id()
                + "` on "
                + day
                + ": "
                + Dates.longDate(day)
                + " is not a teaching day ("
                + why
                + "); kept as given");
      } else {
        String host = hostProblem(day);
        if (host != null) {
          warn(
              day,
              day,
              "meeting `" + series.id() + "` on " + day + ": " + host + "; kept as given");
        }
      }
      out.add(new Placement(day, day, null, List.of()));
    }
    return out;
  }

  private List<Placement> scheduled() {
    List<Placement> out = new ArrayList<>();
    DayOfWeek weekday = series.schedule().weekday();
    for (TeachingPeriod period : calendar.periods(series.schedule())) {
      if (period.end().isBefore(series.start())) {
        continue;
      }
      // Nominal days in date order, so that two meetings competing for one day resolve the same way
      // each run.
      // Two `weeks` entries naming the same day (`[-1, 7]` in a seven-week term) are two meetings:
      // the second
      // finds the day taken and moves like any impossible day (SPEC section 5).
      TreeMap<LocalDate, List<Integer>> nominal = new TreeMap<>();
      for (int n : series.schedule().weeks()) {
        Optional<LocalDate> monday = calendar.teachingWeek(period, n);
        if (monday.isEmpty()) {
          warn(
              period.start(),
              period.end(),
              "meeting `"
                  + series.id()
                  + "`: "
                  + period
                  + " has no "
                  + weekName(n)
                  + " teaching week; no meeting is held for weeks: "
                  + n);
          continue;
        }
        nominal
            .computeIfAbsent(monday.get().plusDays(weekday.getValue() - 1L), d -> new ArrayList<>())
            .add(n);
      }
      Set<LocalDate> taken = new HashSet<>();
      for (var e : nominal.entrySet()) {
        for (int i = 0; i < e.getValue().size(); i++) {
          Placement p = move(period, e.getKey(), e.getValue().get(i), taken);
          if (p != null) {
            // A repeat of a day keeps a nominal day of its own, so that its calendar UID is its own
            // too.
            taken.add(p.date());
            out.add(i == 0 ? p : new Placement(p.date(), p.date(), p.period(), p.notes()));
          }
        }
      }
    }
    return out;
  }

  /** The scheduled day if possible, else the same weekday one, two, … weeks later, then earlier. */
  private Placement move(TeachingPeriod period, LocalDate day, int n, Set<LocalDate> taken) {
    String why = whyImpossible(period, day, taken);
    if (why == null) {
      return new Placement(day, day, period, List.of());
    }
    List<LocalDate> candidates = new ArrayList<>();
    for (LocalDate d = day.plusWeeks(1); !d.isAfter(period.end()); d = d.plusWeeks(1)) {
      candidates.add(d);
    }
    for (LocalDate d = day.minusWeeks(1); !d.isBefore(period.start()); d = d.minusWeeks(1)) {
      candidates.add(d);
    }
    for (LocalDate d : candidates) {
      if (whyImpossible(period, d, taken) == null) {
        return new Placement(
            day, d, period, List.of("moved from " + Dates.shortDate(day) + ": " + why));
      }
    }
    warn(
        period.start(),
        period.end(),
        "meeting `"
            + series.id()
            + "` in "
            + period
            + " (teaching week "
            + n
            + ", "
            + day
            + "): no week of the period has a possible "
            + Dates.weekdayName(day.getDayOfWeek())
            + " ("
            + day
            + ": "
            + why
            + "); the meeting is dropped");
    return null;
  }

  /** Why {@code day} is not possible for a meeting of {@code period}, or null when it is. */
  private String whyImpossible(TeachingPeriod period, LocalDate day, Set<LocalDate> taken) {
    if (!period.contains(day)) {
      return "outside " + period;
    }
    String why = calendar.whyNotTeaching(day);
    if (why != null) {
      return why;
    }
    if (taken.contains(day)) {
      return "another `" + series.id() + "` meeting that day";
    }
    return hostProblem(day);
  }

  /** Why no school can host on {@code day}, or null when one can. */
  String hostProblem(LocalDate day) {
    Duty host = series.duty(DutyType.HOST);
    Duty chair = series.duty(DutyType.CHAIR);
    Duty fixed =
        host.kind() == Duty.Kind.FIXED
            ? host
            : host.kind() == Duty.Kind.CHAIR && chair.kind() == Duty.Kind.FIXED ? chair : null;
    if (fixed != null && venues.contains(fixed.school())) {
      return null; // a venue that is not a school is open on every teaching day
    }
    if (fixed != null) {
      Optional<School> s = Optional.ofNullable(schools.get(fixed.school()));
      if (s.isEmpty() || !s.get().isMemberOn(day)) {
        return "`" + fixed.school() + "` (the fixed host) is not a member that day";
      }
      Optional<Closure> closed = closure(s.get(), day);
      return closed
          .map(
              c ->
                  "`"
                      + fixed.school()
                      + "` (the fixed host) is closed"
                      + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")"))
          .orElse(null);
    }
    boolean rotating =
        host.kind() == Duty.Kind.ROTATE
            || host.kind() == Duty.Kind.CHAIR && chair.kind() == Duty.Kind.ROTATE;
    if (!rotating) {
      return null;
    }
    // SPEC: "a rotating host needs one open member" (whether it can chair is the rotation's
    // business).
    for (String id : series.order()) {
      School s = schools.get(id);
      if (s != null && s.teaches(series.yearGroup()) && s.isMemberOn(day) && !s.isClosedOn(day)) {
        return null;
      }
    }
    return "no member school is open to host";
  }

  static Optional<Closure> closure(School s, LocalDate day) {
    return s.closures().stream().filter(c -> c.date().equals(day)).findFirst();
  }

  private void warn(LocalDate from, LocalDate to, String message) {
    warnings.add(new DatedWarning(from, to, Diagnostic.warning(series.location(), message)));
  }

  private static String weekName(int n) {
    return n > 0 ? Dates.ordinal(n) : (n == -1 ? "last" : Dates.ordinal(-n) + "-last");
  }
}
