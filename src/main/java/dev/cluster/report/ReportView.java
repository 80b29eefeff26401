package dev.cluster.report;

import dev.cluster.agenda.AgendaView;
import dev.cluster.calendar.Dates;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.PlanItem;
import dev.cluster.model.School;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.Attendance;
import dev.cluster.rota.DutyLedger;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables of {@code report.md.mustache} for one academic year, as a plain tree of maps,
 * lists, strings, numbers and booleans (every key is documented in the README, section Templates).
 * A value that does not exist is {@code null} (a false section), never a missing key. Without
 * {@code includeContact} no e-mail address is in the tree: contact fields are left out and any
 * address typed into the data is withheld.
 */
public final class ReportView {
  /** Roles listed first, in this order, in the staff table; other roles follow alphabetically. */
  static final List<String> KNOWN_ROLES =
      List.of(
          "headteacher",
          "deputy-head",
          "sendco",
          "business-manager",
          "chair-of-governors",
          "teacher");

  static final String WITHHELD = "(e-mail withheld)";

  /** How many warnings {@code report --summary} lists (the full report lists them all). */
  static final int SUMMARY_WARNINGS = 20;

  private final Partnership p;
  private final AcademicYear year;
  private final LocalDate today;
  private final boolean includeContact;
  private final List<School> members;

  /** The agenda items that are not confidential, by series (set by {@link #meetings}). */
  private Map<String, List<AgendaItem>> publicItems = Map.of();

  private ReportView(Partnership p, AcademicYear year, LocalDate today, boolean includeContact) {
    this.p = p;
    this.year = year;
    this.today = today;
    this.includeContact = includeContact;
    this.members = DataQuality.members(p, year);
  }

