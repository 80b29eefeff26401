package dev.cluster.load;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.BankHolidays;
import dev.cluster.model.Closure;
import dev.cluster.model.DateRange;
import dev.cluster.model.Duty;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Period;
import dev.cluster.model.Person;
import dev.cluster.model.PlanItem;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.model.Term;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the located YAML tree of {@code partnership.yaml} by hand into the model, with defaults as SPEC
 * section 2 gives them, reporting every problem (unknown keys, wrong types, bad dates, unknown references)
 * rather than stopping at the first. Rosters are read through {@code rosters}, in school order, as soon as
 * the schools are known, so that roles can be checked.
 */
final class PartnershipBinder {
  static final Set<String> ROOT_KEYS = Set.of(
      "version", "partnership", "calendar", "schools", "meetings", "reviews", "overrides", "agenda-items", "plan");
  static final Set<String> PARTNERSHIP_KEYS = Set.of("name", "area", "purpose", "time-zone", "bank-holidays");
  static final Set<String> YEAR_KEYS = Set.of("year", "terms", "closures");
  static final Set<String> TERM_KEYS = Set.of("name", "start", "end", "half-term");
  static final Set<String> RANGE_KEYS = Set.of("start", "end");
  static final Set<String> CLOSURE_KEYS = Set.of("date", "reason");
  static final Set<String> SCHOOL_KEYS = Set.of("id", "name", "address", "roster", "joined", "left", "closures",
      "focus", "external-reviewer", "columns");
  static final Set<String> MEETING_KEYS = Set.of("id", "title", "attendees", "schedule", "dates", "time",
      "duration", "chair", "host", "minutes", "chair-role", "order", "start", "standing-items",
      "for-each-year-group");
  static final Set<String> ATTENDEES_KEYS = Set.of("roles", "year-group");
  static final Set<String> SCHEDULE_KEYS = Set.of("per", "weeks", "weekday", "time", "duration", "term");
  static final Set<String> REVIEW_KEYS = Set.of("id", "title", "rounds-per-year", "peers", "reviewer-roles",
      "max-load", "reciprocal", "avoid-repeat", "match", "lead-role", "external", "history");
  static final Set<String> OVERRIDE_KEYS = Set.of("meeting", "date", "chair", "host", "minutes", "move-to",
      "cancel");
  static final Set<String> AGENDA_KEYS = Set.of("meeting", "date", "title", "lead", "minutes", "confidential");
  static final Set<String> PLAN_KEYS = Set.of("id", "goal", "owner", "due", "status");
  static final List<String> PLAN_STATUSES = List.of("red", "amber", "green", "done");

  private static final Pattern YEAR_NAME = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final int DEFAULT_DURATION = 60;

  /** Reads one school's roster; returns null when it could not be read (already reported). */
  interface RosterSource {
    List<Person> read(String schoolId, Fields.Located roster, Map<String, String> renames);

    /** A path written in partnership.yaml as reachable from the working directory. */
    String path(String inner);
  }

  private final Fields f;
  private final Problems problems;
  private final RosterSource rosters;

  // What later parts refer to, collected even when a part has errors so that references are still checked.
  private final List<AcademicYear> calendar = new ArrayList<>();
  private final Map<String, School> schools = new LinkedHashMap<>();
  private final Set<String> schoolIds = new LinkedHashSet<>();
  private final Map<String, MeetingSeries> meetings = new LinkedHashMap<>();
  private final Set<String> meetingIds = new LinkedHashSet<>();
  private final Map<String, List<String>> expandedGroups = new LinkedHashMap<>();
  private final Set<String> personNames = new LinkedHashSet<>();
  private final Set<String> roles = new LinkedHashSet<>();
  private boolean everyRosterRead = true;
  private boolean calendarComplete = true;

  /** The bound parts (null where the part is invalid; only read when there is no error). */
  String name;
  String area;
  String purpose;
  ZoneId timeZone = ZoneId.of("Europe/London");
  BankHolidays bankHolidays = BankHolidays.ENGLAND_AND_WALES;
  final List<ReviewProgramme> reviews = new ArrayList<>();
  final List<RotaOverride> overrides = new ArrayList<>();
  final List<AgendaItem> agendaItems = new ArrayList<>();
  final List<PlanItem> plan = new ArrayList<>();

  PartnershipBinder(Problems problems, RosterSource rosters) {
    this.problems = problems;
    this.f = new Fields(problems);
    this.rosters = rosters;
  }

  List<AcademicYear> calendar() {
    return calendar;
  }

  List<School> schools() {
    return List.copyOf(schools.values());
  }

  List<MeetingSeries> meetings() {
    return List.copyOf(meetings.values());
  }

  Set<String> schoolIds() {
    return schoolIds;
  }

  Set<String> meetingIds() {
    return meetingIds;
  }

