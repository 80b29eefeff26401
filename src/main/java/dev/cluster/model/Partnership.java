package dev.cluster.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole partnership as loaded from {@code partnership.yaml}, its rosters, {@code actions.csv} and
 * history: the single immutable input of every planner. {@code file} is the path of {@code
 * partnership.yaml} as given on the command line; {@code directory} is its folder, against which
 * the paths inside it are resolved.
 */
public record Partnership(
    String file,
    Path directory,
    String name,
    String area,
    String purpose,
    ZoneId timeZone,
    BankHolidays bankHolidays,
    List<AcademicYear> calendar,
    List<School> schools,
    List<MeetingSeries> meetings,
    List<ReviewProgramme> reviews,
    List<RotaOverride> overrides,
    List<AgendaItem> agendaItems,
    List<PlanItem> plan,
    List<Action> actions,
    List<HistoryRow> history,
    String id,
    List<RecordedMeeting> record,
    List<Minutes> minutes,
    Fairness fairness,
    List<Venue> venues) {
  public Partnership {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(bankHolidays, "bankHolidays");
    area = area == null ? "" : area;
    purpose = purpose == null ? "" : purpose;
    calendar = List.copyOf(calendar);
    schools = List.copyOf(schools);
    meetings = List.copyOf(meetings);
    reviews = List.copyOf(reviews);
    overrides = List.copyOf(overrides);
    agendaItems = List.copyOf(agendaItems);
    plan = List.copyOf(plan);
    actions = List.copyOf(actions);
    history = List.copyOf(history);
    fairness = fairness == null ? Fairness.NONE : fairness;
    id = id == null ? defaultId(name) : id;
    record = record == null ? List.of() : List.copyOf(record);
    minutes = minutes == null ? List.of() : List.copyOf(minutes);
    venues = venues == null ? List.of() : List.copyOf(venues);
  }

  /**
   * This partnership with its published rota and minutes (SPEC section 8): the action log becomes
   * the actions of {@code actions.csv} followed by those raised in minutes (in file order), with
   * every minutes' {@code done} applied.
   */
  public Partnership withRecord(List<RecordedMeeting> record, List<Minutes> minutes) {
    return with(withMinutes(actions, minutes), record, minutes, fairness, venues);
  }

  private static List<Action> withMinutes(List<Action> actions, List<Minutes> minutes) {
    java.util.Set<String> closed = new java.util.HashSet<>();
    for (Minutes m : minutes) {
      m.done().forEach(d -> closed.add(d.text()));
    }
    List<Action> all = new java.util.ArrayList<>();
    java.util.stream.Stream.concat(
            actions.stream(), minutes.stream().flatMap(m -> m.actions().stream()))
        .forEach(
            a ->
                all.add(
                    closed.contains(a.id()) && a.open()
                        ? new Action(
                            a.id(),
                            a.meeting(),
                            a.raised(),
                            a.owner(),
                            a.action(),
                            a.due(),
                            false,
                            a.location())
                        : a));
    return List.copyOf(all);
  }

  /**
   * A partnership of what partnership.yaml says before the record, fairness and venues: the default
   * id (a slug of its name, SPEC section 9), no published rota or minutes, no venues but schools.
   */
  public Partnership(
      String file,
      Path directory,
      String name,
      String area,
      String purpose,
      ZoneId timeZone,
      BankHolidays bankHolidays,
      List<AcademicYear> calendar,
      List<School> schools,
      List<MeetingSeries> meetings,
      List<ReviewProgramme> reviews,
      List<RotaOverride> overrides,
      List<AgendaItem> agendaItems,
      List<PlanItem> plan,
      List<Action> actions,
      List<HistoryRow> history) {
    this(
        file,
        directory,
        name,
        area,
        purpose,
        timeZone,
        bankHolidays,
        calendar,
        schools,
        meetings,
        reviews,
        overrides,
        agendaItems,
        plan,
        actions,
        history,
        null,
        List.of(),
        List.of(),
        Fairness.NONE,
        List.of());
  }

  /**
   * The default {@code partnership.id}: the name folded to ASCII, lower case, runs of other
   * characters as one {@code -} ({@code 1 3 5 Cluster Partnership Group} → {@code
   * 1-3-5-cluster-partnership-group}).
   */
  public static String defaultId(String name) {
    String slug = Slug.kebab(name);
    return slug.isEmpty() ? "partnership" : slug;
  }

  /** This partnership with {@code fairness} instead of its own. */
  public Partnership withFairness(Fairness fairness) {
    return with(actions, record, minutes, fairness, venues);
  }

  /** This partnership with the parts that are added after loading partnership.yaml replaced. */
  private Partnership with(
      List<Action> actions,
      List<RecordedMeeting> record,
      List<Minutes> minutes,
      Fairness fairness,
      List<Venue> venues) {
    return new Partnership(
        file,
        directory,
        name,
        area,
        purpose,
        timeZone,
        bankHolidays,
        calendar,
        schools,
        meetings,
        reviews,
        overrides,
        agendaItems,
        plan,
        actions,
        history,
        id,
        record,
        minutes,
        fairness,
        venues);
  }

  /** The school with this id. */
  public Optional<School> school(String id) {
    return schools.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The venue (not a school, SPEC section 10) with this id. */
  public Optional<Venue> venue(String id) {
    return venues.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /**
   * The name to show for an owner or lead as written in the data: a school's id becomes the
   * school's name, anything else (a person's name) is kept; null for none.
   */
  public String ownerName(String owner) {
    if (owner == null || owner.isBlank()) {
      return null;
    }
    return school(owner.trim()).map(School::name).orElse(owner);
  }

  /** The meeting series with this id. */
  public Optional<MeetingSeries> meeting(String id) {
    return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The review programme with this id. */
  public Optional<ReviewProgramme> review(String id) {
    return reviews.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The academic year with this name ({@code 2026-27}). */
  public Optional<AcademicYear> year(String name) {
    return calendar.stream().filter(y -> y.name().equals(name)).findFirst();
  }

  /**
   * The current academic year on {@code today}: the one whose first term has started and whose last
   * term has not ended; between years, the next; after the last, the last.
   */
  public AcademicYear currentYear(LocalDate today) {
    for (AcademicYear y : calendar) {
      if (!today.isAfter(y.end())) {
        return y;
      }
    }
    return calendar.get(calendar.size() - 1);
  }

  /**
   * The term containing {@code today}, else the next term to start; after the last term, the last.
   */
  public Term currentTerm(LocalDate today) {
    Term last = null;
    for (AcademicYear y : calendar) {
      for (Term t : y.terms()) {
        if (!today.isAfter(t.end())) {
          return t;
        }
        last = t;
      }
    }
    return last;
  }

  /** The academic year a term belongs to. */
  public AcademicYear yearOf(Term term) {
    for (AcademicYear y : calendar) {
      if (y.terms().contains(term)) {
        return y;
      }
    }
    throw new IllegalArgumentException("term " + term.name() + " is not in the calendar");
  }

  /** The directory holding this partnership's template overrides. */
  public Path templates() {
    return directory.resolve("templates");
  }
}
