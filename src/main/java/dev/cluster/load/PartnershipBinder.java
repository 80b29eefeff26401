package dev.cluster.load;

import dev.cluster.model.Absence;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.BankHolidays;
import dev.cluster.model.DutyType;
import dev.cluster.model.Fairness;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.PlanItem;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.School;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the located YAML tree of {@code partnership.yaml} by hand into the model, with defaults as
 * SPEC section 2 gives them, reporting every problem (unknown keys, wrong types, bad dates, unknown
 * references) rather than stopping at the first. The sections are bound in the order they refer to
 * each other (calendar, schools with their rosters, meetings, reviews, then the items naming them),
 * whatever their order in the file; this class holds the vocabulary of keys and the top of the
 * file, one binder per section the rest.
 */
final class PartnershipBinder {
  static final Set<String> ROOT_KEYS =
      Set.of(
          "version",
          "partnership",
          "calendar",
          "schools",
          "meetings",
          "reviews",
          "overrides",
          "agenda-items",
          "plan",
          "unavailable",
          "roles",
          "venues");
  static final Set<String> PARTNERSHIP_KEYS =
      Set.of("name", "id", "area", "purpose", "time-zone", "bank-holidays", "balance");
  static final List<String> BALANCES = List.of("per-series", "across-series");
  static final Set<String> YEAR_KEYS = Set.of("year", "terms", "closures");
  static final Set<String> TERM_KEYS = Set.of("name", "start", "end", "half-term");
  static final Set<String> RANGE_KEYS = Set.of("start", "end");
  static final Set<String> CLOSURE_KEYS = Set.of("date", "reason");
  static final Set<String> SCHOOL_KEYS =
      Set.of(
          "id",
          "name",
          "address",
          "roster",
          "joined",
          "left",
          "closures",
          "focus",
          "external-reviewer",
          "columns",
          "sheet",
          "year-groups",
          "group",
          "encoding");
  static final Set<String> VENUE_KEYS = Set.of("id", "name", "address", "link");
  static final Set<String> MEETING_KEYS =
      withDuties(
          "id",
          "title",
          "attendees",
          "schedule",
          "dates",
          "time",
          "duration",
          "chair-role",
          "order",
          "start",
          "standing-items",
          "for-each-year-group");
  static final Set<String> ATTENDEES_KEYS = Set.of("roles", "year-group");
  static final Set<String> SCHEDULE_KEYS =
      Set.of("per", "weeks", "weekday", "time", "duration", "term");
  static final Set<String> REVIEW_KEYS =
      Set.of(
          "id",
          "title",
          "rounds-per-year",
          "peers",
          "reviewer-roles",
          "max-load",
          "reciprocal",
          "avoid-repeat",
          "match",
          "lead-role",
          "external",
          "history",
          "same-group",
          "forbid",
          "visit");
  static final Set<String> VISIT_KEYS = Set.of("days", "weekdays");
  static final Set<String> OVERRIDE_KEYS =
      withDutiesAndPeople("meeting", "date", "move-to", "cancel", "time", "duration");
  static final Set<String> AGENDA_KEYS =
      Set.of("meeting", "date", "title", "lead", "minutes", "confidential");
  static final Set<String> PLAN_KEYS = Set.of("id", "goal", "owner", "due", "status");
  static final List<String> PLAN_STATUSES = List.of("red", "amber", "green", "done");

  /**
   * How to read one school's roster: {@code renames} maps a roster column to the header(s) the file
   * uses instead (its {@code columns:}), {@code sheet} names a workbook's sheet (or is null),
   * {@code roles} says how roles are normalised, {@code windows1252} is {@code encoding:
   * windows-1252} (the school's exports are Windows-1252: read without the warning), or null.
   */
  record RosterSpec(
      Map<String, List<String>> renames,
      Fields.Located sheet,
      RoleNames roles,
      Fields.Located windows1252) {
    RosterSpec(Map<String, List<String>> renames, Fields.Located sheet, RoleNames roles) {
      this(renames, sheet, roles, null);
    }
  }

  /** {@code keys} and the key of every duty ({@code chair}, {@code host}, {@code minutes}). */
  private static Set<String> withDuties(String... keys) {
    Set<String> out = new HashSet<>(List.of(keys));
    for (DutyType t : DutyType.values()) {
      out.add(t.key());
    }
    return Set.copyOf(out);
  }

