package dev.cluster.rota;

import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has chaired, hosted and minuted what, per series and school: in a window and since the series
 * started (up to the window's end), so that anyone can see a rota is fair. Cancelled meetings count
 * for nobody.
 */
public record DutyLedger(LocalDate from, LocalDate to, List<Row> rows, List<TermTotal> terms) {
  public DutyLedger {
    rows = List.copyOf(rows);
    terms = List.copyOf(terms);
  }

  public DutyLedger(LocalDate from, LocalDate to, List<Row> rows) {
    this(from, to, rows, List.of());
  }

  /**
   * The partnership-wide view of one term: per school in file order, the duties of each kind it did
   * at the term's meetings in the window, across every series. {@code term} is "Autumn 2026-27".
   */
  public record TermTotal(String term, List<SchoolTotal> schools) {
    public TermTotal {
      schools = List.copyOf(schools);
    }
  }

  /** One school's duties in a term, across every series. */
  public record SchoolTotal(School school, Counts counts) {}

  /** This ledger with the partnership-wide view of each term. */
  public DutyLedger withTerms(List<TermTotal> terms) {
    return new DutyLedger(from, to, rows, terms);
  }

  /**
   * Per term of {@code calendar} that holds a meeting of the window, the duties of each school
   * across every series in {@code meetings} (all series, whichever were asked for). A meeting
   * outside every term counts in the next term, as the balance across series counts it; cancelled
   * meetings count for nobody.
   */
  static List<TermTotal> terms(
      List<dev.cluster.model.AcademicYear> calendar,
      List<School> schools,
      List<ScheduledMeeting> meetings,
      LocalDate from,
      LocalDate to) {
    TermBalance balance = new TermBalance(calendar);
    java.util.TreeMap<Integer, Map<String, Counts>> byTerm = new java.util.TreeMap<>();
    for (ScheduledMeeting m : meetings) {
      if (m.cancelled() || m.date().isBefore(from) || m.date().isAfter(to)) {
        continue;
      }
      Map<String, Counts> counts =
          byTerm.computeIfAbsent(balance.termOf(m.date()), k -> new LinkedHashMap<>());
      for (DutyType t : DutyType.values()) {
        Assignment a = m.duty(t);
        if (a != null && a.bySchool()) { // a venue that is not a school serves no turn
          counts.merge(a.school().id(), Counts.ZERO.plusOne(t), Counts::plus);
        }
      }
    }
    List<TermTotal> out = new ArrayList<>();
    for (var e : byTerm.entrySet()) {
      List<SchoolTotal> rows = new ArrayList<>();
      for (School s : schools) {
        Counts c = e.getValue().get(s.id());
        if (c != null || s.isMemberOn(from) || s.isMemberOn(to)) {
          rows.add(new SchoolTotal(s, c == null ? Counts.ZERO : c));
        }
      }
      out.add(new TermTotal(balance.label(e.getKey()), rows));
    }
    return out;
  }

  /** How many times a school did each duty. */
  public record Counts(Map<DutyType, Integer> byType) {
    public static final Counts ZERO = new Counts(Map.of());

    public Counts {
      EnumMap<DutyType, Integer> m = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.values()) {
        m.put(t, byType.getOrDefault(t, 0));
      }
      byType = Collections.unmodifiableMap(m);
    }

    /** Chaired, hosted and minuted, in the order of {@link DutyType}. */
    public static Counts of(int... counts) {
      if (counts.length != DutyType.values().length) {
        throw new IllegalArgumentException(
            "one count per duty, in the order of DutyType: " + List.of(DutyType.values()));
      }
      EnumMap<DutyType, Integer> m = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.values()) {
        m.put(t, counts[t.ordinal()]);
      }
      return new Counts(m);
    }

    /** How many times the school did {@code type}. */
    public int of(DutyType type) {
      return byType.get(type);
    }

    /** These counts plus {@code other}'s. */
    public Counts plus(Counts other) {
      EnumMap<DutyType, Integer> m = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.values()) {
        m.put(t, of(t) + other.of(t));
      }
      return new Counts(m);
    }

    /** These counts with one more {@code type}. */
    Counts plusOne(DutyType type) {
      EnumMap<DutyType, Integer> m = new EnumMap<>(byType);
      m.merge(type, 1, Integer::sum);
      return new Counts(m);
    }

    /** Whether the school did no duty at all. */
    public boolean isZero() {
      return byType.values().stream().allMatch(c -> c == 0);
    }
  }

  /** One school's counts in one series: in the window and since the series started. */
  public record Row(MeetingSeries series, School school, Counts window, Counts total) {}

  /** The rows of {@code series}, schools in file order. */
  public List<Row> rows(MeetingSeries series) {
    return rows.stream().filter(r -> r.series().id().equals(series.id())).toList();
  }

  /**
   * Counts {@code meetings} (every meeting of {@code series} since they started) per series and
   * school: the schools in each series' rotation order or that did a duty, in file order.
   */
  public static DutyLedger of(
      List<School> schools,
      List<MeetingSeries> series,
      List<ScheduledMeeting> meetings,
      LocalDate from,
      LocalDate to) {
    List<Row> rows = new ArrayList<>();
    for (MeetingSeries s : series) {
      Map<String, Counts> window = new LinkedHashMap<>();
      Map<String, Counts> total = new LinkedHashMap<>();
      for (School school : schools) {
        window.put(school.id(), Counts.ZERO);
        total.put(school.id(), Counts.ZERO);
      }
      for (ScheduledMeeting m : meetings) {
        if (!m.series().id().equals(s.id()) || m.cancelled() || m.date().isAfter(to)) {
          continue;
        }
        boolean inWindow = !m.date().isBefore(from);
        for (DutyType t : DutyType.values()) {
          Assignment a = m.duty(t);
          if (a != null && a.bySchool() && total.containsKey(a.school().id())) {
            total.computeIfPresent(a.school().id(), (k, c) -> c.plusOne(t));
            if (inWindow) {
              window.computeIfPresent(a.school().id(), (k, c) -> c.plusOne(t));
            }
          }
        }
      }
      for (School school : schools) {
        Counts t = total.get(school.id());
        if (s.order().contains(school.id()) || !t.isZero()) {
          rows.add(new Row(s, school, window.get(school.id()), t));
        }
      }
    }
    return new DutyLedger(from, to, rows);
  }
}