  /** Whether {@code owner} is a school id or the name of someone on a roster. */
  boolean isOwner(String owner) {
    return schoolIds.contains(owner) || personNames.contains(owner);
  }

  void bind(Node root) {
    Node.MapNode doc = f.map(root, "partnership.yaml");
    if (doc == null) {
      return;
    }
    f.keys(doc, "partnership.yaml", ROOT_KEYS);
    version(doc);
    partnership(doc);
    calendar(doc);
    schools(doc);
    meetings(doc);
    reviews(doc);
    overrides(doc);
    agendaItems(doc);
    plan(doc);
  }

  private void version(Node.MapNode doc) {
    Node v = Fields.value(doc, "version");
    if (v == null) {
      problems.error(new Location(doc.location().file(), 1, 1), "partnership.yaml has no `version`; add "
          + "`version: 1` as its first line");
      return;
    }
    String t = f.text(v, "`version`");
    if (t != null && !t.trim().equals("1")) {
      problems.error(v.location(), "unsupported `version: " + t + "`; this cluster reads `version: 1`");
    }
  }

  private void partnership(Node.MapNode doc) {
    Node n = Fields.value(doc, "partnership");
    if (n == null) {
      problems.error(doc.location(), "partnership.yaml has no `partnership:` section; add one with at least "
          + "`name:`");
      return;
    }
    Node.MapNode m = f.map(n, "`partnership`");
    if (m == null) {
      return;
    }
    f.keys(m, "`partnership`", PARTNERSHIP_KEYS);
    name = f.requiredText(m, "name", "`partnership`", "Our Schools Partnership");
    area = f.text(m, "area", "`partnership`");
    purpose = f.text(m, "purpose", "`partnership`");
    String zone = f.text(m, "time-zone", "`partnership`");
    if (zone != null) {
      try {
        timeZone = ZoneId.of(zone.trim());
      } catch (java.time.DateTimeException e) {
        problems.error(m.get("time-zone").location(), "unknown time zone `" + zone + "`"
            + Fields.oneOf(zone, List.copyOf(new java.util.TreeSet<>(ZoneId.getAvailableZoneIds()))).replaceFirst(
                "; use one of .*", "; use a time zone such as Europe/London"));
      }
    }
    List<String> holidays = new ArrayList<>();
    for (BankHolidays b : BankHolidays.values()) {
      holidays.add(b.key());
    }
    String bank = f.choice(m, "bank-holidays", "`partnership`", holidays);
    if (bank != null) {
      bankHolidays = BankHolidays.values()[holidays.indexOf(bank)];
    }
  }

  // ---------------------------------------------------------------- calendar

  private void calendar(Node.MapNode doc) {
    Node n = Fields.value(doc, "calendar");
    if (n == null) {
      problems.error(doc.location(), "partnership.yaml has no `calendar:`; add the academic years with their "
          + "terms (see `cluster init`)");
      return;
    }
    List<Node> items = f.list(n, "`calendar`");
    if (items == null) {
      return;
    }
    if (items.isEmpty()) {
      problems.error(n.location(), "`calendar` is empty; add at least one academic year with its terms");
    }
    AcademicYear previous = null;
    for (Node item : items) {
      AcademicYear y = year(item);
      if (y == null) {
        calendarComplete = false;
        continue;
      }
      if (previous != null && !y.start().isAfter(previous.end())) {
        problems.error(y.location(), "academic year `" + y.name() + "` starts on " + y.start() + ", before `"
            + previous.name() + "` ends on " + previous.end() + "; list the years in order, without overlap");
      }
      if (calendar.stream().anyMatch(other -> other.name().equals(y.name()))) {
        problems.error(y.location(), "academic year `" + y.name() + "` is listed twice; keep one");
      }
      calendar.add(y);
      previous = y;
    }
  }

