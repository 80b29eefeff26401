package dev.cluster.rota;

import dev.cluster.calendar.Dates;
import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Person;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Gives chair, host and minutes of every placed meeting of one series (SPEC section 5, second half):
 * overrides first (cancel, move-to, a named school), then each rotating duty in date order from the series'
 * {@code start}.
 */
final class SeriesRotation {
  private final Map<String, School> schools;
  private final TeachingCalendar calendar;
  private final MeetingSeries series;
  private final List<DatedWarning> warnings;

  SeriesRotation(Map<String, School> schools, TeachingCalendar calendar, MeetingSeries series,
      List<DatedWarning> warnings) {
    this.schools = schools;
    this.calendar = calendar;
    this.series = series;
    this.warnings = warnings;
  }

  /** A meeting before rotation: where it falls and the override that concerns it (or null). */
  private record Pending(Placement placement, LocalDate date, RotaOverride override, List<String> notes) {}

  /** The meetings of the series with their duties, in date order. */
  List<ScheduledMeeting> rotate(List<Placement> placements, List<RotaOverride> overrides) {
    List<Pending> pending = applyOverrides(placements, overrides);
    DutyRotation chair = series.chair().kind() == Duty.Kind.ROTATE
        ? new DutyRotation(participants(s -> hasChair(series, s)), null) : null;
    DutyRotation host = series.host().kind() == Duty.Kind.ROTATE
        ? new DutyRotation(participants(s -> true), firstInOrder()) : null;
    DutyRotation minutes = series.minutes().kind() == Duty.Kind.ROTATE
        ? new DutyRotation(participants(s -> minuteTaker(s) != null), firstInOrder()) : null;

    List<ScheduledMeeting> out = new ArrayList<>();
    for (Pending p : pending) {
      LocalDate day = p.date();
      RotaOverride o = p.override();
      if (o != null && o.cancel()) {
        out.add(new ScheduledMeeting(series, day, p.placement().nominal(), null, null, null, true, p.notes()));
        continue;
      }
      for (DutyRotation r : new DutyRotation[] {chair, host, minutes}) {
        if (r != null) {
          r.enter(r.participants().stream().filter(id -> schools.get(id).isMemberOn(day)).toList());
        }
      }
      boolean chairHosts = series.host().kind() == Duty.Kind.CHAIR;
      String chairSchool = duty("chair", series.chair(), o == null ? null : o.chair(), chair, day,
          id -> isMember(id, day) && (!chairHosts || isOpen(id, day)));
      String hostSchool;
      if (chairHosts && (o == null || o.host() == null)) {
        hostSchool = chairSchool;
      } else {
        hostSchool = duty("host", series.host(), o == null ? null : o.host(), host, day,
            id -> isMember(id, day) && isOpen(id, day));
      }
      String minutesSchool = duty("minutes", series.minutes(), o == null ? null : o.minutes(), minutes, day,
          id -> isMember(id, day) && !id.equals(chairSchool));
      if (o != null) {
        checkOverride(o, day, chairSchool, hostSchool, minutesSchool);
      }
      School chairAt = schools.get(chairSchool);
      School minutesAt = schools.get(minutesSchool);
      Person chairPerson = named(chairAt, o == null ? null : o.chairPerson());
      Person minutesPerson = named(minutesAt, o == null ? null : o.minutesPerson());
      out.add(new ScheduledMeeting(series, day, p.placement().nominal(),
          chairSchool == null ? null : new Assignment(chairAt, chairPerson != null ? chairPerson : chairOf(chairAt)),
          hostSchool == null ? null : new Assignment(schools.get(hostSchool), null),
          minutesSchool == null ? null
              : new Assignment(minutesAt, minutesPerson != null ? minutesPerson : minuteTaker(minutesAt)),
          false, p.notes(), o == null ? null : o.time(), o == null ? null : o.duration()));
    }
    return out;
  }

