package dev.cluster.load;

import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Period;
import dev.cluster.model.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds {@code meetings:}: attendees, a schedule or dates, duties, rotation order and anchor,
 * standing items, and the expansion of {@code for-each-year-group} into {@code <id>-fs} ... {@code
 * <id>-y6}.
 */
final class MeetingBinder {
  private final Fields f;
  private final Problems problems;
  private final Known known;

  private static final int DEFAULT_DURATION = 60;

  /** No term is longer than this many weeks; a week number beyond it is a typo, not a week. */
  static final int MAX_WEEK = 26;

  /**
   * Whether a meeting at {@code time} lasting {@code minutes} ends by midnight (so its DTEND
   * follows DTSTART).
   */
  static boolean endsOnItsDay(LocalTime time, long minutes) {
    return time.toSecondOfDay() / 60 + minutes <= 24 * 60;
  }

  MeetingBinder(Fields f, Known known) {
    this.f = f;
    this.problems = f.problems();
    this.known = known;
  }

  /** Binds {@code meetings:}, expanding {@code for-each-year-group} series. */
  void bind(Node.MapNode doc) {
    List<Node> items = f.list(Fields.value(doc, "meetings"), "`meetings`");
    for (Node item : items == null ? List.<Node>of() : items) {
      meeting(item);
    }
  }

  private void meeting(Node item) {
    Node.MapNode m = f.map(item, "a meeting in `meetings`");
    if (m == null) {
      return;
    }
    f.keys(m, "a meeting", PartnershipBinder.MEETING_KEYS);
    String id = f.id(m, "id", "a meeting", "heads");
    String where = id == null ? "a meeting" : "meeting `" + id + "`";
    String title = f.requiredText(m, "title", where, "Headteachers' meeting");
    Attendees attendees = attendees(m, where);
    List<String> yearGroups = yearGroups(m, where, attendees.yearGroup());
    When when = when(m, where);
    Map<DutyType, Duty> duties = new EnumMap<>(DutyType.class);
    boolean dutiesOk = true;
    for (DutyType t : DutyType.values()) {
      Duty d = duty(m, t, where);
      duties.put(t, d);
      dutiesOk &= d != null;
    }
    // null when not given: MeetingSeries decides the default (the first attendee role).
    String chairRole = known.role(f, m, "chair-role", where);
    boolean chairRoleOk = chairRole != null || Fields.value(m, "chair-role") == null;
    List<String> order = order(m, where);
    LocalDate start = f.date(m, "start", where);
    if (start == null && Fields.value(m, "start") == null && !known.calendar.isEmpty()) {
      start = known.calendar.get(0).start();
    }
    List<String> standing =
        f.texts(m, "standing-items", where).stream().map(Fields.Located::text).toList();
    if (id == null) {
      return;
    }
    boolean complete =
        title != null
            && !attendees.roles().isEmpty()
            && when.complete()
            && dutiesOk
            && chairRoleOk
            && order != null
            && start != null;
    // ids are claimed even for a series with errors, so that references to it are not reported as
    // unknown
    List<String> ids =
        yearGroups.isEmpty()
            ? List.of(id)
            : yearGroups.stream().map(y -> id + "-" + y.toLowerCase(Locale.ROOT)).toList();
    if (!yearGroups.isEmpty()) {
      known.expandedGroups.put(id, ids);
    }
    for (int i = 0; i < ids.size(); i++) {
      if (claimMeetingId(ids.get(i), m) && complete) {
        String group = yearGroups.isEmpty() ? attendees.yearGroup() : yearGroups.get(i);
        String shown = yearGroups.isEmpty() ? title.trim() : title.trim() + " (" + group + ")";
        known.meetings.put(
            ids.get(i),
            new MeetingSeries(
                ids.get(i),
                shown,
                attendees.roles(),
                group,
                id,
                when.schedule(),
                when.dates(),
                when.time(),
                when.minutes(),
                duties,
                chairRole,
                order,
                start,
                standing,
                m.get("id").location()));
      }
    }
  }

