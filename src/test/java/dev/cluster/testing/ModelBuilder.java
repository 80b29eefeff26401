package dev.cluster.testing;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.BankHolidays;
import dev.cluster.model.Closure;
import dev.cluster.model.DateRange;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyMap;
import dev.cluster.model.DutyType;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.Person;
import dev.cluster.model.PlanItem;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.model.Term;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds model partnerships in code for planner tests (no YAML): sensible defaults, every part
 * replaceable. Shared by the rota, pairing, agenda and report tests so that none of them writes its
 * own.
 */
public final class ModelBuilder {
  public static final Location HERE = new Location("partnership.yaml", 1, 1);

  private ModelBuilder() {}

  /** An England academic year {@code 2026-27} with three terms and half-terms, no closures. */
  public static AcademicYear year2026() {
    return year("2026-27", LocalDate.of(2026, 9, 2), List.of());
  }

  /**
   * A three-term year named {@code name} starting on {@code autumnStart}, shaped like an England
   * year.
   */
  public static AcademicYear year(String name, LocalDate autumnStart, List<Closure> closures) {
    LocalDate a = autumnStart;
    int y = a.getYear();
    return new AcademicYear(
        name,
        List.of(
            term(
                "Autumn",
                a,
                LocalDate.of(y, 12, 18),
                LocalDate.of(y, 10, 26),
                LocalDate.of(y, 10, 30)),
            term(
                "Spring",
                LocalDate.of(y + 1, 1, 5),
                LocalDate.of(y + 1, 3, 26),
                LocalDate.of(y + 1, 2, 15),
                LocalDate.of(y + 1, 2, 19)),
            term(
                "Summer",
                LocalDate.of(y + 1, 4, 12),
                LocalDate.of(y + 1, 7, 21),
                LocalDate.of(y + 1, 5, 31),
                LocalDate.of(y + 1, 6, 4))),
        closures,
        HERE);
  }

  /** A term with a half-term (pass null half-term dates for none). */
  public static Term term(
      String name, LocalDate start, LocalDate end, LocalDate halfStart, LocalDate halfEnd) {
    return new Term(
        name,
        new DateRange(start, end),
        halfStart == null ? null : new DateRange(halfStart, halfEnd),
        HERE);
  }

  /**
   * A person with one or more roles (first is the main one), no e-mail, year group or expertise.
   */
  public static Person person(String id, String name, String... roles) {
    return new Person(id, name, List.of(roles), null, null, List.of(), List.of(), 2);
  }