  /**
   * {@code keys}, the key of every duty and that of each duty's person ({@code chair-person},
   * {@code minutes-person}): an override's.
   */
  private static Set<String> withDutiesAndPeople(String... keys) {
    Set<String> out = new HashSet<>(withDuties(keys));
    for (DutyType t : DutyType.namingPeople()) {
      out.add(RotaOverride.personKey(t));
    }
    return Set.copyOf(out);
  }

  /** What SPEC section 11 adds: the balance across series and the people away. */
  Fairness fairness() {
    return new Fairness(acrossSeries, unavailable);
  }

  /** Reads one school's roster; returns null when it could not be read (already reported). */
  interface RosterSource {
    List<Person> read(String schoolId, Fields.Located roster, RosterSpec spec);

    /** A path written in partnership.yaml as reachable from the working directory. */
    String path(String inner);
  }

  private final Fields f;
  private final Problems problems;
  private final RosterSource rosters;
  private final Known known;

  /** The bound parts (null where the part is invalid; only read when there is no error). */
  String name;

  /** {@code partnership.id}, or null for the default (a slug of the name). */
  String id;

  String area;
  String purpose;
  ZoneId timeZone = ZoneId.of("Europe/London");
  BankHolidays bankHolidays = BankHolidays.ENGLAND_AND_WALES;
  List<ReviewProgramme> reviews = new ArrayList<>();
  List<RotaOverride> overrides = new ArrayList<>();
  List<AgendaItem> agendaItems = new ArrayList<>();
  List<PlanItem> plan = new ArrayList<>();

  /** {@code balance: across-series} (SPEC section 11). */
  boolean acrossSeries;

  List<Absence> unavailable = new ArrayList<>();

  PartnershipBinder(Problems problems, RosterSource rosters) {
    this.problems = problems;
    this.f = new Fields(problems);
    this.rosters = rosters;
    this.known = new Known(problems);
  }

  List<AcademicYear> calendar() {
    return known.calendar;
  }

  List<School> schools() {
    return List.copyOf(known.schools.values());
  }

  /** The venues that are not schools (SPEC section 10). */
  List<dev.cluster.model.Venue> venues() {
    return List.copyOf(known.venues.values());
  }

  List<MeetingSeries> meetings() {
    return List.copyOf(known.meetings.values());
  }

  /**
   * The ids, names and checks that files other than partnership.yaml ({@code actions.csv}) refer
   * to.
   */
  Known known() {
    return known;
  }

  void bind(Node root) {
    Node.MapNode doc = f.map(root, "partnership.yaml");
    if (doc == null) {
      return;
    }
    f.keys(doc, "partnership.yaml", ROOT_KEYS);
    version(doc);
    partnership(doc);
    known.roleNames = roles(doc);
    new CalendarBinder(f, known).bind(doc);
    new SchoolBinder(f, known, rosters).bind(doc);
    new VenueBinder(f, known).bind(doc);
    new MeetingBinder(f, known).bind(doc);
    reviews = new ReviewBinder(f, known).bind(doc);
    ItemBinder items = new ItemBinder(f, known);
    overrides = items.overrides(doc);
    agendaItems = items.agendaItems(doc);
    plan = items.plan(doc);
    unavailable = new FairnessBinder(f, known).bind(doc);
    unheldRoles();
  }

  /**
   * One warning per role that partnership.yaml names and no roster has, at its first mention, with
   * the count of what it leaves empty: the root cause, said once, instead of a warning per school
   * and meeting.
   */
  private void unheldRoles() {
    for (var e : known.unheldRoles.entrySet()) {
      String role = e.getKey();
      List<String> series = new ArrayList<>();
      for (MeetingSeries m : known.meetings.values()) {
        if (m.attendees().contains(role) || role.equals(m.chairRole())) {
          series.add(m.id());
        }
      }
      long programmes =
          reviews.stream()
              .filter(r -> r.reviewerRoles().contains(role) || role.equals(r.leadRole()))
              .count();
      List<String> affected = new ArrayList<>();
      if (!series.isEmpty()) {
        affected.add(
            series.size() == 1
                ? "meeting series `" + series.get(0) + "`"
                : series.size()
                    + " meeting series ("
                    + (series.size() <= 3
                        ? String.join(", ", series)
                        : series.get(0) + " ... " + series.get(series.size() - 1))
                    + ")");
      }
      if (programmes > 0) {
        affected.add(programmes + " review programme" + (programmes == 1 ? "" : "s"));
      }
      problems.warning(
          e.getValue().location(),
          "no one on any roster has the role `"
              + role
              + "` ("
              + e.getValue().text()
              + ")"
              + (affected.isEmpty()
                  ? ""
                  : ", which leaves "
                      + String.join(" and ", affected)
                      + " with nobody in that role")
              + "; its duties stay empty until a roster's role column has it (or map "
              + "your own spelling with `roles: { "
              + role
              + ": [...] }`)");
    }
  }