  /** Who attends: the roles (normalised, checked, each once) and the one year group, if any. */
  private record Attendees(List<String> roles, String yearGroup) {}

  /** {@code attendees}: a list of roles, or {@code { roles: [...], year-group: Y4 }}. */
  private Attendees attendees(Node.MapNode m, String where) {
    List<Fields.Located> written = List.of();
    String yearGroup = null;
    Node an = Fields.value(m, "attendees");
    if (an == null) {
      f.missing(m, "attendees", where, "[headteacher]");
    } else if (an instanceof Node.MapNode am) {
      f.keys(am, "`attendees`", PartnershipBinder.ATTENDEES_KEYS);
      written = f.texts(am, "roles", "`attendees` of " + where);
      if (written.isEmpty()) {
        f.missing(am, "roles", "`attendees` of " + where, "[teacher]");
      }
      String yg = f.text(am, "year-group", "`attendees`");
      if (yg != null) {
        yearGroup = yearGroup(yg, am.get("year-group").location());
      }
    } else {
      written = f.texts(m, "attendees", where);
      if (written.isEmpty()) {
        problems.error(
            an.location(), "`attendees` of " + where + " is empty; list the roles who attend");
      }
    }
    List<String> roles = new ArrayList<>();
    for (Fields.Located a : written) {
      String role = known.checkRole(a, where);
      if (!roles.contains(role)) {
        roles.add(role);
      }
    }
    return new Attendees(roles, yearGroup);
  }

  /**
   * {@code for-each-year-group}: the year groups, each once; not together with an attendees' year
   * group.
   */
  private List<String> yearGroups(Node.MapNode m, String where, String attendeesYearGroup) {
    List<String> yearGroups = new ArrayList<>();
    for (Fields.Located yg : f.texts(m, "for-each-year-group", where)) {
      String g = yearGroup(yg.text(), yg.location());
      if (g != null && !yearGroups.contains(g)) {
        yearGroups.add(g);
      }
    }
    if (!yearGroups.isEmpty() && attendeesYearGroup != null) {
      problems.error(
          m.get("for-each-year-group").location(),
          where
              + " has both `for-each-year-group` and a "
              + "`year-group` in `attendees`; keep one");
    }
    return yearGroups;
  }

  /**
   * When a series meets: a schedule or dates, at a time (null when in error), for a duration (null:
   * default).
   */
  private record When(Schedule schedule, List<LocalDate> dates, LocalTime time, Integer duration) {
    boolean complete() {
      return time != null && (schedule != null || !dates.isEmpty());
    }

    int minutes() {
      return duration == null ? DEFAULT_DURATION : duration;
    }
  }

  /**
   * {@code schedule} (with its time and duration inside it) or {@code dates} (with them beside it).
   */
  private When when(Node.MapNode m, String where) {
    Node sn = Fields.value(m, "schedule");
    Node dn = Fields.value(m, "dates");
    if (sn != null && dn != null) {
      problems.error(dn.location(), where + " has both `schedule` and `dates`; keep one");
    } else if (sn == null && dn == null) {
      problems.error(
          Fields.value(m, "id") != null ? m.get("id").location() : m.location(),
          where
              + " has no "
              + "`schedule` or `dates`; add `schedule: { per: term, weeks: [3], weekday: tuesday, time: \"09:30\", "
              + "duration: 60 }`");
    }
    When when = new When(null, List.of(), null, null);
    Node.MapNode timed = m;
    if (sn != null) {
      Node.MapNode sm = f.map(sn, "`schedule` of " + where);
      if (sm != null) {
        f.keys(sm, "`schedule`", PartnershipBinder.SCHEDULE_KEYS);
        when =
            new When(
                schedule(sm, where),
                List.of(),
                time(sm, "`schedule` of " + where),
                f.integer(sm, "duration", "`schedule` of " + where, 1));
        timed = sm;
      }
      for (String beside : List.of("time", "duration")) {
        if (m.entries().containsKey(beside)) {
          problems.error(
              m.entries().get(beside).keyLocation(),
              "with `schedule:`, `"
                  + beside
                  + "` goes inside "
                  + "it; move it into `schedule` of "
                  + where);
        }
      }
    } else if (dn != null) {
      when = new When(null, dates(dn, where), time(m, where), f.integer(m, "duration", where, 1));
    }
    if (when.time() != null && !endsOnItsDay(when.time(), when.minutes())) {
      Node.Entry named = timed.entries().getOrDefault("duration", timed.entries().get("time"));
      problems.error(
          named.value().location(),
          where
              + " starts at "
              + when.time()
              + " and lasts "
              + when.minutes()
              + " minutes, past midnight; a meeting must end on its day (by 24:00): shorten it or "
              + "start earlier");
      return new When(when.schedule(), when.dates(), null, when.duration());
    }
    return when;
  }

