package dev.cluster.rota;

import dev.cluster.calendar.Dates;
import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyMap;
import dev.cluster.model.DutyType;
import dev.cluster.model.Fairness;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Minutes;
import dev.cluster.model.Order;
import dev.cluster.model.Person;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.model.Rosters;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.School;
import dev.cluster.model.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Gives chair, host and minutes of every placed meeting of one series (SPEC section 5, second
 * half): overrides first (cancel, move-to, a named school), then each rotating duty in date order
 * from the series' {@code start}.
 */
final class SeriesRotation {
  private final Map<String, School> schools;

  /** Venues that are not schools (SPEC section 10): a fixed or overridden host may be one. */
  private final Map<String, Venue> venues;

  private final TeachingCalendar calendar;
  private final MeetingSeries series;
  private final List<DatedWarning> warnings;
  private final Fairness fairness;

  /** The schools with someone in {@code unavailable:}: the others need no check of who is away. */
  private final Set<String> awaySchools;

  SeriesRotation(
      Map<String, School> schools,
      Map<String, Venue> venues,
      TeachingCalendar calendar,
      MeetingSeries series,
      List<DatedWarning> warnings,
      Fairness fairness) {
    this.schools = schools;
    this.venues = venues;
    this.calendar = calendar;
    this.series = series;
    this.warnings = warnings;
    this.fairness = fairness;
    this.awaySchools = new HashSet<>();
    fairness.unavailable().forEach(a -> awaySchools.add(a.school()));
  }

