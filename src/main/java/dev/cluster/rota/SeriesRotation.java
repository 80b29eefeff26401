package dev.cluster.rota;

import dev.cluster.calendar.Dates;
import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Person;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
  record Pending(MeetingSeries series, Placement placement, LocalDate date, RotaOverride override,
      List<String> notes) {}

  /** The rotations of the duties that rotate, made on the first meeting. */
  private EnumMap<DutyType, DutyRotation> rotations;

  /** The meetings of the series with their duties, in date order (no balance across series). */
  List<ScheduledMeeting> rotate(List<Placement> placements, List<RotaOverride> overrides) {
    List<ScheduledMeeting> out = new ArrayList<>();
    for (Pending p : pending(placements, overrides)) {
      out.add(assign(p, null));
    }
    return out;
  }

  /**
   * Gives the duties of {@code p}, the series' next meeting in date order. {@code balance} (null: none)
   * breaks ties between schools that served the series equally often (SPEC section 11).
   */
  ScheduledMeeting assign(Pending p, TermBalance balance) {
    if (rotations == null) {
      rotations = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.values()) {
        if (series.duty(t).kind() == Duty.Kind.ROTATE) {
          rotations.put(t, new DutyRotation(participants(t), t == DutyType.CHAIR ? null : firstInOrder()));
        }
      }
    }
    LocalDate day = p.date();
    RotaOverride o = p.override();
    if (o != null && o.cancel()) {
      return new ScheduledMeeting(series, day, p.placement().nominal(), null, null, null, true, p.notes());
    }
    for (DutyRotation r : rotations.values()) {
      r.enter(r.participants().stream().filter(id -> schools.get(id).isMemberOn(day)).toList());
    }
    EnumMap<DutyType, String> chosen = new EnumMap<>(DutyType.class);
    for (DutyType t : DutyType.values()) {
      Duty d = series.duty(t);
      String overridden = o == null ? null : o.school(t);
      if (d.kind() == Duty.Kind.CHAIR && overridden == null) {
        chosen.put(t, chosen.get(DutyType.CHAIR));
        continue;
      }
      String chairSchool = chosen.get(DutyType.CHAIR);
      chosen.put(t, duty(t, d, overridden, rotations.get(t), day,
          id -> eligible(t, id, day, chairSchool), balance));
    }
    if (o != null) {
      checkOverride(o, day, chosen.get(DutyType.CHAIR), chosen.get(DutyType.HOST), chosen.get(DutyType.MINUTES));
    }
    EnumMap<DutyType, Assignment> given = new EnumMap<>(DutyType.class);
    for (DutyType t : DutyType.values()) {
      School s = chosen.get(t) == null ? null : schools.get(chosen.get(t));
      given.put(t, s == null ? null : new Assignment(s, person(t, s)));
    }
    return new ScheduledMeeting(series, day, p.placement().nominal(), given.get(DutyType.CHAIR),
        given.get(DutyType.HOST), given.get(DutyType.MINUTES), false, p.notes());
  }

  // The rule of each duty: who takes part in its rotation, who is eligible on a day, and who serves.

  /** Whether {@code school} takes part in the rotation of {@code type}: it has someone to do it. */
  private boolean takesPart(DutyType type, School school) {
    return switch (type) {
      case CHAIR -> hasChair(series, school);
      case HOST -> true;
      case MINUTES -> minuteTaker(school) != null;
    };
  }

  /** Whether school {@code id} can do {@code type} on {@code day} ({@code chair}: the chair's school). */
  private boolean eligible(DutyType type, String id, LocalDate day, String chair) {
    return switch (type) {
      case CHAIR -> isMember(id, day) && (series.host().kind() != Duty.Kind.CHAIR || isOpen(id, day));
      case HOST -> isMember(id, day) && isOpen(id, day);
      case MINUTES -> isMember(id, day) && !id.equals(chair);
    };
  }

  /** What {@link #eligible} asks, for the warning when no school is. */
  private static String conditions(DutyType type) {
    return switch (type) {
      case CHAIR -> "a member";
      case HOST -> "a member, open";
      case MINUTES -> "a member, other than the chair's,";
    };
  }

  /** The person who does {@code type} for {@code school}: null for a duty done by a school. */
  private Person person(DutyType type, School school) {
    return switch (type) {
      case CHAIR -> chairOf(school);
      case HOST -> null;
      case MINUTES -> minuteTaker(school);
    };
  }

  /** Matches overrides to meetings by their date as scheduled, applies move-to, and re-sorts by date. */
  List<Pending> pending(List<Placement> placements, List<RotaOverride> overrides) {
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
          for (DutyType t : DutyType.values()) {
            if (o.school(t) != null) {
              named.add(t.key() + " " + o.school(t));
            }
          }
          if (!named.isEmpty()) {
            notes.add("overridden: " + String.join(", ", named));
          }
        }
      }
      pending.add(new Pending(series, p, day, o, notes));
    }
    for (RotaOverride o : overrides) {
      if (!matched.contains(o.date())) {
        warnOverride(o, "override for meeting `" + series.id() + "` on " + o.date() + ": the series has no"
            + " meeting that day" + nearest(placements, o.date()) + "; the override is ignored");
      }
    }
    pending.sort(Comparator.comparing(Pending::date).thenComparing(p -> p.placement().nominal()));
    return pending;
  }

  private static String nearest(List<Placement> placements, LocalDate day) {
    Placement best = null;
    for (Placement p : placements) {
      if (best == null || Math.abs(p.date().toEpochDay() - day.toEpochDay())
          < Math.abs(best.date().toEpochDay() - day.toEpochDay())) {
        best = p;
      }
    }
    return best == null ? "" : " (the nearest is " + best.date() + ")";
  }

  /** The school doing one duty: an override's school, the fixed school, or the rotation's pick. */
  private String duty(DutyType type, Duty duty, String overridden, DutyRotation rotation, LocalDate day,
      Predicate<String> eligible, TermBalance balance) {
    String name = type.key();
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
        String picked = rotation.pick(eligible, balance == null ? null : id -> balance.count(day, id, type));
        if (picked == null) {
          warn(day, "meeting `" + series.id() + "` on " + day + ": no school can take the " + name
              + " (none in the rotation is " + conditions(type) + " with someone to do it that day); left empty");
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
        warnOverride(o, at + "`" + o.chair() + "` chairs but has nobody with the role " + series.chairRole()
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

  private boolean isMember(String id, LocalDate day) {
    School s = schools.get(id);
    return s != null && s.isMemberOn(day);
  }

  private boolean isOpen(String id, LocalDate day) {
    School s = schools.get(id);
    return s != null && !s.isClosedOn(day);
  }

  private List<String> participants(DutyType type) {
    List<String> out = new ArrayList<>();
    for (String id : series.order()) {
      School s = schools.get(id);
      if (s != null && !out.contains(id) && takesPart(type, s)) {
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

  /** Whether {@code school} has someone who can chair {@code series} (chair-role, year group applied). */
  static boolean hasChair(MeetingSeries series, School school) {
    return school.first(series.chairRole(), series.yearGroup()).isPresent();
  }

  private Person chairOf(School s) {
    return s == null ? null : s.first(series.chairRole(), series.yearGroup()).orElse(null);
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
