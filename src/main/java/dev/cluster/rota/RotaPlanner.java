package dev.cluster.rota;

import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Order;
import dev.cluster.model.Partnership;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.School;
import dev.cluster.model.UsageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans chair, host and minutes of every meeting (SPEC section 5): a pure function of the
 * partnership and the window asked for. Rotation always runs from each series' {@code start} over
 * the whole calendar, and a window is cut from that, so a window's rota is exactly that slice of
 * the whole rota.
 */
public final class RotaPlanner {
  private final Partnership partnership;
  private TeachingCalendar calendar;
  private final Map<String, School> schools = new HashMap<>();

  /** Venues that are not schools (SPEC section 10): a series' or an override's host may be one. */
  private final Map<String, dev.cluster.model.Venue> venues = new java.util.LinkedHashMap<>();

  private final Map<String, Integer> fileOrder = new HashMap<>();
  private final Map<String, SeriesResult> planned = new HashMap<>();

  /**
   * The planner of {@code partnership}; bank holidays are read (from jollyday) on the first plan.
   */
  public RotaPlanner(Partnership partnership) {
    this(partnership, null);
  }

  /** The planner of {@code partnership} with this calendar (tests give their own bank holidays). */
  public RotaPlanner(Partnership partnership, TeachingCalendar calendar) {
    this.partnership = partnership;
    this.calendar = calendar;
    for (School s : partnership.schools()) {
      schools.putIfAbsent(s.id(), s);
    }
    for (dev.cluster.model.Venue v : partnership.venues()) {
      venues.putIfAbsent(v.id(), v);
    }
    List<MeetingSeries> ms = partnership.meetings();
    for (int i = 0; i < ms.size(); i++) {
      fileOrder.putIfAbsent(ms.get(i).id(), i);
    }
  }

  /** Every meeting of one series over the whole calendar, with its warnings. */
  private record SeriesResult(List<ScheduledMeeting> meetings, List<DatedWarning> warnings) {}

  /**
   * The meetings from {@code from} to {@code to} inclusive of the given series ids (a
   * for-each-year-group id stands for all its year groups; empty means every series), with the
   * warnings concerning that window.
   *
   * @throws UsageException when an id names no series
   */
  public Rota plan(LocalDate from, LocalDate to, Collection<String> series) {
    List<ScheduledMeeting> meetings = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (MeetingSeries s : select(series)) {
      SeriesResult r = planSeries(s);
      for (ScheduledMeeting m : r.meetings()) {
        if (!m.date().isBefore(from) && !m.date().isAfter(to)) {
          meetings.add(m);
        }
      }
      for (DatedWarning w : r.warnings()) {
        if (w.overlaps(from, to)) {
          warnings.add(w.diagnostic());
        }
      }
    }
    // Warnings in file order (SPEC section 4: by position), as the loader's are; the sort is
    // stable.
    warnings.sort(
        Order.by(
            (Diagnostic d) -> d.location().file(),
            d -> d.location().line(),
            d -> d.location().column()));
    meetings.sort(
        Order.by(
            ScheduledMeeting::date,
            ScheduledMeeting::start,
            m -> fileOrder.getOrDefault(m.series().id(), Integer.MAX_VALUE)));
    return new Rota(from, to, meetings, warnings);
  }

  /**
   * Every warning of every series over the whole calendar, in file order: meetings that cannot be
   * placed, explicit dates off teaching days, overrides that break a rule or name no meeting. For
   * {@code validate}.
   */
  public List<Diagnostic> warnings() {
    return plan(LocalDate.MIN, LocalDate.MAX, List.of()).warnings();
  }