  /**
   * The partnership's own spellings of roles ({@code roles: { headteacher: [executive-headteacher]
   * }}), normalised as roster roles are and applied after the built-in normalisation, one step.
   */
  private RoleNames roles(Node.MapNode doc) {
    Node n = Fields.value(doc, "roles");
    if (n == null) {
      return RoleNames.BUILT_IN;
    }
    Node.MapNode m = f.map(n, "`roles`");
    if (m == null) {
      return RoleNames.BUILT_IN;
    }
    Map<String, String> mapping = new java.util.LinkedHashMap<>();
    for (Node.Entry e : m.entries().values()) {
      String role = Names.role(e.key());
      if (role.isEmpty()) {
        problems.error(
            e.keyLocation(),
            "`"
                + e.key()
                + "` in `roles` is not a role name; write the role the "
                + "spellings stand for, such as `headteacher`");
        continue;
      }
      List<Fields.Located> spellings =
          e.value() instanceof Node.Scalar
              ? List.of(
                  new Fields.Located(
                      f.text(e.value(), "`" + e.key() + "` in `roles`"), e.value().location()))
              : f.texts(m, e.key(), "`roles`");
      for (Fields.Located sp : spellings) {
        if (sp.text() == null) {
          continue;
        }
        String spelling = Names.role(sp.text());
        String before = mapping.get(spelling);
        if (spelling.equals(role)) {
          problems.error(
              sp.location(),
              "`" + sp.text() + "` in `roles` maps `" + role + "` to itself; remove " + "it");
        } else if (before != null && !before.equals(role)) {
          problems.error(
              sp.location(),
              "`"
                  + sp.text()
                  + "` in `roles` is mapped to both `"
                  + before
                  + "` and `"
                  + role
                  + "`; map each spelling to one role");
        } else if (spelling.isEmpty()) {
          problems.error(sp.location(), "`" + sp.text() + "` in `roles` is not a role name");
        } else {
          mapping.put(spelling, role);
        }
      }
    }
    return new RoleNames(mapping);
  }

  private void version(Node.MapNode doc) {
    Node v = Fields.value(doc, "version");
    if (v == null) {
      problems.error(
          new Location(doc.location().file(), 1, 1),
          "partnership.yaml has no `version`; add " + "`version: 1` as its first line");
      return;
    }
    String t = f.text(v, "`version`");
    if (t != null && !t.trim().equals("1")) {
      problems.error(
          v.location(), "unsupported `version: " + t + "`; this cluster reads `version: 1`");
    }
  }

  private void partnership(Node.MapNode doc) {
    Node n = Fields.value(doc, "partnership");
    if (n == null) {
      problems.error(
          doc.location(),
          "partnership.yaml has no `partnership:` section; add one with at least " + "`name:`");
      return;
    }
    Node.MapNode m = f.map(n, "`partnership`");
    if (m == null) {
      return;
    }
    f.keys(m, "`partnership`", PARTNERSHIP_KEYS);
    name = f.requiredText(m, "name", "`partnership`", "Our Schools Partnership");
    id =
        Fields.value(m, "id") == null
            ? null
            : f.id(m, "id", "`partnership`", Partnership.defaultId(name));
    area = f.text(m, "area", "`partnership`");
    purpose = f.text(m, "purpose", "`partnership`");
    String zone = f.text(m, "time-zone", "`partnership`");
    if (zone != null) {
      try {
        timeZone = ZoneId.of(zone.trim());
      } catch (java.time.DateTimeException e) {
        problems.error(
            m.get("time-zone").location(),
            "unknown time zone `"
                + zone
                + "`"
                + Fields.oneOf(
                        zone, List.copyOf(new java.util.TreeSet<>(ZoneId.getAvailableZoneIds())))
                    .replaceFirst("; use one of .*", "; use a time zone such as Europe/London"));
      }
    }
    List<String> holidays = new ArrayList<>();
    for (BankHolidays b : BankHolidays.values()) {
      holidays.add(b.key());
    }
    acrossSeries = "across-series".equals(f.choice(m, "balance", "`partnership`", BALANCES));
    String bank = f.choice(m, "bank-holidays", "`partnership`", holidays);
    if (bank != null) {
      bankHolidays = BankHolidays.values()[holidays.indexOf(bank)];
    }
  }
}
