package dev.cluster.pairing;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans peer-review teams (SPEC section 6): for each programme and round, the best pairing that
 * meets the hard constraints, proven optimal where it can be, with a bound where it cannot. A pure
 * function of its inputs.
 *
 * <p>Rounds back are the rounds that exist, most recent first: earlier rounds of the same year
 * (from history when it has them, else computed first, so a round asked for alone equals the same
 * round of a full run), then the history of earlier years. History rows of the round being
 * computed, or later, are ignored.
 */
public final class PairingPlanner {
  /**
   * Up to this many schools, {@code --explain} prices every passed-over school by planning with it.
   */
  static final int PRICED_EXPLANATIONS = 16;

  /** How a priced alternative that scores the same begins. */
  static final String AS_GOOD = "equally good";

  private final Partnership partnership;
  private final long budget;
  private final boolean pricing;
  private final int width;

  public PairingPlanner(Partnership partnership) {
    this(partnership, 0, false, 0);
  }

  /**
   * A planner whose search stops after {@code budget} arcs examined (0: the fixed default effort).
   */
  PairingPlanner(Partnership partnership, long budget) {
    this(partnership, budget, false, 0);
  }

  /**
   * A planner whose flows start from {@code width} candidate pairs per school (tests: a narrow
   * start makes every round go through pricing and column generation; the answer must not change).
   */
  PairingPlanner(Partnership partnership, long budget, int width) {
    this(partnership, budget, false, width);
  }

  private PairingPlanner(Partnership partnership, long budget, boolean pricing, int width) {
    this.partnership = partnership;
    this.budget = budget;
    this.pricing = pricing;
    this.width = width;
  }

  /**
   * This planner, but whose explanations also say what the best pairing with each passed-over
   * school on a team would have scored (one more search per school and team, so only up to 16
   * schools; {@code --explain}).
   */
  public PairingPlanner pricingAlternatives() {
    return new PairingPlanner(partnership, budget, true, width);
  }

  /**
   * The rounds of {@code programme} (null: every programme, in file order) in {@code year}; {@code
   * round} null means every round of the year (a programme with fewer rounds than {@code round} is
   * left out).
   *
   * @throws dev.cluster.model.InfeasibleException when no pairing meets the hard constraints
   */
  public Pairings plan(ReviewProgramme programme, AcademicYear year, Integer round) {
    List<ReviewProgramme> programmes =
        programme == null ? partnership.reviews() : List.of(programme);
    boolean visits = partnership.reviews().stream().anyMatch(r -> r.visit() != null);
    Map<String, Dated> dated = visits ? dated(year) : Map.of();
    List<ReviewRound> rounds = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (ReviewProgramme p : programmes) {
      Dated d = dated.get(p.id());
      if (d != null && d.failure != null) {
        throw d.failure;
      }
      Map<Integer, Planned> done = new HashMap<>();
      for (int k = 1; k <= p.roundsPerYear(); k++) {
        if (round == null || round == k) {
          if (d != null) {
            rounds.add(d.rounds.get(k - 1));
            warnings.addAll(d.warnings.get(k - 1));
            continue;
          }
          Planned planned = planRound(p, year, k, done);
          rounds.add(planned.round);
          warnings.addAll(planned.warnings);
        }
      }
    }
    return new Pairings(rounds, warnings);
  }

  /** A programme's rounds of a year with their visits dated, or why it has none. */
  private record Dated(
      List<ReviewRound> rounds, List<List<Diagnostic>> warnings, InfeasibleException failure) {}

  private final Map<String, Map<String, Dated>> datedYears = new HashMap<>();

  /**
   * Every programme's every round of {@code year}, visits dated in SPEC section 11's order
   * (programmes in file order, rounds in order), so that one programme or round asked for alone has
   * the dates of a full run. A programme that cannot be paired dates nothing and fails only when it
   * is asked for.
   */
  private synchronized Map<String, Dated> dated(AcademicYear year) {
    Map<String, Dated> cached = datedYears.get(year.name());
    if (cached != null) {
      return cached;
    }
    VisitPlanner visits = new VisitPlanner(partnership, year);
    Map<String, Dated> all = new HashMap<>();
    for (ReviewProgramme p : partnership.reviews()) {
      Map<Integer, Planned> done = new HashMap<>();
      List<Planned> planned = new ArrayList<>();
      try {
        for (int k = 1; k <= p.roundsPerYear(); k++) {
          planned.add(planRound(p, year, k, done));
        }
      } catch (InfeasibleException e) {
        all.put(p.id(), new Dated(List.of(), List.of(), e));
        continue;
      }
      List<ReviewRound> rounds = new ArrayList<>();
      List<List<Diagnostic>> warnings = new ArrayList<>();
      for (Planned r : planned) {
        List<Diagnostic> w = new ArrayList<>(r.warnings);
        rounds.add(visits.date(r.round, w));
        warnings.add(w);
      }
      all.put(p.id(), new Dated(rounds, warnings, null));
    }
    datedYears.put(year.name(), all);
    return all;
  }