  /**
   * Who has chaired, hosted and minuted what: per series and school, in the window and since the
   * series started (up to the window's end).
   */
  public DutyLedger ledger(LocalDate from, LocalDate to, Collection<String> series) {
    List<ScheduledMeeting> all = new ArrayList<>();
    List<MeetingSeries> chosen = select(series);
    for (MeetingSeries s : chosen) {
      all.addAll(planSeries(s).meetings());
    }
    List<ScheduledMeeting> everySeries = new ArrayList<>();
    for (MeetingSeries s : partnership.meetings()) {
      everySeries.addAll(planSeries(s).meetings());
    }
    return DutyLedger.of(partnership.schools(), chosen, all, from, to)
        .withTerms(
            DutyLedger.terms(partnership.calendar(), partnership.schools(), everySeries, from, to));
  }

  /** The series named by {@code ids} in file order (every series when empty). */
  public List<MeetingSeries> select(Collection<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return partnership.meetings();
    }
    Set<String> wanted = new LinkedHashSet<>(ids);
    List<MeetingSeries> out = new ArrayList<>();
    for (MeetingSeries s : partnership.meetings()) {
      if (wanted.contains(s.id()) || wanted.contains(s.group())) {
        out.add(s);
      }
    }
    for (String id : wanted) {
      if (partnership.meetings().stream()
          .noneMatch(s -> s.id().equals(id) || s.group().equals(id))) {
        throw new UsageException(
            "the partnership has no meeting series `"
                + id
                + "`; it has: "
                + String.join(", ", meetingIds(partnership)));
      }
    }
    return out;
  }

  /** The ids a user may give to {@code --meeting}: each group once, then each series of a group. */
  public static List<String> meetingIds(Partnership partnership) {
    Set<String> ids = new LinkedHashSet<>();
    for (MeetingSeries s : partnership.meetings()) {
      ids.add(s.group());
      ids.add(s.id());
    }
    return List.copyOf(ids);
  }

  private SeriesResult planSeries(MeetingSeries s) {
    if (planned.isEmpty()) {
      planAll();
    }
    return planned.get(s.id());
  }

  /**
   * Places every series, then gives the duties of every meeting of every series in rota order
   * (date, start time, file order), so that a balance across series sees the earlier meetings of
   * all series.
   */
  private void planAll() {
    if (calendar == null) {
      calendar = TeachingCalendar.of(partnership);
    }
    Map<String, SeriesRotation> rotations = new HashMap<>();
    Map<String, List<DatedWarning>> warnings = new HashMap<>();
    Map<String, List<ScheduledMeeting>> meetings = new HashMap<>();
    List<SeriesRotation.Pending> all = new ArrayList<>();
    RecordedMeetings record = RecordedMeetings.of(partnership);
    for (MeetingSeries s : partnership.meetings()) {
      if (rotations.containsKey(s.id())) {
        continue;
      }
      List<DatedWarning> w = new ArrayList<>();
      List<Placement> placements =
          new SeriesPlacer(schools, venues.keySet(), calendar, s, w).place();
      List<RotaOverride> overrides =
          partnership.overrides().stream()
              .filter(o -> o.meeting().equals(s.id()) || o.meeting().equals(s.group()))
              .toList();
      SeriesRotation rotation =
          new SeriesRotation(schools, venues, calendar, s, w, partnership.fairness());
      rotations.put(s.id(), rotation);
      warnings.put(s.id(), w);
      meetings.put(s.id(), new ArrayList<>());
      all.addAll(rotation.pending(placements, overrides, record));
    }
    // Stable: a series' own meetings keep the order its rotation gave them.
    all.sort(
        Order.by(
            SeriesRotation.Pending::date,
            p -> p.series().time(),
            p -> fileOrder.getOrDefault(p.series().id(), Integer.MAX_VALUE)));
    TermBalance balance =
        partnership.fairness().acrossSeries() ? new TermBalance(partnership.calendar()) : null;
    for (SeriesRotation.Pending p : all) {
      ScheduledMeeting m = rotations.get(p.series().id()).assign(p, balance);
      meetings.get(p.series().id()).add(m);
      if (balance != null) {
        balance.served(m);
      }
    }
    for (var e : rotations.keySet()) {
      planned.put(e, new SeriesResult(meetings.get(e), warnings.get(e)));
    }
  }
}