  /**
   * The view of {@code year}: {@code rota} is the year's meetings, {@code ledger} the duties served
   * in the year and since each series started, {@code reviews} the year's rounds per programme,
   * {@code warnings} every warning to list (load, rota, pairing, data quality).
   */
  public static Map<String, Object> of(
      Partnership p,
      AcademicYear year,
      Rota rota,
      DutyLedger ledger,
      List<ReviewResult> reviews,
      List<Diagnostic> warnings,
      LocalDate today,
      boolean includeContact) {
    ReportView r = new ReportView(p, year, today, includeContact);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("partnership", p.name());
    v.put("area", blankToNull(p.area()));
    v.put("purpose", blankToNull(p.purpose()));
    v.put("year", year.name());
    v.put("yearStart", Dates.longDate(year.start()));
    v.put("yearEnd", Dates.longDate(year.end()));
    v.put("today", Dates.longDate(today));
    v.put("includeContact", includeContact);
    v.put("schools", r.schools());
    v.put("staffByRole", r.staffByRole());
    v.put("networks", r.networks());
    List<Map<String, Object>> meetings = r.meetings(rota);
    v.put("meetings", meetings);
    v.put("ledger", r.ledger(ledger));
    v.put("termDuties", termDuties(ledger));
    v.put("hasTermDuties", !ledger.terms().isEmpty());
    v.put("gantt", new GanttView(p, year, today).of(rota, reviews));
    List<Map<String, Object>> reviewViews = new ReviewsView(p, year, r.members).of(reviews);
    v.put("reviews", reviewViews);
    v.put("plan", r.plan());
    v.put("actions", r.actions());
    v.put("attendance", RecordView.attendance(p, year));
    v.put("decisions", RecordView.decisions(p, year));
    List<Map<String, Object>> w = new ArrayList<>();
    for (Diagnostic d : warnings) {
      w.add(map("location", r.where(d.location()), "message", d.message()));
    }
    v.put("warnings", w);
    v.put("hasWarnings", !w.isEmpty());
    v.put("firstWarnings", w.subList(0, Math.min(w.size(), SUMMARY_WARNINGS)));
    v.put("moreWarnings", w.size() > SUMMARY_WARNINGS ? w.size() - SUMMARY_WARNINGS : null);
    v.put("totals", r.totals(meetings, reviewViews, w.size()));
    v.put("fullReport", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> scrubbed = (Map<String, Object>) (includeContact ? v : withhold(v));
    return scrubbed;
  }

  /**
   * A warning's place as the partnership's repository names it ({@code rosters/fleet.csv:3:2}), not
   * as the command line reached it ({@code /home/runner/work/x/rosters/fleet.csv:3:2} in CI): the
   * report is published.
   */
  private String where(Location at) {
    Path dir = p.directory().normalize();
    Path file = Path.of(at.file()).normalize();
    if (!dir.toString().isEmpty() && file.startsWith(dir)) {
      file = dir.relativize(file);
    }
    return new Location(file.toString(), at.line(), at.column()).toString();
  }

  /**
   * Member schools of the year in file order: {@code id}, {@code name}, {@code address}, {@code
   * head}, {@code chairOfGovernors}, {@code sendco} (names joined, or null), {@code staff} (roster
   * size), {@code focus}, {@code membership} (joined this year or later, or leaves; or null),
   * {@code contact} (the headteacher's e-mail, only with --include-contact).
   */
  private List<Map<String, Object>> schools() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (School s : members) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", s.id());
      v.put("name", s.name());
      v.put("address", blankToNull(s.address()));
      v.put("head", names(s.holding("headteacher", null)));
      v.put("chairOfGovernors", names(s.holding("chair-of-governors", null)));
      v.put("sendco", names(s.holding("sendco", null)));
      v.put("staff", s.staff().size());
      v.put("focus", s.focus().isEmpty() ? null : String.join(", ", s.focus()));
      v.put("membership", membership(s));
      String email = s.first("headteacher", null).map(Person::email).orElse(null);
      v.put("contact", includeContact ? blankToNull(email) : null);
      out.add(v);
    }
    return out;
  }

  /**
   * Joining is news in the year it happens (or later); leaving is worth saying whenever it is
   * planned.
   */
  private String membership(School s) {
    List<String> parts = new ArrayList<>();
    if (s.joined() != null && !s.joined().isBefore(year.start())) {
      parts.add("joined " + s.joined());
    }
    if (s.left() != null) {
      parts.add("leaves " + s.left());
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /**
   * A table of roles by member school: {@code header} (school names, then Total), {@code rows}
   * (each {@code role}, {@code cells} the counts per school, {@code total}).
   */
  private Map<String, Object> staffByRole() {
    Set<String> roles = new LinkedHashSet<>();
    Set<String> others = new TreeSet<>();
    for (School s : members) {
      for (Person person : s.staff()) {
        for (String role : person.roles()) {
          (KNOWN_ROLES.contains(role) ? roles : others).add(role);
        }
      }
    }
    List<String> ordered = new ArrayList<>(KNOWN_ROLES.stream().filter(roles::contains).toList());
    ordered.addAll(others);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String role : ordered) {
      List<String> cells = new ArrayList<>();
      int total = 0;
      for (School s : members) {
        int n = s.holding(role, null).size();
        total += n;
        cells.add(Integer.toString(n));
      }
      rows.add(map("role", role, "cells", cells, "total", total));
    }
    List<String> header = new ArrayList<>(schoolNames());
    return map("header", header, "rows", rows);
  }

  private List<String> schoolNames() {
    return members.stream().map(School::name).toList();
  }

  /**
   * Who is in each meeting series: {@code header} (member school names), {@code rows} (each {@code
   * meeting}, {@code title}, {@code roles}, {@code cells} the attendees' names per school, or
   * "nobody").
   */
  private Map<String, Object> networks() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MeetingSeries m : p.meetings()) {
      List<String> cells = new ArrayList<>();
      for (School s : members) {
        List<Person> people = Attendance.attendeesOf(s, m);
        cells.add(people.isEmpty() ? "nobody" : names(people));
      }
      rows.add(map("meeting", m.id(), "title", m.title(), "roles", rolesOf(m), "cells", cells));
    }
    return map("header", schoolNames(), "rows", rows);
  }

  private static String rolesOf(MeetingSeries m) {
    return AgendaView.roles(m);
  }

  /**
   * The year's meetings per series, in file order: {@code meeting}, {@code title}, {@code count}
   * (meetings not cancelled), {@code countLabel} ({@code 1 meeting}, {@code 3 meetings}), {@code
   * rows} (each {@code date}, {@code isoDate}, {@code day}, {@code start}, {@code end}, {@code
   * chair}, {@code host}, {@code minutes} (school names, or null), {@code items} (the titles of its
   * agenda items that are not confidential, joined with "; ", or null), {@code notes} (joined, or
   * null), {@code cancelled}), {@code hasRows}.
   */
  private List<Map<String, Object>> meetings(Rota rota) {
    Map<String, List<ScheduledMeeting>> bySeries = new LinkedHashMap<>();
    for (ScheduledMeeting m : rota.meetings()) {
      bySeries.computeIfAbsent(m.series().id(), k -> new ArrayList<>()).add(m);
    }
    Map<String, List<AgendaItem>> items = new LinkedHashMap<>();
    for (AgendaItem a : p.agendaItems()) {
      if (!a.confidential()) {
        items.computeIfAbsent(a.meeting(), k -> new ArrayList<>()).add(a);
      }
    }
    this.publicItems = items;
    List<Map<String, Object>> out = new ArrayList<>();
    for (MeetingSeries s : p.meetings()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      int count = 0;
      int cancelled = 0;
      Map<String, Object> next = null;
      for (ScheduledMeeting m : bySeries.getOrDefault(s.id(), List.of())) {
        count += m.cancelled() ? 0 : 1;
        cancelled += m.cancelled() ? 1 : 0;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", Dates.longDate(m.date()));
        v.put("isoDate", AgendaView.iso(m.date()));
        v.put("day", Dates.weekdayName(m.date().getDayOfWeek()));
        v.put("start", m.start().toString());
        v.put("end", m.end().toString());
        for (DutyType t : DutyType.values()) {
          v.put(t.key(), schoolOf(m.duty(t)));
        }
        v.put("items", publicItems(m));
        v.put("notes", m.notes().isEmpty() ? null : String.join("; ", m.notes()));
        v.put("cancelled", m.cancelled());
        rows.add(v);
        if (next == null && !m.cancelled() && !m.date().isBefore(today)) {
          next = v;
        }
      }
      out.add(
          map(
              "meeting",
              s.id(),
              "title",
              s.title(),
              "count",
              count,
              "countLabel",
              count + (count == 1 ? " meeting" : " meetings"),
              "cancelledCount",
              cancelled,
              "next",
              next,
              "rows",
              rows,
              "hasRows",
              !rows.isEmpty()));
    }
    return out;
  }

  private static String schoolOf(Assignment a) {
    // a venue's online meeting link is shown with it (SPEC section 10)
    return a == null
        ? null
        : a.link() == null ? a.placeName() : a.placeName() + " (online: " + a.link() + ")";
  }

  /**
   * The agenda items of a meeting that may be published: confidential ones are never in a report.
   */
  private String publicItems(ScheduledMeeting m) {
    List<String> titles = new ArrayList<>();
    for (AgendaItem a : publicItems.getOrDefault(m.series().id(), List.of())) {
      if (m.answersTo(a.date())) {
        titles.add(a.title());
      }
    }
    return titles.isEmpty() ? null : String.join("; ", titles);
  }

  /**
   * Who served each duty, per series: {@code meeting}, {@code title}, {@code rows} (each school in
   * the series' rotation or that served: {@code school} and its {@code chair}, {@code host}, {@code
   * minutes}, each "this year (since the series started)", or "-" for a duty the series does not
   * have).
   */
  private List<Map<String, Object>> ledger(DutyLedger ledger) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (MeetingSeries s : p.meetings()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (DutyLedger.Row row : ledger.rows(s)) {
        DutyLedger.Counts y = row.window();
        DutyLedger.Counts all = row.total();
        Map<String, Object> r = map("school", row.school().name());
        for (DutyType t : DutyType.values()) {
          r.put(t.key(), count(s.duty(t), y.of(t), all.of(t)));
        }
        rows.add(r);
      }
      out.add(map("meeting", s.id(), "title", s.title(), "rows", rows));
    }
    return out;
  }

  /**
   * The partnership-wide view of the ledger: per term of the year, {@code term} and {@code rows}
   * (each school's {@code school} and its {@code chair}, {@code host}, {@code minutes} across every
   * series).
   */
  private static List<Map<String, Object>> termDuties(DutyLedger ledger) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DutyLedger.TermTotal t : ledger.terms()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (DutyLedger.SchoolTotal row : t.schools()) {
        Map<String, Object> r = map("school", row.school().name());
        for (DutyType d : DutyType.values()) {
          r.put(d.key(), row.counts().of(d));
        }
        rows.add(r);
      }
      out.add(map("term", t.term(), "rows", rows));
    }
    return out;
  }

  private static String count(Duty duty, int year, int total) {
    return duty.kind() == Duty.Kind.NONE ? "-" : year + " (" + total + ")";
  }

  /**
   * The headline counts of {@code report --summary}: {@code schools} (members this year), {@code
   * staff} (on their rosters), {@code series}, {@code meetings} (this year's, not cancelled),
   * {@code cancelled}, {@code programmes}, {@code teams} (this year's review teams), {@code visits}
   * (teams with a visit date), {@code warnings}.
   */
  private Map<String, Object> totals(
      List<Map<String, Object>> meetings, List<Map<String, Object>> reviews, int warnings) {
    int held = 0;
    int cancelled = 0;
    for (Map<String, Object> m : meetings) {
      held += (int) m.get("count");
      cancelled += (int) m.get("cancelledCount");
    }
    int teams = 0;
    int visits = 0;
    for (Map<String, Object> r : reviews) {
      for (Object round : (List<?>) r.get("rounds")) {
        teams += (int) ((Map<?, ?>) round).get("teamCount");
        visits += (int) ((Map<?, ?>) round).get("visitCount");
      }
    }
    return map(
        "schools",
        members.size(),
        "staff",
        members.stream().mapToInt(s -> s.staff().size()).sum(),
        "series",
        p.meetings().size(),
        "meetings",
        held,
        "cancelled",
        cancelled,
        "programmes",
        p.reviews().size(),
        "teams",
        teams,
        "visits",
        visits,
        "warnings",
        warnings);
  }

  /**
   * The development plan: {@code items} in file order (each {@code id}, {@code goal}, {@code
   * owner}, {@code due}, {@code status}, {@code overdue}), {@code rag} counts ({@code red}, {@code
   * amber}, {@code green}, {@code done}, {@code other}), {@code overdue} (the overdue items),
   * {@code hasItems}, {@code hasOverdue}. An item is overdue when its due date is before today and
   * it is not done.
   */
  private Map<String, Object> plan() {
    List<Map<String, Object>> items = new ArrayList<>();
    List<Map<String, Object>> overdue = new ArrayList<>();
    Map<String, Integer> rag = new LinkedHashMap<>();
    for (String k : List.of("red", "amber", "green", "done", "other")) {
      rag.put(k, 0);
    }
    for (PlanItem item : p.plan()) {
      String status = item.status() == null ? "" : item.status().toLowerCase(Locale.ROOT).trim();
      rag.merge(
          rag.containsKey(status) && !status.equals("other") ? status : "other", 1, Integer::sum);
      boolean late = item.due() != null && item.due().isBefore(today) && !status.equals("done");
      Map<String, Object> v =
          map(
              "id",
              item.id(),
              "goal",
              item.goal(),
              "owner",
              AgendaView.owner(p, item.owner()),
              "due",
              AgendaView.iso(item.due()),
              "status",
              status.isEmpty() ? null : status,
              "overdue",
              late);
      items.add(v);
      if (late) {
        overdue.add(v);
      }
    }
    return map(
        "items",
        items,
        "rag",
        rag,
        "overdue",
        overdue,
        "hasItems",
        !items.isEmpty(),
        "hasOverdue",
        !overdue.isEmpty());
  }

  /**
   * Open actions of every series in file order: {@code open} (each as in the agenda: {@code id},
   * {@code meeting}, {@code action}, {@code owner}, {@code raised}, {@code due}, {@code overdue}),
   * {@code overdue} (those overdue), {@code openCount}, {@code overdueCount}, {@code hasOpen},
   * {@code hasOverdue}.
   */
  private Map<String, Object> actions() {
    List<AgendaView.ActionView> open = new ArrayList<>();
    List<AgendaView.ActionView> overdue = new ArrayList<>();
    for (Action a : p.actions()) {
      if (a.open()) {
        AgendaView.ActionView v = AgendaView.action(p, a, today);
        open.add(v);
        if (a.isOverdue(today)) {
          overdue.add(v);
        }
      }
    }
    return map(
        "open",
        open,
        "overdue",
        overdue,
        "openCount",
        open.size(),
        "overdueCount",
        overdue.size(),
        "hasOpen",
        !open.isEmpty(),
        "hasOverdue",
        !overdue.isEmpty());
  }

  private static String names(List<Person> people) {
    return people.isEmpty() ? null : String.join(", ", people.stream().map(Person::name).toList());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * Every string in the tree with each e-mail address replaced: nothing typed into the data leaks
   * one.
   */
  static Object withhold(Object node) {
    if (node instanceof String s) {
      return Emails.replace(s, WITHHELD);
    }
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, withhold(v)));
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(withhold(x)));
      return out;
    }
    if (node instanceof Record r) {
      return withheldCopy(r);
    }
    return node;
  }

  /**
   * A copy of a view record (the agenda's, shared with the report) with its strings withheld
   * likewise.
   */
  private static Object withheldCopy(Record r) {
    java.lang.reflect.RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = withhold(components[i].getAccessor().invoke(r));
        types[i] = components[i].getType();
      }
      return r.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy view record " + r.getClass().getName(), e);
    }
  }

  /** A map of alternating keys and values, in order (values may be null). */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