  /**
   * A meeting before rotation: where it falls, the override that concerns it (or null), its row in
   * the published rota (or null; then {@code placement} may be null too, for a row the schedule no
   * longer gives) and its minutes (or null); {@code sequence} is how many override entries name it
   * (several entries for one meeting are merged into {@code override}).
   */
  record Pending(
      MeetingSeries series,
      Placement placement,
      LocalDate date,
      RotaOverride override,
      List<String> notes,
      RecordedMeeting recorded,
      Minutes minutes,
      int sequence) {
    Pending(
        MeetingSeries series,
        Placement placement,
        LocalDate date,
        RotaOverride override,
        List<String> notes) {
      this(series, placement, date, override, notes, null, null, 0);
    }

    /** The nominal day: the placement's, or the one a recorded uid carries. */
    LocalDate nominal() {
      return placement != null ? placement.nominal() : RecordedMeetings.nominal(recorded);
    }

    /** The day an override names: the day the meeting falls on before its own move-to. */
    LocalDate named() {
      return recorded != null ? recorded.scheduled() : placement.date();
    }

    Pending with(Minutes m) {
      return new Pending(series, placement, date, override, notes, recorded, m, sequence);
    }
  }

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
   * Gives the duties of {@code p}, the series' next meeting in date order. {@code balance} (null:
   * none) breaks ties between schools that served the series equally often (SPEC section 11).
   */
  ScheduledMeeting assign(Pending p, TermBalance balance) {
    if (rotations == null) {
      rotations = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.values()) {
        if (series.duty(t).kind() == Duty.Kind.ROTATE) {
          rotations.put(
              t, new DutyRotation(participants(t), t == DutyType.CHAIR ? null : firstInOrder()));
        }
      }
    }
    LocalDate day = p.date();
    RotaOverride o = p.override();
    Minutes minuted = p.minutes();
    if (p.recorded() != null) {
      return recorded(p);
    }
    if (o != null && o.cancel() || minuted != null && !minuted.held()) {
      return new ScheduledMeeting(
          series,
          day,
          p.nominal(),
          Map.of(),
          true,
          p.notes(),
          p.named(),
          null,
          null,
          null,
          p.sequence());
    }
    for (DutyRotation r : rotations.values()) {
      r.enter(r.participants().stream().filter(id -> schools.get(id).isMemberOn(day)).toList());
    }
    EnumMap<DutyType, String> chosen = new EnumMap<>(DutyType.class);
    for (DutyType t : DutyType.values()) {
      Duty d = series.duty(t);
      String overridden = o == null ? null : o.school(t);
      String fromMinutes = minutesSchool(minuted, t);
      if (fromMinutes != null) {
        overridden = fromMinutes;
      }
      if (d.kind() == Duty.Kind.CHAIR && overridden == null) {
        chosen.put(t, chosen.get(DutyType.CHAIR));
        continue;
      }
      String chairSchool = chosen.get(DutyType.CHAIR);
      chosen.put(
          t,
          duty(
              t,
              d,
              overridden,
              rotations.get(t),
              day,
              id -> eligible(t, id, day, chairSchool),
              balance));
    }
    if (o != null) {
      checkOverride(o, day, chosen);
    }
    EnumMap<DutyType, Assignment> given = new EnumMap<>(DutyType.class);
    for (DutyType t : DutyType.values()) {
      if (t.atVenue() && venues.containsKey(chosen.get(t))) {
        given.put(
            t, Assignment.at(venues.get(chosen.get(t)))); // a venue hosts: no school serves a turn
        continue;
      }
      School s = chosen.get(t) == null ? null : schools.get(chosen.get(t));
      Minutes.Served said = minuted == null ? null : minuted.duty(t);
      if (s != null && said != null && said.person() != null) {
        given.put(t, RecordedMeetings.assignment(schools, s.id(), said.person(), null));
        warnIfAway(given.get(t), t, day, "the minutes name");
        continue;
      }
      // an override's chair-person / minutes-person (SCHOOL/PERSON-ID, SPEC section 10) names who
      // serves
      Person overridden = o == null ? null : named(s, o.person(t));
      if (s != null && overridden != null) {
        given.put(t, new Assignment(s, overridden));
        warnIfAway(given.get(t), t, day, "the override names");
        continue;
      }
      Person who = s == null ? null : person(t, s, day);
      if (s != null && who == null && t.namesPerson() && person(t, s, null) != null) {
        // A fixed or overridden duty stays with its school when everyone who could do it is away.
        warnOn(
            day,
            "everyone at `"
                + s.id()
                + "` who could take the "
                + t.key()
                + " is away that day; the "
                + t.key()
                + " stays with `"
                + s.id()
                + "`, nobody named");
      }
      given.put(t, s == null ? null : new Assignment(s, who));
    }
    // an override's time: and duration: for this one meeting (SPEC section 10)
    java.time.LocalTime start = o == null || o.time() == null ? null : o.time();
    java.time.LocalTime end =
        o == null || o.time() == null && o.duration() == null
            ? null
            : (start != null ? start : series.time())
                .plusMinutes(o.duration() != null ? o.duration() : series.duration());
    if (start == null && end != null) {
      start = series.time();
    }
    return new ScheduledMeeting(
        series,
        day,
        p.nominal(),
        given,
        false,
        p.notes(),
        p.named(),
        start,
        end,
        null,
        p.sequence());
  }

  /**
   * The school the minutes say did {@code type} (named, or the school of the person named), or
   * null.
   */
  private String minutesSchool(Minutes minuted, DutyType type) {
    Minutes.Served said = minuted == null ? null : minuted.duty(type);
    if (said == null) {
      return null;
    }
    if (said.school() != null) {
      return said.school();
    }
    return Rosters.find(List.copyOf(schools.values()), said.person())
        .map(m -> m.school().id())
        .orElse(null);
  }

  /**
   * A meeting of the published rota: shown as recorded, with only the fields an override names
   * changed (a chair re-hosting under {@code host: chair}) and what its minutes say; its duties
   * count as served.
   */
  private ScheduledMeeting recorded(Pending p) {
    RecordedMeeting r = p.recorded();
    RotaOverride o = p.override();
    Minutes minuted = p.minutes();
    LocalDate day = p.date();
    for (DutyRotation rot : rotations.values()) {
      rot.enter(rot.participants().stream().filter(id -> schools.get(id).isMemberOn(day)).toList());
    }
    boolean cancelled =
        r.cancelled() || o != null && o.cancel() || minuted != null && !minuted.held();
    EnumMap<DutyType, Assignment> given = new EnumMap<>(DutyType.class);
    if (!cancelled) {
      for (DutyType t : DutyType.values()) {
        String school = r.school(t);
        String person = r.person(t);
        String venue = t.atVenue() ? r.venue() : null;
        String named = o == null ? null : o.school(t);
        if (named == null && o != null && series.duty(t).kind() == Duty.Kind.CHAIR) {
          named = o.school(DutyType.CHAIR);
        }
        String fromMinutes = minutesSchool(minuted, t);
        Minutes.Served said = minuted == null ? null : minuted.duty(t);
        if (fromMinutes != null || said != null && said.person() != null) {
          school = fromMinutes != null ? fromMinutes : school;
          person = said != null && said.person() != null ? said.person() : null;
        } else if (t.atVenue() && named != null && venues.containsKey(named)) {
          school = null; // an override moves a recorded meeting to a venue that is not a school
          venue = venues.get(named).line();
        } else if (named != null && !named.equals(school) && schools.containsKey(named)) {
          // An override the row already holds (it was in force when saved) changes nothing.
          School s = schools.get(named);
          school = named;
          Person who = person(t, s, day);
          person = who == null ? null : who.name();
          venue = s.venue();
        }
        if (t.atVenue() && school == null && venue != null) {
          given.put(
              t, Assignment.at(recordedVenue(venue))); // hosted at a venue that is not a school
          continue;
        }
        given.put(
            t, school == null ? null : RecordedMeetings.assignment(schools, school, person, venue));
        warnIfAway(given.get(t), t, day, "the published rota names");
        DutyRotation rot = rotations.get(t);
        if (rot != null && school != null) {
          rot.served(school);
        }
      }
    }
    List<String> notes = new ArrayList<>(r.notes());
    for (String n : p.notes()) {
      if (!notes.contains(n)) {
        notes.add(n);
      }
    }
    return new ScheduledMeeting(
        series,
        day,
        p.nominal(),
        given,
        cancelled,
        notes,
        r.scheduled(),
        r.start(),
        r.end(),
        r.uid(),
        p.sequence());
  }

  /**
   * The venue a published row names by its line (name and address): today's venue of that line,
   * else one known only by the line as recorded (its link, if it had one, is not in the record).
   */
  private Venue recordedVenue(String line) {
    for (Venue v : venues.values()) {
      if (v.line().equals(line)) {
        return v;
      }
    }
    return new Venue(dev.cluster.model.Slug.kebab(line), line, "", null, null);
  }

  /**
   * Warns when a recorded or minuted duty names someone away that day ({@code unavailable:}): the
   * record is kept as it is (SPEC section 11).
   */
  private void warnIfAway(Assignment a, DutyType t, LocalDate day, String what) {
    if (a != null && a.person() != null && fairness.isAway(a.school(), a.person(), day)) {
      warnOn(
          day,
          what
              + " "
              + a.person().name()
              + " ("
              + a.school().id()
              + ") for the "
              + t.key()
              + ", who is away that day (`unavailable:`); the recorded"
              + " meeting is kept as it is");
    }
  }

  // The rule of each duty: who takes part in its rotation, who is eligible on a day, and who
  // serves.

  /** Whether {@code school} takes part in the rotation of {@code type}: it has someone to do it. */
  private boolean takesPart(DutyType type, School school) {
    return switch (type) {
      case CHAIR -> chairOf(school, null) != null;
      case HOST -> true;
      case MINUTES -> minuteTaker(school, null) != null;
    };
  }

  /**
   * Whether school {@code id} can do {@code type} on {@code day} ({@code chair}: the chair's
   * school).
   */
  private boolean eligible(DutyType type, String id, LocalDate day, String chair) {
    return switch (type) {
      case CHAIR ->
          isMember(id, day)
              && (series.duty(DutyType.HOST).kind() != Duty.Kind.CHAIR || isOpen(id, day))
              && available(type, id, day);
      case HOST -> isMember(id, day) && isOpen(id, day);
      case MINUTES -> isMember(id, day) && !id.equals(chair) && available(type, id, day);
    };
  }

  /**
   * Whether school {@code id}, which takes part in {@code type}, has someone for it not away on
   * {@code day}.
   */
  private boolean available(DutyType type, String id, LocalDate day) {
    return !awaySchools.contains(id) || person(type, schools.get(id), day) != null;
  }

  /** What {@link #eligible} asks, for the warning when no school is. */
  private static String conditions(DutyType type) {
    return switch (type) {
      case CHAIR -> "a member";
      case HOST -> "a member, open";
      case MINUTES -> "a member, other than the chair's,";
    };
  }

  /**
   * The person who does {@code type} for {@code school} on {@code day}, not away that day (null
   * {@code day}: whoever holds the role); null for a duty done by a school, or when nobody can.
   */
  private Person person(DutyType type, School school, LocalDate day) {
    return switch (type) {
      case CHAIR -> chairOf(school, day);
      case HOST -> null;
      case MINUTES -> minuteTaker(school, day);
    };
  }

  /**
   * Matches overrides to meetings by their date as scheduled, applies move-to, and re-sorts by
   * date.
   */
  List<Pending> pending(List<Placement> placements, List<RotaOverride> overrides) {
    return pending(placements, overrides, RecordedMeetings.NONE);
  }

  /**
   * As {@link #pending(List, List)}, with the published rota and the minutes of the series (SPEC
   * section 8): a placement whose uid is recorded becomes its row; one that matches no row up to
   * the series' latest recorded date in its year does not exist; a row the schedule no longer gives
   * stays; minutes attach to the meeting on their date.
   */
  List<Pending> pending(
      List<Placement> all, List<RotaOverride> overrides, RecordedMeetings record) {
    List<Placement> placements = new ArrayList<>();
    Map<Placement, RecordedMeeting> rowOf = new java.util.IdentityHashMap<>();
    for (Placement p : all) {
      RecordedMeeting row = record.row(series, p.nominal());
      if (row != null) {
        rowOf.put(p, row);
      }
    }
    for (Placement p : all) {
      if (rowOf.containsKey(p)) {
        placements.add(p);
      } else if (!record.isBeforeEnd(series, p.date())) {
        String orphan = record.orphanIn(series, p.period());
        if (orphan != null) {
          warnOn(
              p.date(),
              p.period().label()
                  + " already"
                  + " holds the recorded meeting of "
                  + orphan
                  + ", which the schedule no longer gives (the schedule"
                  + " changed after the rota was published?); both are shown");
        }
        placements.add(p);
      }
    }
    // Several entries may name one meeting (SPEC section 9): later entries win field by field.
    Map<LocalDate, RotaOverride> byDate = new LinkedHashMap<>();
    Map<LocalDate, Integer> entries = new HashMap<>();
    for (RotaOverride o : overrides) {
      byDate.merge(o.date(), o, SeriesRotation::laterWins);
      entries.merge(o.date(), 1, Integer::sum);
    }
    Set<LocalDate> held = new HashSet<>();
    for (Placement p : placements) {
      held.add(p.date());
    }
    List<Pending> pending = new ArrayList<>();
    Set<LocalDate> matched = new HashSet<>();
    List<Pending> rows = new ArrayList<>();
    for (Placement p : placements) {
      rows.add(new Pending(series, p, p.date(), null, p.notes(), rowOf.get(p), null, 0));
    }
    for (RecordedMeeting r : record.orphans(series)) {
      rows.add(new Pending(series, null, r.date(), null, List.of(), r, null, 0));
    }
    for (Pending row : rows) {
      Placement p = row.placement();
      RecordedMeeting r = row.recorded();
      LocalDate at = row.named();
      RotaOverride o = byDate.get(at);
      List<String> notes = new ArrayList<>(r == null ? p.notes() : List.of());
      LocalDate day = r == null ? p.date() : r.date();
      if (o != null) {
        matched.add(o.date());
        if (o.cancel()) {
          notes.add("cancelled by an override");
        } else {
          if (o.moveTo() != null && !o.moveTo().equals(at)) {
            day = o.moveTo();
            notes.add("moved from " + Dates.shortDate(at) + " by an override");
            String why = calendar.whyNotTeaching(day);
            if (why != null) {
              warnOverride(
                  o,
                  "override for meeting `"
                      + series.id()
                      + "` on "
                      + o.date()
                      + ": moves it to "
                      + day
                      + ", which is not a teaching day ("
                      + why
                      + "); kept as given");
            } else if (held.contains(day)) {
              warnOverride(
                  o,
                  "override for meeting `"
                      + series.id()
                      + "` on "
                      + o.date()
                      + ": moves it to "
                      + day
                      + ", when the series already meets; kept as given");
            }
          }
          List<String> named = new ArrayList<>();
          for (DutyType t : DutyType.values()) {
            if (o.school(t) != null) {
              named.add(t.key() + " " + who(o.school(t), o.person(t)));
            }
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
      pending.add(
          new Pending(
              series,
              p,
              day,
              o,
              notes,
              r,
              record.minutes(series, day),
              o == null ? 0 : entries.get(o.date())));
    }
    for (RotaOverride o : overrides) {
      if (!matched.contains(o.date())) {
        // SPEC section 10: an error, not a warning, so that an override one day off is never
        // quietly ignored
        warnings.add(
            DatedWarning.on(
                o.date(),
                Diagnostic.error(
                    o.location() == null ? series.location() : o.location(),
                    "override for meeting `"
                        + series.id()
                        + "` on "
                        + o.date()
                        + ": the series has no meeting that day"
                        + nearest(placements, o.date())
                        + "; give the date the meeting is scheduled on (`cluster rota --meeting "
                        + series.id()
                        + "` lists them)")));
      }
    }
    pending.sort(Order.by(Pending::date, Pending::nominal));
    return pending;
  }

  /**
   * Two override entries for one meeting as one: each field the later entry gives replaces the
   * earlier's; {@code cancel} holds once any entry cancels. A person named for a duty ({@code
   * chair-person}) also names its school, so an earlier entry's person is kept only while the
   * duty's school is still that person's: a later {@code chair: brook} drops an earlier {@code
   * chair-person: hill/...}. The earlier entry's location is kept for warnings.
   */
  static RotaOverride laterWins(RotaOverride earlier, RotaOverride later) {
    Map<DutyType, String> schools = DutyMap.of(t -> or(later.school(t), earlier.school(t)));
    return new RotaOverride(
        earlier.meeting(),
        earlier.date(),
        schools,
        or(later.moveTo(), earlier.moveTo()),
        earlier.cancel() || later.cancel(),
        earlier.location(),
        or(later.time(), earlier.time()),
        or(later.duration(), earlier.duration()),
        DutyMap.of(
            t ->
                later.person(t) != null
                    ? later.person(t)
                    : Objects.equals(schools.get(t), earlier.school(t))
                        ? earlier.person(t)
                        : null));
  }

  private static <T> T or(T later, T earlier) {
    return later != null ? later : earlier;
  }

  /**
   * "; its nearest meetings are on A and B": the last meeting before {@code day} and the first
   * after it.
   */
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
    return before != null && after != null
        ? " (its nearest meetings are on " + before + " and " + after + ")"
        : " (its nearest meeting is on " + (before != null ? before : after) + ")";
  }

  /** The school doing one duty: an override's school, the fixed school, or the rotation's pick. */
  private String duty(
      DutyType type,
      Duty duty,
      String overridden,
      DutyRotation rotation,
      LocalDate day,
      Predicate<String> eligible,
      TermBalance balance) {
    String name = type.key();
    if (overridden != null && type.atVenue() && venues.containsKey(overridden)) {
      return overridden; // a venue takes no turn in the rotation
    }
    if (overridden != null && !schools.containsKey(overridden)) {
      // validate reports this as an error; here the rota still comes out, without the unknown
      // school.
      warn(
          day,
          "override for meeting `"
              + series.id()
              + "` on "
              + day
              + ": there is no school `"
              + overridden
              + "` to take the "
              + name
              + "; the rotation decides instead");
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
        if (type.atVenue() && venues.containsKey(duty.school())) {
          return duty.school();
        }
        if (!schools.containsKey(duty.school())) {
          warnOn(
              day,
              "there is no school `" + duty.school() + "` to take the " + name + "; left empty");
          return null;
        }
        return duty.school();
      case CHAIR:
        return null;
      default:
        String picked =
            rotation.pick(eligible, balance == null ? null : id -> balance.count(day, id, type));
        if (picked == null && rotation.participants().isEmpty()) {
          // nobody in the whole rotation can ever take it: the loader reports that once, as the
          // root cause
          // (a role nobody holds, or nobody at a school), so the meetings do not each say it again
          return null;
        } else if (picked == null) {
          warnOn(
              day,
              "no school can take the "
                  + name
                  + " (none in the rotation is "
                  + conditions(type)
                  + " with someone to do it that day); left empty");
        } else {
          rotation.served(picked);
        }
        return picked;
    }
  }

  /**
   * Warns where an override breaks a rule ({@code chosen}: the school chosen for each duty): it is
   * taken as given all the same.
   */
  private void checkOverride(RotaOverride o, LocalDate day, Map<DutyType, String> chosen) {
    String at = "override for meeting `" + series.id() + "` on " + o.date() + ": ";
    String chair = o.school(DutyType.CHAIR);
    if (chair != null && schools.containsKey(chair)) {
      School s = schools.get(chair);
      if (!s.isMemberOn(day)) {
        warnOverride(o, at + "`" + chair + "` chairs but is not a member school on " + day);
      } else if (chairOf(s, null) == null) {
        warnOverride(
            o,
            at
                + "`"
                + chair
                + "` chairs but has nobody with the role "
                + series.chairRole()
                + (series.yearGroup() == null ? "" : " in " + series.yearGroup()));
      }
    }
    String host = chosen.get(DutyType.HOST);
    if (host != null
        && !venues.containsKey(host)
        && (o.school(DutyType.HOST) != null
            || chair != null && series.duty(DutyType.HOST).kind() == Duty.Kind.CHAIR)) {
      School s = schools.get(host);
      if (s == null || !s.isMemberOn(day)) {
        warnOverride(o, at + "`" + host + "` hosts but is not a member school on " + day);
      } else if (s.isClosedOn(day)) {
        warnOverride(o, at + "`" + host + "` hosts but is closed on " + day);
      }
    }
    String minutes = o.school(DutyType.MINUTES);
    if (minutes != null && minutes.equals(chosen.get(DutyType.CHAIR))) {
      warnOverride(
          o,
          at
              + "`"
              + chosen.get(DutyType.MINUTES)
              + "` takes the minutes at its own chair's meeting");
    } else if (minutes != null
        && schools.containsKey(minutes)
        && !schools.get(minutes).isMemberOn(day)) {
      warnOverride(
          o, at + "`" + minutes + "` takes the minutes but is not a member school on " + day);
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

  private List<String> participants(DutyType type) {
    List<String> out = new ArrayList<>();
    for (String id : series.order()) {
      School s = schools.get(id);
      // a school that does not teach the series' year group (SPEC section 10, `year-groups:`) takes
      // no part
      if (s != null && !out.contains(id) && s.teaches(series.yearGroup()) && takesPart(type, s)) {
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

  /**
   * The first person in roster order holding {@code chair-role} (year group applied), not away on
   * {@code day}.
   */
  private Person chairOf(School s, LocalDate day) {
    return first(s, List.of(series.chairRole()), day);
  }

  /**
   * The first person in roster order holding an attendee role (year group applied), not away on
   * {@code day}.
   */
  private Person minuteTaker(School s, LocalDate day) {
    return first(s, series.attendees(), day);
  }

  /**
   * The first person of {@code s} in roster order holding one of {@code roles}, not away on {@code
   * day}.
   */
  private Person first(School s, List<String> roles, LocalDate day) {
    if (s == null) {
      return null;
    }
    for (Person p : s.staff()) {
      for (String role : roles) {
        if (p.fits(role, series.yearGroup()) && (day == null || !fairness.isAway(s, p, day))) {
          return p;
        }
      }
    }
    return null;
  }

  private void warn(LocalDate day, String message) {
    warnings.add(DatedWarning.on(day, Diagnostic.warning(series.location(), message)));
  }

  /** A warning about this series' meeting on {@code day}: "meeting `ID` on DAY: WHAT". */
  private void warnOn(LocalDate day, String what) {
    warn(day, "meeting `" + series.id() + "` on " + day + ": " + what);
  }

  private void warnOverride(RotaOverride o, String message) {
    warnings.add(
        DatedWarning.on(
            o.date(),
            Diagnostic.warning(o.location() == null ? series.location() : o.location(), message)));
  }
}