  /** The required {@code time} of {@code m} (a schedule, or the series beside its dates). */
  private LocalTime time(Node.MapNode m, String where) {
    LocalTime time = f.time(m, "time", where);
    if (time == null && Fields.value(m, "time") == null) {
      f.missing(m, "time", where, "\"09:30\"");
    }
    return time;
  }

  /** {@code dates}: each once, not empty. */
  private List<LocalDate> dates(Node dn, String where) {
    List<LocalDate> dates = new ArrayList<>();
    List<Node> ds = f.list(dn, "`dates` of " + where);
    for (Node d : ds == null ? List.<Node>of() : ds) {
      LocalDate date = f.date(d, "a date in `dates`");
      if (date != null) {
        if (dates.contains(date)) {
          problems.error(
              d.location(),
              "date " + date + " is listed twice in `dates` of " + where + "; keep one");
        } else {
          dates.add(date);
        }
      }
    }
    if (ds != null && ds.isEmpty()) {
      problems.error(dn.location(), "`dates` of " + where + " is empty; list the dates");
    }
    return dates;
  }

  private boolean claimMeetingId(String id, Node.MapNode m) {
    if (!known.meetingIds.add(id)) {
      problems.error(
          m.get("id").location(),
          "meeting id `"
              + id
              + "` is used twice (ids made by "
              + "`for-each-year-group` count too); give each meeting series its own id");
      return false;
    }
    return true;
  }

  private String yearGroup(String written, Location at) {
    String g = Names.yearGroup(written);
    if (g == null) {
      problems.error(
          at, "unknown year group `" + written + "`; use one of FS, Y1, Y2, Y3, Y4, Y5, Y6");
    }
    return g;
  }