  /**
   * A school {@code id} with a headteacher, a deputy, a SENDCo and a teacher per year group FS..Y6.
   */
  public static School school(String id) {
    List<Person> staff = new ArrayList<>();
    staff.add(person(id + "-head", "Head of " + id, "headteacher"));
    staff.add(person(id + "-deputy", "Deputy of " + id, "deputy-head"));
    staff.add(person(id + "-sendco", "SENDCo of " + id, "sendco"));
    for (String yg : List.of("FS", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6")) {
      staff.add(
          new Person(
              id + "-" + yg.toLowerCase(),
              yg + " teacher of " + id,
              List.of("teacher"),
              null,
              yg,
              List.of(),
              List.of(),
              staff.size() + 2));
    }
    return school(id, staff);
  }

  /** A school with the given staff, always a member, never closed. */
  public static School school(String id, List<Person> staff) {
    return new School(
        id,
        id + " Primary School",
        id + " Road",
        "rosters/" + id + ".csv",
        null,
        null,
        List.of(),
        List.of(),
        null,
        staff,
        HERE);
  }

  /**
   * A heads' meeting series: per half-term, week 3, Tuesday 09:30 for 2 hours, chair rotate, host
   * chair.
   */
  public static MeetingSeries heads(List<String> order) {
    return series(
        "heads",
        new Schedule(Period.HALF_TERM, List.of(3), DayOfWeek.TUESDAY, null),
        Duty.ROTATE,
        Duty.CHAIR,
        Duty.ROTATE,
        order);
  }

  /**
   * A series with the given schedule and duties, attendees and chair role headteacher, anchored
   * 2026-09-01.
   */
  public static MeetingSeries series(
      String id, Schedule schedule, Duty chair, Duty host, Duty minutes, List<String> order) {
    return new MeetingSeries(
        id,
        "Meeting " + id,
        List.of("headteacher"),
        null,
        id,
        schedule,
        List.of(),
        LocalTime.of(9, 30),
        120,
        duties(chair, host, minutes),
        "headteacher",
        order,
        LocalDate.of(2026, 9, 1),
        List.of("Welcome and apologies"),
        HERE);
  }

  /**
   * A review programme with one peer headteacher, reciprocal avoid, avoid-repeat 1, no focus
   * matching.
   */
  public static ReviewProgramme review(String id, int peers) {
    return new ReviewProgramme(
        id,
        "Review " + id,
        1,
        peers,
        List.of("headteacher"),
        null,
        ReviewProgramme.Reciprocal.AVOID,
        1,
        false,
        "headteacher",
        false,
        "history/*.csv",
        HERE);
  }

  /** A partnership named {@code Test Partnership} in England with these parts and nothing else. */
  public static Partnership partnership(
      List<AcademicYear> years,
      List<School> schools,
      List<MeetingSeries> meetings,
      List<ReviewProgramme> reviews,
      List<RotaOverride> overrides) {
    return partnership(years, schools, meetings, reviews, overrides, List.of());
  }

  /** As {@link #partnership(List, List, List, List, List)}, with pairing history rows. */
  public static Partnership partnership(
      List<AcademicYear> years,
      List<School> schools,
      List<MeetingSeries> meetings,
      List<ReviewProgramme> reviews,
      List<RotaOverride> overrides,
      List<HistoryRow> history) {
    return new Partnership(
        "partnership.yaml",
        Path.of("."),
        "Test Partnership",
        "Somewhere",
        "Testing",
        ZoneId.of("Europe/London"),
        BankHolidays.ENGLAND_AND_WALES,
        years,
        schools,
        meetings,
        reviews,
        overrides,
        List.of(),
        List.of(),
        List.of(),
        history);
  }

  /** The same partnership with these pairing history rows instead of its own. */
  public static Partnership withHistory(Partnership p, List<HistoryRow> history) {
    return new Partnership(
        p.file(),
        p.directory(),
        p.name(),
        p.area(),
        p.purpose(),
        p.timeZone(),
        p.bankHolidays(),
        p.calendar(),
        p.schools(),
        p.meetings(),
        p.reviews(),
        p.overrides(),
        p.agendaItems(),
        p.plan(),
        p.actions(),
        history);
  }

  /**
   * A history row: in {@code year} round {@code round} of {@code programme}, a peer from one school
   * reviewed another.
   */
  public static HistoryRow historyRow(
      String programme,
      String year,
      int round,
      String school,
      String reviewer,
      String reviewerSchool) {
    return new HistoryRow(programme, year, round, school, reviewer, reviewerSchool, "peer", HERE);
  }

  /** A person with roles and expertise tags. */
  public static Person expert(String id, String name, List<String> roles, List<String> expertise) {
    return new Person(id, name, roles, null, null, List.of(), expertise, 2);
  }

  /**
   * A school with staff, a focus, an external reviewer (may be null) and membership dates (may be
   * null).
   */
  public static School school(
      String id,
      List<Person> staff,
      List<String> focus,
      String external,
      LocalDate joined,
      LocalDate left) {
    return new School(
        id,
        id + " Primary School",
        id + " Road",
        "rosters/" + id + ".csv",
        joined,
        left,
        List.of(),
        focus,
        external,
        staff,
        HERE);
  }

  /** A review programme with every key given. */
  public static ReviewProgramme review(
      String id,
      int rounds,
      int peers,
      List<String> roles,
      Integer maxLoad,
      ReviewProgramme.Reciprocal reciprocal,
      int avoidRepeat,
      boolean focus) {
    return new ReviewProgramme(
        id,
        "Review " + id,
        rounds,
        peers,
        roles,
        maxLoad,
        reciprocal,
        avoidRepeat,
        focus,
        "headteacher",
        true,
        "history/*.csv",
        HERE);
  }

  /**
   * {@code p} with these agenda items, plan, actions and history rows (for agenda and report
   * tests).
   */
  public static Partnership withRecords(
      Partnership p,
      List<AgendaItem> agendaItems,
      List<PlanItem> plan,
      List<Action> actions,
      List<HistoryRow> history) {
    return new Partnership(
        p.file(),
        p.directory(),
        p.name(),
        p.area(),
        p.purpose(),
        p.timeZone(),
        p.bankHolidays(),
        p.calendar(),
        p.schools(),
        p.meetings(),
        p.reviews(),
        p.overrides(),
        agendaItems,
        plan,
        actions,
        history);
  }

  /** {@code p} read from (and with its {@code templates/} folder in) {@code directory}. */
  public static Partnership inDirectory(Partnership p, Path directory) {
    return new Partnership(
        directory.resolve("partnership.yaml").toString(),
        directory,
        p.name(),
        p.area(),
        p.purpose(),
        p.timeZone(),
        p.bankHolidays(),
        p.calendar(),
        p.schools(),
        p.meetings(),
        p.reviews(),
        p.overrides(),
        p.agendaItems(),
        p.plan(),
        p.actions(),
        p.history());
  }

  /** The same school with its own closed days (reason INSET). */
  public static School closed(School s, LocalDate... days) {
    List<Closure> closures = new ArrayList<>(s.closures());
    for (LocalDate d : days) {
      closures.add(new Closure(d, "INSET", HERE));
    }
    return new School(
        s.id(),
        s.name(),
        s.address(),
        s.roster(),
        s.joined(),
        s.left(),
        closures,
        s.focus(),
        s.externalReviewer(),
        s.staff(),
        s.location());
  }

  /**
   * The same school, a member from {@code joined} to {@code left} inclusive (either may be null).
   */
  public static School member(School s, LocalDate joined, LocalDate left) {
    return new School(
        s.id(),
        s.name(),
        s.address(),
        s.roster(),
        joined,
        left,
        s.closures(),
        s.focus(),
        s.externalReviewer(),
        s.staff(),
        s.location());
  }

  /** Schools {@code ids} built with {@link #school(String)}. */
  public static List<School> schools(String... ids) {
    List<School> out = new ArrayList<>();
    for (String id : ids) {
      out.add(school(id));
    }
    return out;
  }

  /**
   * An override of the meeting of {@code meeting} on {@code date} (school ids and move-to may be
   * null).
   */
  public static RotaOverride override(
      String meeting,
      LocalDate date,
      String chair,
      String host,
      String minutes,
      LocalDate moveTo,
      boolean cancel) {
    return new RotaOverride(meeting, date, duties(chair, host, minutes), moveTo, cancel, HERE);
  }

  /**
   * The chair's, the host's and the minute-taker's value as a map keyed by {@link DutyType}, as the
   * model's records hold their duties (a null value is left out).
   */
  public static <V> Map<DutyType, V> duties(V chair, V host, V minutes) {
    Map<DutyType, V> duties = new EnumMap<>(DutyType.class);
    duties.put(DutyType.CHAIR, chair);
    duties.put(DutyType.HOST, host);
    duties.put(DutyType.MINUTES, minutes);
    return DutyMap.copyOf(duties);
  }

  /** The same series with explicit dates instead of a schedule. */
  public static MeetingSeries withDates(MeetingSeries m, LocalDate... dates) {
    return new MeetingSeries(
        m.id(),
        m.title(),
        m.attendees(),
        m.yearGroup(),
        m.group(),
        null,
        List.of(dates),
        m.time(),
        m.duration(),
        m.duties(),
        m.chairRole(),
        m.order(),
        m.start(),
        m.standingItems(),
        m.location());
  }

  /** The same series with another rotation anchor. */
  public static MeetingSeries withStart(MeetingSeries m, LocalDate start) {
    return new MeetingSeries(
        m.id(),
        m.title(),
        m.attendees(),
        m.yearGroup(),
        m.group(),
        m.schedule(),
        m.dates(),
        m.time(),
        m.duration(),
        m.duties(),
        m.chairRole(),
        m.order(),
        start,
        m.standingItems(),
        m.location());
  }

  /** A partnership of these years, schools and meetings with these overrides, nothing else. */
  public static Partnership partnership(
      List<AcademicYear> years,
      List<School> schools,
      List<MeetingSeries> meetings,
      List<RotaOverride> overrides) {
    return partnership(years, schools, meetings, List.of(), overrides);
  }

  /** The same partnership with the bank holidays of another part of the UK (or none). */
  public static Partnership withBankHolidays(Partnership p, BankHolidays region) {
    return new Partnership(
        p.file(),
        p.directory(),
        p.name(),
        p.area(),
        p.purpose(),
        p.timeZone(),
        region,
        p.calendar(),
        p.schools(),
        p.meetings(),
        p.reviews(),
        p.overrides(),
        p.agendaItems(),
        p.plan(),
        p.actions(),
        p.history());
  }
}