  /** Matches overrides to meetings by their date as scheduled, applies move-to, and re-sorts by date. */
  private List<Pending> applyOverrides(List<Placement> placements, List<RotaOverride> overrides) {
    Map<LocalDate, RotaOverride> byDate = new LinkedHashMap<>();
    for (RotaOverride o : overrides) {
      if (byDate.putIfAbsent(o.date(), o) != null) {
        warnOverride(o, "override for meeting `" + series.id() + "` on " + o.date() + ": an earlier override"
            + " already changes that meeting; this one is ignored (put both changes in one override)");
      }
    }
    Set<LocalDate> held = new HashSet<>();
    for (Placement p : placements) {
      held.add(p.date());
    }
    List<Pending> pending = new ArrayList<>();
    Set<LocalDate> matched = new HashSet<>();
    for (Placement p : placements) {
      RotaOverride o = byDate.get(p.date());
      List<String> notes = new ArrayList<>(p.notes());
      LocalDate day = p.date();
      if (o != null) {
        matched.add(o.date());
        if (o.cancel()) {
          notes.add("cancelled by an override");
        } else {
          if (o.moveTo() != null && !o.moveTo().equals(p.date())) {
            day = o.moveTo();
            notes.add("moved from " + Dates.shortDate(p.date()) + " by an override");
            String why = calendar.whyNotTeaching(day);
            if (why != null) {
              warnOverride(o, "override for meeting `" + series.id() + "` on " + o.date() + ": moves it to "
                  + day + ", which is not a teaching day (" + why + "); kept as given");
            } else if (held.contains(day)) {
              warnOverride(o, "override for meeting `" + series.id() + "` on " + o.date() + ": moves it to "
                  + day + ", when the series already meets; kept as given");
            }
          }
          List<String> named = new ArrayList<>();
          if (o.chair() != null) {
            named.add("chair " + who(o.chair(), o.chairPerson()));
          }
          if (o.host() != null) {
            named.add("host " + o.host());
          }
          if (o.minutes() != null) {
            named.add("minutes " + who(o.minutes(), o.minutesPerson()));
          }
          if (o.time() != null) {
            named.add("time " + o.time());
          }
          if (o.duration() != null) {
            named.add(o.duration() + " minutes");
          }
          if (!named.isEmpty()) {
            notes.add("overridden: " + String.join(", ", named));
          }
        }
      }
      pending.add(new Pending(p, day, o, notes));
    }
    for (RotaOverride o : overrides) {
      if (!matched.contains(o.date())) {
        // SPEC section 10: an error, not a warning, so that an override one day off is never quietly ignored
        warnings.add(DatedWarning.on(o.date(), Diagnostic.error(
            o.location() == null ? series.location() : o.location(), "override for meeting `" + series.id()
                + "` on " + o.date() + ": the series has no meeting that day" + nearest(placements, o.date())
                + "; give the date the meeting is scheduled on (`cluster rota --meeting " + series.id()
                + "` lists them)")));
      }
    }
    pending.sort(Comparator.comparing(Pending::date).thenComparing(p -> p.placement().nominal()));
    return pending;
  }

  /** "; its nearest meetings are on A and B": the last meeting before {@code day} and the first after it. */
  private static String nearest(List<Placement> placements, LocalDate day) {
    LocalDate before = null;
    LocalDate after = null;
    for (Placement p : placements) {
      LocalDate d = p.date();
      if (d.isBefore(day) && (before == null || d.isAfter(before))) {
        before = d;
      } else if (d.isAfter(day) && (after == null || d.isBefore(after))) {
        after = d;
      }
    }
    if (before == null && after == null) {
      return "";
    }
    return before != null && after != null ? " (its nearest meetings are on " + before + " and " + after + ")"
        : " (its nearest meeting is on " + (before != null ? before : after) + ")";
  }

  /** The school doing one duty: an override's school, the fixed school, or the rotation's pick. */
  private String duty(String name, Duty duty, String overridden, DutyRotation rotation, LocalDate day,
      Predicate<String> eligible) {
    if (overridden != null && !schools.containsKey(overridden)) {
      // validate reports this as an error; here the rota still comes out, without the unknown school.
      warn(day, "override for meeting `" + series.id() + "` on " + day + ": there is no school `" + overridden
          + "` to take the " + name + "; the rotation decides instead");
    } else if (overridden != null) {
      if (rotation != null) {
        rotation.served(overridden);
      }
      return overridden;
    }
    switch (duty.kind()) {
      case NONE:
        return null;
      case FIXED:
        if (!schools.containsKey(duty.school())) {
          warn(day, "meeting `" + series.id() + "` on " + day + ": there is no school `" + duty.school()
              + "` to take the " + name + "; left empty");
          return null;
        }
        return duty.school();
      case CHAIR:
        return null;
      default:
        String picked = rotation.pick(eligible);
        if (picked == null && rotation.participants().isEmpty()) {
          // nobody in the whole rotation can ever take it: the loader reports that once, as the root cause
          // (a role nobody holds, or nobody at a school), so the meetings do not each say it again
          return null;
        } else if (picked == null) {
          warn(day, "meeting `" + series.id() + "` on " + day + ": no school can take the " + name
              + " (none in the rotation is a member" + ("host".equals(name) ? ", open" : "")
              + ("minutes".equals(name) ? ", other than the chair's," : "")
              + " with someone to do it that day); left empty");
        } else {
          rotation.served(picked);
        }
        return picked;
    }
  }