  private AcademicYear year(Node item) {
    Node.MapNode m = f.map(item, "an academic year in `calendar`");
    if (m == null) {
      return null;
    }
    f.keys(m, "an academic year", YEAR_KEYS);
    String yearName = f.requiredText(m, "year", "an academic year", "2026-27");
    Integer firstYear = null;
    if (yearName != null) {
      Matcher ym = YEAR_NAME.matcher(yearName.trim());
      if (!ym.matches()) {
        problems.error(m.get("year").location(), "academic year `" + yearName + "` must be named YYYY-YY, for "
            + "example 2026-27");
      } else {
        int start = Integer.parseInt(ym.group(1));
        int end = Integer.parseInt(ym.group(2));
        if (end != (start + 1) % 100) {
          problems.error(m.get("year").location(), "academic year `" + yearName + "` must end the year after it "
              + "starts; write `" + start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100) + "`");
        } else {
          firstYear = start;
        }
      }
    }
    String where = yearName == null ? "an academic year" : "academic year `" + yearName + "`";
    List<Term> terms = new ArrayList<>();
    Node termsNode = Fields.value(m, "terms");
    if (termsNode == null) {
      f.missing(m, "terms", where, "[...]");
    } else {
      List<Node> termItems = f.list(termsNode, "`terms` of " + where);
      if (termItems != null && termItems.isEmpty()) {
        problems.error(termsNode.location(), where + " has no terms; add them");
      }
      Term previous = null;
      for (Node t : termItems == null ? List.<Node>of() : termItems) {
        Term term = term(t, where);
        if (term == null) {
          calendarComplete = false;
          continue;
        }
        if (previous != null && !term.start().isAfter(previous.end())) {
          problems.error(term.location(), "term `" + term.name() + "` starts on " + term.start() + ", before term `"
              + previous.name() + "` ends on " + previous.end() + "; terms must be in order without overlap");
        }
        if (terms.stream().anyMatch(o -> o.key().equals(term.key()))) {
          problems.error(term.location(), "term `" + term.name() + "` is listed twice in " + where);
        }
        if (firstYear != null) {
          LocalDate from = LocalDate.of(firstYear, 7, 1);
          LocalDate to = LocalDate.of(firstYear + 1, 8, 31);
          if (term.start().isBefore(from) || term.end().isAfter(to)) {
            problems.error(term.location(), "term `" + term.name() + "` (" + term.start() + " to " + term.end()
                + ") is not in " + where + ", which runs from " + from + " to " + to + "; check the dates or"
                + " the year's name");
          }
        }
        terms.add(term);
        previous = term;
      }
    }
    List<Closure> closures = closures(m, where);
    if (yearName == null || terms.isEmpty()) {
      return null;
    }
    return new AcademicYear(yearName.trim(), terms, closures, m.location());
  }

  private Term term(Node item, String year) {
    Node.MapNode m = f.map(item, "a term of " + year);
    if (m == null) {
      return null;
    }
    f.keys(m, "a term", TERM_KEYS);
    String termName = f.requiredText(m, "name", "a term of " + year, "Autumn");
    String where = termName == null ? "a term of " + year : "term `" + termName + "`";
    LocalDate start = f.requiredDate(m, "start", where);
    LocalDate end = f.requiredDate(m, "end", where);
    DateRange dates = null;
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.error(m.get("end").location(), where + " ends on " + end + ", before it starts on " + start
            + "; swap `start` and `end`");
      } else {
        dates = new DateRange(start, end);
      }
    }
    DateRange half = null;
    Node hn = Fields.value(m, "half-term");
    if (hn != null) {
      Node.MapNode hm = f.map(hn, "`half-term` of " + where);
      if (hm != null) {
        f.keys(hm, "`half-term`", RANGE_KEYS);
        LocalDate hs = f.requiredDate(hm, "start", "the half-term of " + where);
        LocalDate he = f.requiredDate(hm, "end", "the half-term of " + where);
        if (hs != null && he != null) {
          if (he.isBefore(hs)) {
            problems.error(hm.get("end").location(), "the half-term of " + where + " ends on " + he
                + ", before it starts on " + hs + "; swap `start` and `end`");
          } else {
            half = new DateRange(hs, he);
            if (dates != null && (!dates.contains(hs) || !dates.contains(he))) {
              problems.error(hm.location(), "the half-term of " + where + " (" + hs + " to " + he
                  + ") is not inside the term (" + start + " to " + end + "); check its dates");
            }
          }
        }
      }
    }
    if (termName == null || dates == null) {
      return null;
    }
    return new Term(termName.trim(), dates, half, m.location());
  }

  private List<Closure> closures(Node.MapNode m, String where) {
    List<Closure> out = new ArrayList<>();
    Node n = Fields.value(m, "closures");
    List<Node> items = f.list(n, "`closures` of " + where);
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode cm = f.map(item, "a closure");
      if (cm == null) {
        continue;
      }
      f.keys(cm, "a closure", CLOSURE_KEYS);
      LocalDate date = f.requiredDate(cm, "date", "a closure of " + where);
      String reason = f.text(cm, "reason", "a closure");
      if (date != null) {
        out.add(new Closure(date, reason, cm.location()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- schools

  private void schools(Node.MapNode doc) {
    Node n = Fields.value(doc, "schools");
    if (n == null) {
      problems.error(doc.location(), "partnership.yaml has no `schools:`; add the member schools");
      return;
    }
    List<Node> items = f.list(n, "`schools`");
    if (items == null) {
      return;
    }
    for (Node item : items) {
      school(item);
    }
  }

  private void school(Node item) {
    Node.MapNode m = f.map(item, "a school in `schools`");
    if (m == null) {
      return;
    }
    f.keys(m, "a school", SCHOOL_KEYS);
    String id = f.id(m, "id", "a school", "fleet");
    if (id != null && !schoolIds.add(id)) {
      problems.error(m.get("id").location(), "school id `" + id + "` is used twice; give each school its own id");
      id = null;
    }
    String where = id == null ? "a school" : "school `" + id + "`";
    String schoolName = f.requiredText(m, "name", where, "Fleet Primary School");
    String address = f.text(m, "address", where);
    LocalDate joined = f.date(m, "joined", where);
    LocalDate left = f.date(m, "left", where);
    if (joined != null && left != null && left.isBefore(joined)) {
      problems.error(m.get("left").location(), where + " left on " + left + ", before it joined on " + joined
          + "; check the dates");
    }
    List<Closure> closures = closures(m, where);
    List<String> focus = f.texts(m, "focus", where).stream().map(Fields.Located::text).toList();
    String external = f.text(m, "external-reviewer", where);
    Map<String, String> renames = columns(m, where);
    Fields.Located roster = null;
    Node rn = Fields.value(m, "roster");
    if (rn == null) {
      f.missing(m, "roster", where, "rosters/" + (id == null ? "school" : id) + ".csv");
    } else {
      String path = f.text(rn, "`roster` of " + where);
      if (path != null && !path.isBlank()) {
        roster = new Fields.Located(path.trim(), rn.location());
      }
    }
    List<Person> staff = null;
    if (roster != null) {
      staff = rosters.read(id, roster, renames);
      if (staff == null) {
        everyRosterRead = false;
      } else {
        for (Person p : staff) {
          roles.addAll(p.roles());
          personNames.add(p.name());
        }
      }
    } else {
      everyRosterRead = false;
    }
    if (id != null && schoolName != null && staff != null) {
      schools.put(id, new School(id, schoolName.trim(), address, rosters.path(roster.text()), joined, left, closures, focus,
          external, staff, m.location()));
    }
  }

  private Map<String, String> columns(Node.MapNode m, String where) {
    Map<String, String> renames = new LinkedHashMap<>();
    Node n = Fields.value(m, "columns");
    if (n == null) {
      return renames;
    }
    Node.MapNode cm = f.map(n, "`columns` of " + where);
    if (cm == null) {
      return renames;
    }
    f.keys(cm, "`columns`", RosterReader.COLUMNS.keySet());
    for (Node.Entry e : cm.entries().values()) {
      String header = f.text(e.value(), "`" + e.key() + "` in `columns`");
      if (header != null && RosterReader.COLUMNS.containsKey(e.key())) {
        renames.put(e.key(), header);
      }
    }
    return renames;
  }

  // ---------------------------------------------------------------- meetings

  private void meetings(Node.MapNode doc) {
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
    f.keys(m, "a meeting", MEETING_KEYS);
    String id = f.id(m, "id", "a meeting", "heads");
    String where = id == null ? "a meeting" : "meeting `" + id + "`";
    String title = f.requiredText(m, "title", where, "Headteachers' meeting");

    // attendees: a list of roles, or { roles: [...], year-group: Y4 }
    List<Fields.Located> attendees = List.of();
    String yearGroup = null;
    Node an = Fields.value(m, "attendees");
    if (an == null) {
      f.missing(m, "attendees", where, "[headteacher]");
    } else if (an instanceof Node.MapNode am) {
      f.keys(am, "`attendees`", ATTENDEES_KEYS);
      attendees = f.texts(am, "roles", "`attendees` of " + where);
      if (attendees.isEmpty()) {
        f.missing(am, "roles", "`attendees` of " + where, "[teacher]");
      }
      String yg = f.text(am, "year-group", "`attendees`");
      if (yg != null) {
        yearGroup = yearGroup(yg, am.get("year-group").location());
      }
    } else {
      attendees = f.texts(m, "attendees", where);
      if (attendees.isEmpty()) {
        problems.error(an.location(), "`attendees` of " + where + " is empty; list the roles who attend");
      }
    }
    List<String> attendeeRoles = new ArrayList<>();
    for (Fields.Located a : attendees) {
      String role = checkRole(a, where);
      if (!attendeeRoles.contains(role)) {
        attendeeRoles.add(role);
      }
    }

    List<String> yearGroups = new ArrayList<>();
    for (Fields.Located yg : f.texts(m, "for-each-year-group", where)) {
      String g = yearGroup(yg.text(), yg.location());
      if (g != null && !yearGroups.contains(g)) {
        yearGroups.add(g);
      }
    }
    if (!yearGroups.isEmpty() && yearGroup != null) {
      problems.error(m.get("for-each-year-group").location(), where + " has both `for-each-year-group` and a "
          + "`year-group` in `attendees`; keep one");
    }

    // schedule or dates
    Schedule schedule = null;
    List<LocalDate> dates = new ArrayList<>();
    LocalTime time = null;
    Integer duration = null;
    Node sn = Fields.value(m, "schedule");
    Node dn = Fields.value(m, "dates");
    if (sn != null && dn != null) {
      problems.error(dn.location(), where + " has both `schedule` and `dates`; keep one");
    } else if (sn == null && dn == null) {
      problems.error(Fields.value(m, "id") != null ? m.get("id").location() : m.location(), where + " has no "
          + "`schedule` or `dates`; add `schedule: { per: term, weeks: [3], weekday: tuesday, time: \"09:30\", "
          + "duration: 60 }`");
    }
    if (sn != null) {
      Node.MapNode sm = f.map(sn, "`schedule` of " + where);
      if (sm != null) {
        f.keys(sm, "`schedule`", SCHEDULE_KEYS);
        schedule = schedule(sm, where);
        time = f.time(sm, "time", "`schedule` of " + where);
        if (time == null && Fields.value(sm, "time") == null) {
          f.missing(sm, "time", "`schedule` of " + where, "\"09:30\"");
        }
        duration = f.integer(sm, "duration", "`schedule` of " + where, 1);
      }
      for (String beside : List.of("time", "duration")) {
        if (m.entries().containsKey(beside)) {
          problems.error(m.entries().get(beside).keyLocation(), "with `schedule:`, `" + beside + "` goes inside "
              + "it; move it into `schedule` of " + where);
        }
      }
    } else if (dn != null) {
      List<Node> ds = f.list(dn, "`dates` of " + where);
      for (Node d : ds == null ? List.<Node>of() : ds) {
        LocalDate date = f.date(d, "a date in `dates`");
        if (date != null) {
          if (dates.contains(date)) {
            problems.error(d.location(), "date " + date + " is listed twice in `dates` of " + where);
          } else {
            dates.add(date);
          }
        }
      }
      if (ds != null && ds.isEmpty()) {
        problems.error(dn.location(), "`dates` of " + where + " is empty; list the dates");
      }
      time = f.time(m, "time", where);
      if (time == null && Fields.value(m, "time") == null) {
        f.missing(m, "time", where, "\"09:30\"");
      }
      duration = f.integer(m, "duration", where, 1);
    }

    Duty chair = duty(m, "chair", where, Duty.ROTATE, false);
    Duty host = duty(m, "host", where, Duty.CHAIR, true);
    Duty minutes = duty(m, "minutes", where, Duty.NONE, false);
    String chairRole = null;
    Node crn = Fields.value(m, "chair-role");
    if (crn != null) {
      String t = f.text(crn, "`chair-role` of " + where);
      if (t != null) {
        chairRole = checkRole(new Fields.Located(t.trim(), crn.location()), where);
      }
    } else if (!attendeeRoles.isEmpty()) {
      chairRole = attendeeRoles.get(0);
    }
    List<String> order = order(m, where);
    LocalDate start = f.date(m, "start", where);
    if (start == null && Fields.value(m, "start") == null && !calendar.isEmpty()) {
      start = calendar.get(0).start();
    }
    List<String> standing = f.texts(m, "standing-items", where).stream().map(Fields.Located::text).toList();

    if (id == null || title == null || attendeeRoles.isEmpty() || time == null || chair == null || host == null
        || minutes == null || order == null || (schedule == null && dates.isEmpty())) {
      if (id != null) {
        addMeetingIds(id, yearGroups, m);
      }
      return;
    }
    if (start == null) {
      return;
    }
    int minutesLong = duration == null ? DEFAULT_DURATION : duration;
    if (yearGroups.isEmpty()) {
      addMeeting(new MeetingSeries(id, title.trim(), attendeeRoles, yearGroup, id, schedule, dates, time,
          minutesLong, chair, host, minutes, chairRole, order, start, standing, m.get("id").location()), m);
    } else {
      for (String yg : yearGroups) {
        String expanded = id + "-" + yg.toLowerCase(Locale.ROOT);
        addMeeting(new MeetingSeries(expanded, title.trim() + " (" + yg + ")", attendeeRoles, yg, id, schedule,
            dates, time, minutesLong, chair, host, minutes, chairRole, order, start, standing,
            m.get("id").location()), m);
      }
      expandedGroups.put(id, yearGroups.stream().map(y -> id + "-" + y.toLowerCase(Locale.ROOT)).toList());
    }
  }

  private void addMeetingIds(String id, List<String> yearGroups, Node.MapNode m) {
    if (yearGroups.isEmpty()) {
      claimMeetingId(id, m);
    } else {
      for (String yg : yearGroups) {
        claimMeetingId(id + "-" + yg.toLowerCase(Locale.ROOT), m);
      }
      expandedGroups.put(id, yearGroups.stream().map(y -> id + "-" + y.toLowerCase(Locale.ROOT)).toList());
    }
  }

  private boolean claimMeetingId(String id, Node.MapNode m) {
    if (!meetingIds.add(id)) {
      problems.error(m.get("id").location(), "meeting id `" + id + "` is used twice (ids made by "
          + "`for-each-year-group` count too); give each meeting series its own id");
      return false;
    }
    return true;
  }

  private void addMeeting(MeetingSeries series, Node.MapNode m) {
    if (claimMeetingId(series.id(), m)) {
      meetings.put(series.id(), series);
    }
  }

  private String yearGroup(String written, Location at) {
    String g = Names.yearGroup(written);
    if (g == null) {
      problems.error(at, "unknown year group `" + written + "`; use one of FS, Y1, Y2, Y3, Y4, Y5, Y6");
    }
    return g;
  }

  private Schedule schedule(Node.MapNode sm, String where) {
    String w = "`schedule` of " + where;
    List<String> pers = List.of("half-term", "term", "month", "year");
    String per = f.choice(sm, "per", w, pers);
    if (per == null && Fields.value(sm, "per") == null) {
      f.missing(sm, "per", w, "term");
    }
    List<Integer> weeks = new ArrayList<>();
    Node wn = Fields.value(sm, "weeks");
    if (wn == null) {
      f.missing(sm, "weeks", w, "[3]");
    } else {
      List<Node> items = wn instanceof Node.Scalar ? List.of(wn) : f.list(wn, "`weeks` of " + where);
      for (Node item : items == null ? List.<Node>of() : items) {
        Integer week = f.integer(item, "a week in `weeks`", Integer.MIN_VALUE);
        if (week != null && week == 0) {
          problems.error(item.location(), "week 0 in `weeks` of " + where + "; weeks count from 1 (the first "
              + "teaching week) or from -1 (the last)");
        } else if (week != null) {
          weeks.add(week);
        }
      }
      if (items != null && items.isEmpty()) {
        problems.error(wn.location(), "`weeks` of " + where + " is empty; write for example `weeks: [3]`");
      }
    }
    DayOfWeek weekday = f.weekday(sm, "weekday", w);
    String term = f.text(sm, "term", w);
    if (term != null) {
      term = term.trim().toLowerCase(Locale.ROOT);
      if (per != null && !per.equals("year")) {
        problems.error(sm.entries().get("term").keyLocation(), "`term` in " + w + " only goes with `per: year`;"
            + " remove it, or use `per: year`");
      } else {
        Set<String> keys = new LinkedHashSet<>();
        calendar.forEach(y -> y.terms().forEach(t -> keys.add(t.key())));
        if (!keys.isEmpty() && !keys.contains(term)) {
          problems.error(sm.get("term").location(), "unknown term `" + term + "` in " + w
              + Fields.oneOf(term, List.copyOf(keys)));
        }
      }
    }
    if (per == null || weeks.isEmpty() || weekday == null) {
      return null;
    }
    return new Schedule(Period.values()[pers.indexOf(per)], weeks, weekday, term);
  }

  private Duty duty(Node.MapNode m, String key, String where, Duty byDefault, boolean host) {
    Node n = Fields.value(m, key);
    if (n == null) {
      return byDefault;
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
        if (host) {
          return Duty.CHAIR;
        }
        break;
      default:
        if (schoolIds.contains(v)) {
          return Duty.fixed(v);
        }
    }
    List<String> keywords = host ? List.of("chair", "rotate", "none") : List.of("rotate", "none");
    List<String> choices = new ArrayList<>(keywords);
    choices.addAll(schoolIds);
    String hint = Suggest.didYouMean(v, choices);
    problems.error(n.location(), "unknown school `" + v + "` in `" + key + "` of " + where + (hint.isEmpty()
        ? "; write " + String.join(", ", keywords) + " or a school id (" + String.join(", ", schoolIds) + ")"
        : hint));
    return null;
  }

  private List<String> order(Node.MapNode m, String where) {
    if (Fields.value(m, "order") == null) {
      return List.copyOf(schoolIds);
    }
    List<String> order = new ArrayList<>();
    boolean ok = true;
    for (Fields.Located s : f.texts(m, "order", where)) {
      if (!schoolIds.contains(s.text())) {
        problems.error(s.location(), "unknown school `" + s.text() + "` in `order` of " + where
            + Suggest.didYouMean(s.text(), schoolIds));
        ok = false;
      } else if (order.contains(s.text())) {
        problems.error(s.location(), "school `" + s.text() + "` is listed twice in `order` of " + where);
        ok = false;
      } else {
        order.add(s.text());
      }
    }
    return ok ? order : null;
  }

  /** A role named in partnership.yaml, normalised like the rosters' roles and checked against them. */
  private String checkRole(Fields.Located written, String where) {
    String role = Names.role(written.text());
    if (everyRosterRead && !roles.contains(role)) {
      problems.error(written.location(), "no one on any roster has the role `" + role + "` (" + where + ")"
          + Suggest.didYouMean(role, roles) + (Suggest.didYouMean(role, roles).isEmpty()
              ? "; add it to a roster's `role` column, or use a role the rosters have" : ""));
    }
    return role;
  }

  // ---------------------------------------------------------------- reviews

  private void reviews(Node.MapNode doc) {
    List<Node> items = f.list(Fields.value(doc, "reviews"), "`reviews`");
    Set<String> ids = new LinkedHashSet<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "a programme in `reviews`");
      if (m == null) {
        continue;
      }
      f.keys(m, "a review programme", REVIEW_KEYS);
      String id = f.id(m, "id", "a review programme", "enquiry");
      if (id != null && !ids.add(id)) {
        problems.error(m.get("id").location(), "review id `" + id + "` is used twice; give each programme its "
            + "own id");
      }
      String where = id == null ? "a review programme" : "review `" + id + "`";
      String title = f.requiredText(m, "title", where, "Collaborative Enquiry");
      Integer rounds = orDefault(f.integer(m, "rounds-per-year", where, 1), m, "rounds-per-year", 1);
      Integer peers = orDefault(f.integer(m, "peers", where, 1), m, "peers", 1);
      List<String> reviewerRoles = new ArrayList<>();
      for (Fields.Located r : f.texts(m, "reviewer-roles", where)) {
        reviewerRoles.add(checkRole(r, where));
      }
      if (reviewerRoles.isEmpty()) {
        f.missing(m, "reviewer-roles", where, "[headteacher]");
      }
      Integer maxLoad = f.integer(m, "max-load", where, 1);
      String reciprocal = f.choice(m, "reciprocal", where, List.of("avoid", "forbid", "allow"));
      Integer avoidRepeat = orDefault(f.integer(m, "avoid-repeat", where, 0), m, "avoid-repeat", 1);
      String match = f.choice(m, "match", where, List.of("none", "focus"));
      String leadRole = null;
      Node ln = Fields.value(m, "lead-role");
      if (ln != null) {
        String t = f.text(ln, "`lead-role` of " + where);
        if (t != null) {
          leadRole = checkRole(new Fields.Located(t.trim(), ln.location()), where);
        }
      }
      Boolean external = f.bool(m, "external", where);
      String history = f.text(m, "history", where);
      if (peers != null && !reviewerRoles.isEmpty() && everyRosterRead) {
        long withReviewer = schools.values().stream()
            .filter(s -> s.staff().stream().anyMatch(p -> reviewerRoles.stream().anyMatch(p::hasRole)))
            .count();
        if (peers > withReviewer - 1) {
          Node pn = Fields.value(m, "peers");
          problems.error(pn != null ? pn.location() : m.get("id") != null ? m.get("id").location()
                  : m.location(),
              where + " needs " + peers + " peer reviewer" + (peers == 1 ? "" : "s") + " from other schools for"
                  + " each team, but only " + withReviewer + " school" + (withReviewer == 1 ? " has" : "s have")
                  + " someone with the role " + String.join(" or ", reviewerRoles) + "; lower `peers` to at most "
                  + Math.max(0, withReviewer - 1) + " or add reviewers");
        }
      }
      boolean complete = id != null && title != null && rounds != null && peers != null
          && !reviewerRoles.isEmpty() && (maxLoad != null || Fields.value(m, "max-load") == null)
          && (reciprocal != null || Fields.value(m, "reciprocal") == null) && avoidRepeat != null
          && (match != null || Fields.value(m, "match") == null);
      if (complete) {
        reviews.add(new ReviewProgramme(id, title.trim(), rounds, peers, reviewerRoles, maxLoad,
            reciprocal == null ? ReviewProgramme.Reciprocal.AVOID
                : ReviewProgramme.Reciprocal.valueOf(reciprocal.toUpperCase(Locale.ROOT)),
            avoidRepeat, "focus".equals(match), leadRole, Boolean.TRUE.equals(external),
            history == null || history.isBlank() ? "history/*.csv" : history.trim(), m.get("id").location()));
      }
    }
  }

  private static Integer orDefault(Integer value, Node.MapNode m, String key, int byDefault) {
    return value != null ? value : Fields.value(m, key) == null ? Integer.valueOf(byDefault) : null;
  }

  // ---------------------------------------------------------------- overrides, agenda items, plan

  /** The id of a known meeting series, or null (reported, with a suggestion). */
  String checkMeeting(String id, Location at, String where) {
    if (meetingIds.contains(id)) {
      return id;
    }
    List<String> expanded = expandedGroups.get(id);
    if (expanded != null) {
      problems.error(at, "`" + id + "` in " + where + " is a series per year group; name one of "
          + String.join(", ", expanded));
    } else {
      problems.error(at, "unknown meeting `" + id + "` in " + where + Suggest.didYouMean(id, meetingIds));
    }
    return null;
  }

  private String checkSchool(Node.MapNode m, String key, String where) {
    String t = f.text(m, key, where);
    if (t == null) {
      return null;
    }
    String v = t.trim();
    if (!schoolIds.contains(v)) {
      problems.error(m.get(key).location(), "unknown school `" + v + "` in `" + key + "` of " + where
          + Suggest.didYouMean(v, schoolIds));
      return null;
    }
    return v;
  }

  private void overrides(Node.MapNode doc) {
    List<Node> items = f.list(Fields.value(doc, "overrides"), "`overrides`");
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "an override in `overrides`");
      if (m == null) {
        continue;
      }
      f.keys(m, "an override", OVERRIDE_KEYS);
      String where = "an override";
      String meeting = f.requiredText(m, "meeting", where, "heads");
      if (meeting != null) {
        meeting = checkMeeting(meeting.trim(), m.get("meeting").location(), where);
      }
      LocalDate date = f.requiredDate(m, "date", where);
      String chair = checkSchool(m, "chair", where);
      String host = checkSchool(m, "host", where);
      String minutes = checkSchool(m, "minutes", where);
      LocalDate moveTo = f.date(m, "move-to", where);
      Boolean cancel = f.bool(m, "cancel", where);
      if (date != null && calendarComplete && !calendar.isEmpty() && !inSomeTerm(date)) {
        problems.warning(m.get("date").location(), "the override's date " + date + " is outside every term, so "
            + "no meeting can be on it; give the date the meeting is scheduled on");
      }
      if (meeting != null && date != null) {
        overrides.add(new RotaOverride(meeting, date, chair, host, minutes, moveTo, Boolean.TRUE.equals(cancel),
            m.location()));
      }
    }
  }

  private boolean inSomeTerm(LocalDate date) {
    return calendar.stream().anyMatch(y -> y.terms().stream().anyMatch(t -> t.dates().contains(date)));
  }

  private void agendaItems(Node.MapNode doc) {
    List<Node> items = f.list(Fields.value(doc, "agenda-items"), "`agenda-items`");
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "an item in `agenda-items`");
      if (m == null) {
        continue;
      }
      f.keys(m, "an agenda item", AGENDA_KEYS);
      String where = "an agenda item";
      String meeting = f.requiredText(m, "meeting", where, "heads");
      if (meeting != null) {
        meeting = checkMeeting(meeting.trim(), m.get("meeting").location(), where);
      }
      LocalDate date = f.requiredDate(m, "date", where);
      String title = f.requiredText(m, "title", where, "Moderation of writing");
      String lead = f.text(m, "lead", where);
      Integer minutes = f.integer(m, "minutes", where, 1);
      Boolean confidential = f.bool(m, "confidential", where);
      if (meeting != null && date != null && title != null) {
        agendaItems.add(new AgendaItem(meeting, date, title.trim(), lead == null ? null : lead.trim(), minutes,
            Boolean.TRUE.equals(confidential), m.location()));
      }
    }
  }

  private void plan(Node.MapNode doc) {
    List<Node> items = f.list(Fields.value(doc, "plan"), "`plan`");
    Set<String> ids = new LinkedHashSet<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "a goal in `plan`");
      if (m == null) {
        continue;
      }
      f.keys(m, "a plan item", PLAN_KEYS);
      String id = f.requiredText(m, "id", "a plan item", "P1");
      if (id != null && !ids.add(id.trim())) {
        problems.error(m.get("id").location(), "plan id `" + id + "` is used twice; give each goal its own id");
      }
      String where = id == null ? "a plan item" : "plan item `" + id + "`";
      String goal = f.requiredText(m, "goal", where, "Shared approach to early reading");
      String owner = f.text(m, "owner", where);
      if (owner != null && !isOwner(owner.trim())) {
        problems.error(m.get("owner").location(), "unknown owner `" + owner + "` of " + where + "; write a school"
            + " id or the name of someone on a roster" + Suggest.didYouMean(owner.trim(), ownerNames())
                .replace("; did", ". Did"));
      }
      LocalDate due = f.date(m, "due", where);
      String status = f.choice(m, "status", where, PLAN_STATUSES);
      if (id != null && goal != null) {
        plan.add(new PlanItem(id.trim(), goal.trim(), owner == null ? null : owner.trim(), due, status,
            m.location()));
      }
    }
  }

  /** School ids and people's names, for "did you mean" on an owner. */
  List<String> ownerNames() {
    List<String> all = new ArrayList<>(schoolIds);
    all.addAll(personNames);
    return all;
  }
}