  private Schedule schedule(Node.MapNode sm, String where) {
    String w = "`schedule` of " + where;
    String per = f.choice(sm, "per", w, Period.keys());
    if (per == null && Fields.value(sm, "per") == null) {
      f.missing(sm, "per", w, "term");
    }
    List<Integer> weeks = new ArrayList<>();
    Node wn = Fields.value(sm, "weeks");
    if (wn == null) {
      f.missing(sm, "weeks", w, "[3]");
    } else {
      List<Node> items =
          wn instanceof Node.Scalar ? List.of(wn) : f.list(wn, "`weeks` of " + where);
      for (Node item : items == null ? List.<Node>of() : items) {
        Integer week = f.integer(item, "a week in `weeks`", Integer.MIN_VALUE);
        if (week != null && week == 0) {
          problems.error(
              item.location(),
              "week 0 in `weeks` of "
                  + where
                  + "; weeks count from 1 (the first "
                  + "teaching week) or from -1 (the last)");
        } else if (week != null && Math.abs((long) week) > MAX_WEEK) {
          problems.error(
              item.location(),
              "week "
                  + week
                  + " in `weeks` of "
                  + where
                  + " is beyond any term (a "
                  + "term has at most "
                  + MAX_WEEK
                  + " teaching weeks); count from 1 (the first) or from -1 (the last)");
        } else if (week != null) {
          weeks.add(week);
        }
      }
      if (items != null && items.isEmpty()) {
        problems.error(
            wn.location(), "`weeks` of " + where + " is empty; write for example `weeks: [3]`");
      }
    }
    DayOfWeek weekday = f.weekday(sm, "weekday", w);
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      // SPEC section 10: one error, instead of a warning for every period without a teaching day
      // that weekday
      problems.error(
          sm.get("weekday").location(),
          "`weekday` in "
              + w
              + " is "
              + weekday.name().toLowerCase(Locale.ROOT)
              + ", which is never a teaching day; choose a day from monday "
              + "to friday");
      weekday = null;
    }
    String term = f.text(sm, "term", w);
    if (term != null) {
      term = term.trim().toLowerCase(Locale.ROOT);
      if (per != null && !per.equals("year")) {
        problems.error(
            sm.entries().get("term").keyLocation(),
            "`term` in " + w + " only goes with `per: year`;" + " remove it, or use `per: year`");
      } else {
        Set<String> keys = new LinkedHashSet<>();
        known.calendar.forEach(y -> y.terms().forEach(t -> keys.add(t.key())));
        if (!keys.isEmpty() && !keys.contains(term)) {
          problems.error(
              sm.get("term").location(),
              "unknown term `" + term + "` in " + w + Fields.oneOf(term, List.copyOf(keys)));
        }
      }
    }
    if (per == null || weeks.isEmpty() || weekday == null) {
      return null;
    }
    return new Schedule(Period.ofKey(per).orElseThrow(), weeks, weekday, term);
  }

  private Duty duty(Node.MapNode m, DutyType type, String where) {
    String key = type.key();
    boolean followsChair = type.mayFollowChair();
    boolean atVenue = type.atVenue();
    Node n = Fields.value(m, key);
    if (n == null) {
      return type.byDefault();
    }
    String t = f.text(n, "`" + key + "` of " + where);
    if (t == null) {
      return null;
    }
    String v = t.trim();
    switch (v) {
      case "rotate":
        return Duty.ROTATE;
      case "none":
        return Duty.NONE;
      case "chair":
        if (followsChair) {
          return Duty.CHAIR;
        }
        break;
      default:
        if (known.schoolIds.contains(v) || atVenue && known.venueIds.contains(v)) {
          return Duty.fixed(v); // a host may be a venue that is not a school (SPEC section 10)
        }
        String venue = known.venueNotSchool(v, key, where);
        if (venue != null) {
          problems.error(n.location(), venue);
          return null;
        }
    }
    List<String> keywords =
        followsChair ? List.of("chair", "rotate", "none") : List.of("rotate", "none");
    List<String> choices = new ArrayList<>(keywords);
    choices.addAll(known.schoolIds);
    if (atVenue) {
      choices.addAll(known.venueIds);
    }
    String hint = Suggest.didYouMean(v, choices);
    problems.error(
        n.location(),
        "unknown school `"
            + v
            + "` in `"
            + key
            + "` of "
            + where
            + (hint.isEmpty()
                ? "; write "
                    + String.join(", ", keywords)
                    + " or a school id ("
                    + String.join(", ", known.schoolIds)
                    + ")"
                : hint));
    return null;
  }

  private List<String> order(Node.MapNode m, String where) {
    if (Fields.value(m, "order") == null) {
      return List.copyOf(known.schoolIds);
    }
    List<String> order = new ArrayList<>();
    boolean ok = true;
    for (Fields.Located s : f.texts(m, "order", where)) {
      String venue = known.venueNotSchool(s.text(), "order", where);
      if (venue != null) {
        problems.error(s.location(), venue + " (`order` is the schools' rotation order)");
        ok = false;
      } else if (!known.schoolIds.contains(s.text())) {
        problems.error(
            s.location(),
            "unknown school `"
                + s.text()
                + "` in `order` of "
                + where
                + known.schoolHint(s.text()));
        ok = false;
      } else if (order.contains(s.text())) {
        problems.error(
            s.location(),
            "school `"
                + s.text()
                + "` is listed twice in `order` of "
                + where
                + "; list each school once");
        ok = false;
      } else {
        order.add(s.text());
      }
    }
    return ok ? order : null;
  }
}