  /**
   * The first day of round {@code k} of {@code programme} in {@code year}: membership is judged on
   * it.
   */
  public static LocalDate firstDay(ReviewProgramme programme, AcademicYear year, int k) {
    int terms = year.terms().size();
    return year.terms().get((k - 1) * terms / programme.roundsPerYear()).start();
  }

  /**
   * A round with the school pairs it used (reviewer's school id → reviewed school id), for later
   * rounds.
   */
  record Planned(ReviewRound round, Set<SchoolPair> pairs, List<Diagnostic> warnings) {}

  /** One earlier round: its label and the pairs (reviewer's school → reviewed school) it used. */
  record Back(String year, int round, Set<SchoolPair> pairs) {}

  private Planned planRound(
      ReviewProgramme p, AcademicYear year, int k, Map<Integer, Planned> done) {
    Planned already = done.get(k);
    if (already != null) {
      return already;
    }
    List<Back> back = roundsBack(p, year, k, done);
    Planned planned =
        new RoundPlanner(
                partnership, budget, width, pricing, p, year.name(), k, firstDay(p, year, k), back)
            .plan();
    done.put(k, planned);
    return planned;
  }

  /** Earlier rounds, most recent first, at most {@code avoid-repeat} of them. */
  private List<Back> roundsBack(
      ReviewProgramme p, AcademicYear year, int k, Map<Integer, Planned> done) {
    Map<String, Map<Integer, Set<SchoolPair>>> history = history(p);
    List<Back> back = new ArrayList<>();
    for (int j = k - 1; j >= 1 && back.size() < p.avoidRepeat(); j--) {
      Set<SchoolPair> fromHistory = history.getOrDefault(year.name(), Map.of()).get(j);
      Set<SchoolPair> pairs = fromHistory != null ? fromHistory : planRound(p, year, j, done).pairs;
      back.add(new Back(year.name(), j, pairs));
    }
    List<String> earlierYears = new ArrayList<>(new TreeSet<>(history.keySet()).descendingSet());
    for (String y : earlierYears) {
      if (y.compareTo(year.name()) >= 0) {
        continue;
      }
      Map<Integer, Set<SchoolPair>> rounds = history.get(y);
      for (int j : new TreeSet<>(rounds.keySet()).descendingSet()) {
        if (back.size() < p.avoidRepeat()) {
          back.add(new Back(y, j, rounds.get(j)));
        }
      }
    }
    return back;
  }

  /** This programme's history: year → round → pairs. */
  private Map<String, Map<Integer, Set<SchoolPair>>> history(ReviewProgramme p) {
    Map<String, Map<Integer, Set<SchoolPair>>> h = new HashMap<>();
    for (HistoryRow r : partnership.history()) {
      if (r.programme().equals(p.id())) {
        h.computeIfAbsent(r.year(), y -> new HashMap<>())
            .computeIfAbsent(r.round(), j -> new LinkedHashSet<>())
            .add(new SchoolPair(r.reviewerSchool(), r.school()));
      }
    }
    return h;
  }

  /** Trimmed, lower-case: how expertise and focus tags are compared. */
  static String tag(String t) {
    return t.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The school's focus tags (as written, trimmed) that the person's expertise shares, blank tags
   * never.
   */
  static List<String> sharedTags(Person person, School school) {
    Set<String> expertise = new LinkedHashSet<>();
    for (String t : person.expertise()) {
      expertise.add(tag(t));
    }
    List<String> m = new ArrayList<>();
    for (String f : school.focus()) {
      if (!f.isBlank() && expertise.contains(tag(f)) && !m.contains(f.trim())) {
        m.add(f.trim());
      }
    }
    return m;
  }
}
