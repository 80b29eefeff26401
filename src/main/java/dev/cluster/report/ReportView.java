package dev.cluster.report;

import dev.cluster.calendar.Dates;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.IsoDate;
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
import dev.cluster.view.ActionView;
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
import java.util.function.Function;

/**
 * The variables of {@code report.md.mustache} and {@code report-summary.md.mustache} for one
 * academic year, as records of strings, numbers, booleans, lists and records, so that every
 * variable a template can use is a record component here (and in the README, section Templates). A
 * value that does not exist is {@code null} (a false section), never a missing name. Without {@code
 * includeContact} no e-mail address is in the view: contact fields are left out and any address
 * typed into the data is withheld.
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

  /** The statuses of plan items counted by name, in {@link Rag}'s order; others count as other. */
  private static final List<String> RAG = List.of("red", "amber", "green", "done");

  /** How many warnings {@code report --summary} lists (the full report lists them all). */
  static final int SUMMARY_WARNINGS = 20;

  /**
   * The report's view: the partnership and the year, the member schools, who attends what, the
   * year's meetings and duties, the calendar, peer reviews, plan, actions, attendance register,
   * decision log, warnings (all of them, and the summary's {@code firstWarnings} and {@code
   * moreWarnings}), the summary's {@code totals}, and {@code fullReport} (in the summary, the file
   * the full report went to; null).
   */
  public record View(
      String partnership,
      String area,
      String purpose,
      String year,
      String yearStart,
      String yearEnd,
      String today,
      boolean includeContact,
      List<MemberSchool> schools,
      Table<RoleRow> staffByRole,
      Table<NetworkRow> networks,
      List<SeriesMeetings> meetings,
      List<SeriesLedger> ledger,
      List<TermDuties> termDuties,
      boolean hasTermDuties,
      GanttView.Chart gantt,
      List<ReviewsView.Programme> reviews,
      Plan plan,
      Actions actions,
      RecordView.Register attendance,
      RecordView.DecisionLog decisions,
      List<Warning> warnings,
      boolean hasWarnings,
      List<Warning> firstWarnings,
      Integer moreWarnings,
      Totals totals,
      String fullReport) {
    /** The same view naming where the full report is ({@code report --summary --full}). */
    public View withFullReport(String file) {
      return new View(
          partnership,
          area,
          purpose,
          year,
          yearStart,
          yearEnd,
          today,
          includeContact,
          schools,
          staffByRole,
          networks,
          meetings,
          ledger,
          termDuties,
          hasTermDuties,
          gantt,
          reviews,
          plan,
          actions,
          attendance,
          decisions,
          warnings,
          hasWarnings,
          firstWarnings,
          moreWarnings,
          totals,
          file);
    }
  }

  /**
   * A member school of the year: {@code head}, {@code chairOfGovernors}, {@code sendco} (names
   * joined, or null), {@code staff} (roster size), {@code focus}, {@code membership} (joined this
   * year or later, or leaves; or null), {@code contact} (the headteacher's e-mail, only with
   * --include-contact).
   */
  public record MemberSchool(
      String id,
      String name,
      String address,
      String head,
      String chairOfGovernors,
      String sendco,
      int staff,
      String focus,
      String membership,
      String contact) {}

  /** A table with a column per member school: {@code header} (their names) and {@code rows}. */
  public record Table<R>(List<String> header, List<R> rows) {}

  /** A role in the staff table: {@code cells} the counts per school, and the {@code total}. */
  public record RoleRow(String role, List<String> cells, int total) {}

  /**
   * A meeting series in the networks table: {@code roles} invited, {@code cells} the attendees'
   * names per school (or "nobody").
   */
  public record NetworkRow(String meeting, String title, String roles, List<String> cells) {}

  /**
   * A series' meetings this year: {@code count} (not cancelled), {@code countLabel} ({@code 1
   * meeting}), {@code cancelledCount}, {@code next} (the first row on or after today that is not
   * cancelled, or null), {@code rows}, {@code hasRows}.
   */
  public record SeriesMeetings(
      String meeting,
      String title,
      int count,
      String countLabel,
      int cancelledCount,
      MeetingRow next,
      List<MeetingRow> rows,
      boolean hasRows) {}

  /**
   * A meeting: {@code chair}, {@code host}, {@code minutes} (school names, or null), {@code items}
   * (the titles of its agenda items that are not confidential, joined with "; ", or null), {@code
   * notes} (joined, or null), {@code cancelled}.
   */
  public record MeetingRow(
      String date,
      String isoDate,
      String day,
      String start,
      String end,
      String chair,
      String host,
      String minutes,
      String items,
      String notes,
      boolean cancelled) {}

  /** Who served each duty of a series: its {@code meeting}, {@code title} and {@code rows}. */
  public record SeriesLedger(String meeting, String title, List<SchoolDuties> rows) {}

  /** The partnership's duties in one {@code term} ({@code Autumn 2026-27}), per school. */
  public record TermDuties(String term, List<SchoolDuties> rows) {}

  /**
   * A school's duties: {@code chair}, {@code host}, {@code minutes} (in the ledger "this year
   * (since the series started)", or "-" for a duty the series does not have; in a term, the count).
   */
  public record SchoolDuties(String school, String chair, String host, String minutes) {}

  /**
   * The development plan: {@code items} in file order, {@code rag} counts, {@code overdue} (the
   * overdue items), {@code hasItems}, {@code hasOverdue}.
   */
  public record Plan(
      List<PlanRow> items, Rag rag, List<PlanRow> overdue, boolean hasItems, boolean hasOverdue) {}

  /**
   * A plan item: {@code owner} (a school's name or a person), {@code due} (ISO, or null), {@code
   * status} (lower case, or null), {@code overdue} (due before today and not done).
   */
  public record PlanRow(
      String id, String goal, String owner, String due, String status, boolean overdue) {}

  /** How many plan items have each status; {@code other} is any other (or none). */
  public record Rag(int red, int amber, int green, int done, int other) {}

  /**
   * Open actions of every series in file order: {@code open}, {@code overdue} (each as in the
   * agenda), {@code openCount}, {@code overdueCount}, {@code hasOpen}, {@code hasOverdue}.
   */
  public record Actions(
      List<ActionView> open,
      List<ActionView> overdue,
      int openCount,
      int overdueCount,
      boolean hasOpen,
      boolean hasOverdue) {}

  /** A warning: {@code location} ({@code rosters/fleet.csv:3:2}) and {@code message}. */
  public record Warning(String location, String message) {}

  /**
   * The headline counts of {@code report --summary}: {@code schools} (members this year), {@code
   * staff} (on their rosters), {@code series}, {@code meetings} (this year's, not cancelled),
   * {@code cancelled}, {@code programmes}, {@code teams} (this year's review teams), {@code visits}
   * (teams with a visit date), {@code warnings}.
   */
  public record Totals(
      int schools,
      int staff,
      int series,
      int meetings,
      int cancelled,
      int programmes,
      int teams,
      int visits,
      int warnings) {}

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
  public static View of(
      Partnership p,
      AcademicYear year,
      Rota rota,
      DutyLedger ledger,
      List<ReviewResult> reviews,
      List<Diagnostic> warnings,
      LocalDate today,
      boolean includeContact) {
    ReportView r = new ReportView(p, year, today, includeContact);
    List<SeriesMeetings> meetings = r.meetings(rota);
    List<ReviewsView.Programme> reviewViews = new ReviewsView(p, year, r.members).of(reviews);
    List<Warning> w = new ArrayList<>();
    for (Diagnostic d : warnings) {
      w.add(new Warning(r.where(d.location()), d.message()));
    }
    View v =
        new View(
            p.name(),
            blankToNull(p.area()),
            blankToNull(p.purpose()),
            year.name(),
            Dates.longDate(year.start()),
            Dates.longDate(year.end()),
            Dates.longDate(today),
            includeContact,
            r.schools(),
            r.staffByRole(),
            r.networks(),
            meetings,
            r.ledger(ledger),
            termDuties(ledger),
            !ledger.terms().isEmpty(),
            new GanttView(p, year, today).of(rota, reviews),
            reviewViews,
            r.plan(),
            r.actions(),
            RecordView.attendance(p, year),
            RecordView.decisions(p, year),
            w,
            !w.isEmpty(),
            w.subList(0, Math.min(w.size(), SUMMARY_WARNINGS)),
            w.size() > SUMMARY_WARNINGS ? w.size() - SUMMARY_WARNINGS : null,
            r.totals(meetings, reviewViews, w.size()),
            null);
    return includeContact ? v : (View) withhold(v);
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

  /** The member schools of the year, in file order. */
  private List<MemberSchool> schools() {
    List<MemberSchool> out = new ArrayList<>();
    for (School s : members) {
      String email = s.first("headteacher", null).map(Person::email).orElse(null);
      out.add(
          new MemberSchool(
              s.id(),
              s.name(),
              blankToNull(s.address()),
              names(s.holding("headteacher", null)),
              names(s.holding("chair-of-governors", null)),
              names(s.holding("sendco", null)),
              s.staff().size(),
              s.focus().isEmpty() ? null : String.join(", ", s.focus()),
              membership(s),
              includeContact ? blankToNull(email) : null));
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

  /** How many of each school's staff hold each role: {@link #KNOWN_ROLES} first, then others. */
  private Table<RoleRow> staffByRole() {
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
    List<RoleRow> rows = new ArrayList<>();
    for (String role : ordered) {
      List<String> cells = new ArrayList<>();
      int total = 0;
      for (School s : members) {
        int n = s.holding(role, null).size();
        total += n;
        cells.add(Integer.toString(n));
      }
      rows.add(new RoleRow(role, cells, total));
    }
    return new Table<>(new ArrayList<>(schoolNames()), rows);
  }

  private List<String> schoolNames() {
    return members.stream().map(School::name).toList();
  }

  /** Who of each member school attends each meeting series. */
  private Table<NetworkRow> networks() {
    List<NetworkRow> rows = new ArrayList<>();
    for (MeetingSeries m : p.meetings()) {
      List<String> cells = new ArrayList<>();
      for (School s : members) {
        List<Person> people = Attendance.attendeesOf(s, m);
        cells.add(people.isEmpty() ? "nobody" : names(people));
      }
      rows.add(new NetworkRow(m.id(), m.title(), m.whoAttends(), cells));
    }
    return new Table<>(schoolNames(), rows);
  }

  /** The year's meetings per series, in file order. */
  private List<SeriesMeetings> meetings(Rota rota) {
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
    List<SeriesMeetings> out = new ArrayList<>();
    for (MeetingSeries s : p.meetings()) {
      List<MeetingRow> rows = new ArrayList<>();
      int count = 0;
      int cancelled = 0;
      MeetingRow next = null;
      for (ScheduledMeeting m : bySeries.getOrDefault(s.id(), List.of())) {
        count += m.cancelled() ? 0 : 1;
        cancelled += m.cancelled() ? 1 : 0;
        MeetingRow v =
            new MeetingRow(
                Dates.longDate(m.date()),
                IsoDate.format(m.date()),
                Dates.weekdayName(m.date().getDayOfWeek()),
                m.start().toString(),
                m.end().toString(),
                schoolOf(m.duty(DutyType.CHAIR)),
                schoolOf(m.duty(DutyType.HOST)),
                schoolOf(m.duty(DutyType.MINUTES)),
                publicItems(m),
                m.notes().isEmpty() ? null : String.join("; ", m.notes()),
                m.cancelled());
        rows.add(v);
        if (next == null && !m.cancelled() && !m.date().isBefore(today)) {
          next = v;
        }
      }
      out.add(
          new SeriesMeetings(
              s.id(),
              s.title(),
              count,
              count + (count == 1 ? " meeting" : " meetings"),
              cancelled,
              next,
              rows,
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

  /** Who served each duty, per series: each school in the series' rotation or that served. */
  private List<SeriesLedger> ledger(DutyLedger ledger) {
    List<SeriesLedger> out = new ArrayList<>();
    for (MeetingSeries s : p.meetings()) {
      List<SchoolDuties> rows = new ArrayList<>();
      for (DutyLedger.Row row : ledger.rows(s)) {
        DutyLedger.Counts y = row.window();
        DutyLedger.Counts all = row.total();
        rows.add(duties(row.school().name(), t -> count(s.duty(t), y.of(t), all.of(t))));
      }
      out.add(new SeriesLedger(s.id(), s.title(), rows));
    }
    return out;
  }

  /** The partnership-wide ledger: per term of the year, each school's duties in every series. */
  private static List<TermDuties> termDuties(DutyLedger ledger) {
    List<TermDuties> out = new ArrayList<>();
    for (DutyLedger.TermTotal t : ledger.terms()) {
      List<SchoolDuties> rows = new ArrayList<>();
      for (DutyLedger.SchoolTotal row : t.schools()) {
        rows.add(duties(row.school().name(), d -> Integer.toString(row.counts().of(d))));
      }
      out.add(new TermDuties(t.term(), rows));
    }
    return out;
  }

  /** A school's row of duties, each cell as {@code cell} words it. */
  private static SchoolDuties duties(String school, Function<DutyType, String> cell) {
    return new SchoolDuties(
        school,
        cell.apply(DutyType.CHAIR),
        cell.apply(DutyType.HOST),
        cell.apply(DutyType.MINUTES));
  }

  private static String count(Duty duty, int year, int total) {
    return duty.kind() == Duty.Kind.NONE ? "-" : year + " (" + total + ")";
  }

  /** The headline counts of {@code report --summary}. */
  private Totals totals(
      List<SeriesMeetings> meetings, List<ReviewsView.Programme> reviews, int warnings) {
    int held = 0;
    int cancelled = 0;
    for (SeriesMeetings m : meetings) {
      held += m.count();
      cancelled += m.cancelledCount();
    }
    int teams = 0;
    int visits = 0;
    for (ReviewsView.Programme r : reviews) {
      for (ReviewsView.Round round : r.rounds()) {
        teams += round.teamCount();
        visits += round.visitCount();
      }
    }
    return new Totals(
        members.size(),
        members.stream().mapToInt(s -> s.staff().size()).sum(),
        p.meetings().size(),
        held,
        cancelled,
        p.reviews().size(),
        teams,
        visits,
        warnings);
  }

  /**
   * The development plan. An item is overdue when its due date is before today and it is not done.
   */
  private Plan plan() {
    List<PlanRow> items = new ArrayList<>();
    List<PlanRow> overdue = new ArrayList<>();
    // red, amber, green, done, and any other status (or none)
    int[] rag = new int[RAG.size() + 1];
    for (PlanItem item : p.plan()) {
      String status = item.status() == null ? "" : item.status().toLowerCase(Locale.ROOT).trim();
      int k = RAG.indexOf(status);
      rag[k < 0 ? RAG.size() : k]++;
      boolean late = item.due() != null && item.due().isBefore(today) && !status.equals("done");
      PlanRow v =
          new PlanRow(
              item.id(),
              item.goal(),
              p.ownerName(item.owner()),
              IsoDate.format(item.due()),
              status.isEmpty() ? null : status,
              late);
      items.add(v);
      if (late) {
        overdue.add(v);
      }
    }
    return new Plan(
        items,
        new Rag(rag[0], rag[1], rag[2], rag[3], rag[4]),
        overdue,
        !items.isEmpty(),
        !overdue.isEmpty());
  }

  /** Open actions of every series, in file order. */
  private Actions actions() {
    List<ActionView> open = new ArrayList<>();
    List<ActionView> overdue = new ArrayList<>();
    for (Action a : p.actions()) {
      if (a.open()) {
        ActionView v = ActionView.of(p, a, today);
        open.add(v);
        if (a.isOverdue(today)) {
          overdue.add(v);
        }
      }
    }
    return new Actions(
        open, overdue, open.size(), overdue.size(), !open.isEmpty(), !overdue.isEmpty());
  }

  private static String names(List<Person> people) {
    return people.isEmpty() ? null : String.join(", ", people.stream().map(Person::name).toList());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * Every string in the view (records, lists) with each e-mail address replaced: nothing typed into
   * the data leaks one.
   */
  static Object withhold(Object node) {
    if (node instanceof String s) {
      return Emails.replace(s, WITHHELD);
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

  /** A copy of a view record with its strings withheld likewise. */
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
}