  /** Warns where an override breaks a rule: it is taken as given all the same. */
  private void checkOverride(RotaOverride o, LocalDate day, String chair, String host, String minutes) {
    String at = "override for meeting `" + series.id() + "` on " + o.date() + ": ";
    if (o.chair() != null && schools.containsKey(o.chair())) {
      School s = schools.get(o.chair());
      if (!s.isMemberOn(day)) {
        warnOverride(o, at + "`" + o.chair() + "` chairs but is not a member school on " + day);
      } else if (chairOf(s) == null) {
        warnOverride(o, at + "`" + o.chair() + "` chairs but has nobody with the role " + chairRole()
            + (series.yearGroup() == null ? "" : " in " + series.yearGroup()));
      }
    }
    if (host != null && (o.host() != null || o.chair() != null && series.host().kind() == Duty.Kind.CHAIR)) {
      School s = schools.get(host);
      if (s == null || !s.isMemberOn(day)) {
        warnOverride(o, at + "`" + host + "` hosts but is not a member school on " + day);
      } else if (s.isClosedOn(day)) {
        warnOverride(o, at + "`" + host + "` hosts but is closed on " + day);
      }
    }
    if (o.minutes() != null && o.minutes().equals(chair)) {
      warnOverride(o, at + "`" + minutes + "` takes the minutes at its own chair's meeting");
    } else if (o.minutes() != null && schools.containsKey(o.minutes())
        && !schools.get(o.minutes()).isMemberOn(day)) {
      warnOverride(o, at + "`" + o.minutes() + "` takes the minutes but is not a member school on " + day);
    }
  }

  /** An override's school, or its person as "Name (school)". */
  private String who(String school, String person) {
    Person p = named(schools.get(school), person);
    return p == null ? school : p.name() + " (" + school + ")";
  }

  /** The person an override names as {@code SCHOOL/PERSON-ID} at {@code school}, or null. */
  private static Person named(School school, String reference) {
    String id = RotaOverride.personId(reference);
    if (school == null || id == null) {
      return null;
    }
    return school.staff().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  private boolean isMember(String id, LocalDate day) {
    School s = schools.get(id);
    return s != null && s.isMemberOn(day);
  }

  private boolean isOpen(String id, LocalDate day) {
    School s = schools.get(id);
    return s != null && !s.isClosedOn(day);
  }

  private List<String> participants(Predicate<School> takesPart) {
    List<String> out = new ArrayList<>();
    for (String id : series.order()) {
      School s = schools.get(id);
      // a school that does not teach the series' year group (SPEC section 10, `year-groups:`) takes no part
      if (s != null && !out.contains(id) && s.teaches(series.yearGroup()) && takesPart.test(s)) {
        out.add(id);
      }
    }
    return out;
  }

  private String firstInOrder() {
    for (String id : series.order()) {
      if (schools.containsKey(id)) {
        return id;
      }
    }
    return null;
  }

  private String chairRole() {
    return chairRole(series);
  }

  static String chairRole(MeetingSeries series) {
    return series.chairRole() != null ? series.chairRole()
        : series.attendees().isEmpty() ? "headteacher" : series.attendees().get(0);
  }

  /** Whether {@code school} has someone who can chair {@code series} (chair-role, year group applied). */
  static boolean hasChair(MeetingSeries series, School school) {
    return school.first(chairRole(series), series.yearGroup()).isPresent();
  }

  private Person chairOf(School s) {
    return s == null ? null : s.first(chairRole(), series.yearGroup()).orElse(null);
  }

  /** The first person in roster order holding an attendee role (year group applied), or null. */
  private Person minuteTaker(School s) {
    if (s == null) {
      return null;
    }
    for (Person p : s.staff()) {
      for (String role : series.attendees()) {
        if (p.fits(role, series.yearGroup())) {
          return p;
        }
      }
    }
    return null;
  }

  private void warn(LocalDate day, String message) {
    warnings.add(DatedWarning.on(day, Diagnostic.warning(series.location(), message)));
  }

  private void warnOverride(RotaOverride o, String message) {
    warnings.add(DatedWarning.on(o.date(), Diagnostic.warning(
        o.location() == null ? series.location() : o.location(), message)));
  }
}
