package dev.cluster.pairing;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans peer-review teams (SPEC section 6): for each programme and round, the best pairing that meets the hard
 * constraints, proven optimal where it can be, with a bound where it cannot. A pure function of its inputs.
 *
 * <p>Rounds back are the rounds that exist, most recent first: earlier rounds of the same year (from history
 * when it has them, else computed first, so a round asked for alone equals the same round of a full run), then
 * the history of earlier years. History rows of the round being computed, or later, are ignored.
 */
public final class PairingPlanner {
  private final Partnership partnership;

  public PairingPlanner(Partnership partnership) {
    this.partnership = partnership;
  }

  /**
   * The rounds of {@code programme} (null: every programme, in file order) in {@code year}; {@code round} null
   * means every round of the year (a programme with fewer rounds than {@code round} is left out).
   *
   * @throws dev.cluster.model.InfeasibleException when no pairing meets the hard constraints
   */
  public Pairings plan(ReviewProgramme programme, AcademicYear year, Integer round) {
    List<ReviewProgramme> programmes = programme == null ? partnership.reviews() : List.of(programme);
    List<ReviewRound> rounds = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (ReviewProgramme p : programmes) {
      Map<Integer, Planned> done = new HashMap<>();
      for (int k = 1; k <= p.roundsPerYear(); k++) {
        if (round == null || round == k) {
          Planned planned = planRound(p, year, k, done);
          rounds.add(planned.round);
          warnings.addAll(planned.warnings);
        }
      }
    }
    return new Pairings(rounds, warnings);
  }

  /** The first day of round {@code k} of {@code programme} in {@code year}: membership is judged on it. */
  public static LocalDate firstDay(ReviewProgramme programme, AcademicYear year, int k) {
    int terms = year.terms().size();
    return year.terms().get((k - 1) * terms / programme.roundsPerYear()).start();
  }

  /** A round with the school pairs it used (reviewer's school id → reviewed school id), for later rounds. */
  private record Planned(ReviewRound round, Set<String> pairs, List<Diagnostic> warnings) {}

  /** One earlier round: its label and the pairs (reviewer's school → reviewed school) it used. */
  record Back(String year, int round, Set<String> pairs) {}

  private Planned planRound(ReviewProgramme p, AcademicYear year, int k, Map<Integer, Planned> done) {
    Planned already = done.get(k);
    if (already != null) {
      return already;
    }
    List<Back> back = roundsBack(p, year, k, done);
    Planned planned = new RoundPlanner(p, year.name(), k, firstDay(p, year, k), back).plan();
    done.put(k, planned);
    return planned;
  }

  /** Earlier rounds, most recent first, at most {@code avoid-repeat} of them. */
  private List<Back> roundsBack(ReviewProgramme p, AcademicYear year, int k, Map<Integer, Planned> done) {
    Map<String, Map<Integer, Set<String>>> history = history(p);
    List<Back> back = new ArrayList<>();
    for (int j = k - 1; j >= 1 && back.size() < p.avoidRepeat(); j--) {
      Set<String> fromHistory = history.getOrDefault(year.name(), Map.of()).get(j);
      Set<String> pairs = fromHistory != null ? fromHistory : planRound(p, year, j, done).pairs;
      back.add(new Back(year.name(), j, pairs));
    }
    List<String> earlierYears = new ArrayList<>(new TreeSet<>(history.keySet()).descendingSet());
    for (String y : earlierYears) {
      if (y.compareTo(year.name()) >= 0) {
        continue;
      }
      Map<Integer, Set<String>> rounds = history.get(y);
      for (int j : new TreeSet<>(rounds.keySet()).descendingSet()) {
        if (back.size() < p.avoidRepeat()) {
          back.add(new Back(y, j, rounds.get(j)));
        }
      }
    }
    return back;
  }

  /** This programme's history: year → round → pairs. */
  private Map<String, Map<Integer, Set<String>>> history(ReviewProgramme p) {
    Map<String, Map<Integer, Set<String>>> h = new HashMap<>();
    for (HistoryRow r : partnership.history()) {
      if (r.programme().equals(p.id())) {
        h.computeIfAbsent(r.year(), y -> new HashMap<>())
            .computeIfAbsent(r.round(), j -> new LinkedHashSet<>())
            .add(pair(r.reviewerSchool(), r.school()));
      }
    }
    return h;
  }

  static String pair(String reviewerSchool, String school) {
    return reviewerSchool + "\u0000" + school;
  }

  /** Trimmed, lower-case: how expertise and focus tags are compared. */
  static String tag(String t) {
    return t.trim().toLowerCase(Locale.ROOT);
  }

  /** Plans one round: builds the numeric instance, checks feasibility, searches, and builds the teams. */
  private final class RoundPlanner {
    private final ReviewProgramme p;
    private final String year;
    private final int k;
    private final LocalDate day;
    private final List<Back> back;
    private final List<School> schools = new ArrayList<>();
    private final List<List<Person>> classPeople = new ArrayList<>();
    private final List<Integer> classSchool = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    RoundPlanner(ReviewProgramme p, String year, int k, LocalDate day, List<Back> back) {
      this.p = p;
      this.year = year;
      this.k = k;
      this.day = day;
      this.back = back;
    }

    Planned plan() {
      for (School s : partnership.schools()) {
        if (s.isMemberOn(day)) {
          schools.add(s);
        }
      }
      int n = schools.size();
      if (n == 0) {
        Score none = new Score(zeros(), 0, 0, 0);
        return new Planned(new ReviewRound(p, year, k, List.of(), none, true, null, List.of()), Set.of(),
            List.of());
      }
      buildClasses();
      PairingInstance in = instance();
      checkCounts(in);
      PairingSearch search = new PairingSearch(in);
      long budget = search.budget();

      int lowest = lowestCap(search, in);
      int cap;
      PairingSearch.Result result;
      if (p.maxLoad() != null) {
        cap = p.maxLoad();
        if (lowest > cap) {
          throw new InfeasibleException(label() + ": `max-load: " + cap + "` is too small: the reviewers of"
              + " some schools would have to review more than " + cap + " times to fill every team; the"
              + " smallest load that works is " + lowest + " (leave `max-load` out to use it)");
        }
        result = search.solve(cap, null, budget);
        if (result.best() == null) {
          throw forbidFailure(in, result.proven(), " with `max-load: " + cap + "`");
        }
      } else {
        cap = lowest;
        result = search.solve(cap, null, budget);
        // With reciprocal: forbid the smallest cap of the flow may not suffice; raise it until it does.
        while (result.best() == null && result.proven() && cap < in.places()) {
          cap++;
          result = search.solve(cap, null, budget);
        }
        if (result.best() == null) {
          throw forbidFailure(in, result.proven(), "");
        }
      }
      PairingSearch.Solution best = result.best();
      boolean proven = result.proven();
      int load = search.maxLoad(best);
      int loadBound = lowest;
      if (proven) {
        // Criterion 4: the smallest cap that still reaches the same criteria 1-3.
        for (int c = lowest; c < load; c++) {
          PairingSearch.Result r = search.solve(c, best.crit, budget);
          if (r.best() != null) {
            best = r.best();
            load = search.maxLoad(best);
            break;
          }
          if (!r.proven()) {
            proven = false;
            loadBound = c;
            break;
          }
        }
      }
      return build(in, best, load, proven, proven ? null : boundScore(in, result, loadBound));
    }

    private String label() {
      return "programme `" + p.id() + "`, round " + k + " of " + year;
    }

    private void buildClasses() {
      int n = schools.size();
      List<Set<String>> focus = new ArrayList<>();
      for (School s : schools) {
        Set<String> f = new LinkedHashSet<>();
        for (String t : s.focus()) {
          f.add(tag(t));
        }
        focus.add(f);
      }
      for (int a = 0; a < n; a++) {
        School s = schools.get(a);
        Map<String, List<Person>> bySignature = new LinkedHashMap<>();
        for (Person person : s.staff()) {
          if (!isReviewer(person)) {
            continue;
          }
          StringBuilder sig = new StringBuilder();
          if (p.matchFocus()) {
            Set<String> expertise = new LinkedHashSet<>();
            for (String t : person.expertise()) {
              expertise.add(tag(t));
            }
            for (int b = 0; b < n; b++) {
              sig.append(intersects(expertise, focus.get(b)) ? '1' : '0');
            }
          }
          bySignature.computeIfAbsent(sig.toString(), x -> new ArrayList<>()).add(person);
        }
        if (bySignature.isEmpty()) {
          warnings.add(Diagnostic.warning(p.location(), label() + ": " + s.name() + " has no "
              + roles(false) + ", so it reviews no other school"));
        }
        for (List<Person> people : bySignature.values()) {
          classPeople.add(people);
          classSchool.add(a);
        }
      }
    }

    private boolean isReviewer(Person person) {
      for (String r : p.reviewerRoles()) {
        if (person.hasRole(r)) {
          return true;
        }
      }
      return false;
    }

    private PairingInstance instance() {
      int n = schools.size();
      int classes = classPeople.size();
      int[] cs = new int[classes];
      int[] size = new int[classes];
      boolean[][] matches = new boolean[classes][n];
      for (int c = 0; c < classes; c++) {
        cs[c] = classSchool.get(c);
        size[c] = classPeople.get(c).size();
        for (int b = 0; b < n; b++) {
          matches[c][b] = !matchedTags(classPeople.get(c).get(0), schools.get(b)).isEmpty();
        }
      }
      int levels = Math.min(p.avoidRepeat(), back.size());
      int[][] repeats = new int[n][n];
      for (int l = 0; l < levels; l++) {
        Set<String> pairs = back.get(l).pairs();
        for (int a = 0; a < n; a++) {
          for (int b = 0; b < n; b++) {
            if (a != b && pairs.contains(pair(schools.get(a).id(), schools.get(b).id()))) {
              repeats[a][b] |= 1 << l;
            }
          }
        }
      }
      return new PairingInstance(n, p.peers(), cs, size, matches, repeats, levels, p.reciprocal());
    }

    /** Counting arguments that explain an impossible programme in the user's terms. */
    private void checkCounts(PairingInstance in) {
      int n = in.n();
      int peers = p.peers();
      if (p.reciprocal() == Reciprocal.FORBID && n < 2 * peers + 1) {
        throw new InfeasibleException(label() + ": `reciprocal: forbid` needs at least 2 × peers + 1 = "
            + (2 * peers + 1) + " schools; this programme has " + n + " — use `reciprocal: avoid`");
      }
      int[] perSchool = new int[n];
      for (int c = 0; c < in.classes(); c++) {
        perSchool[in.classSchool()[c]] += in.classSize()[c];
      }
      for (int b = 0; b < n; b++) {
        int people = 0;
        int others = 0;
        for (int a = 0; a < n; a++) {
          if (a != b && perSchool[a] > 0) {
            people += perSchool[a];
            others++;
          }
        }
        if (others < peers) {
          String name = schools.get(b).name();
          String who = people == others
              ? "only " + others + " " + roles(others != 1) + " may review " + name + ", " + peers
                  + " are needed"
              : "only " + people + " " + roles(people != 1) + " from " + others + " other "
                  + (others == 1 ? "school" : "schools") + " may review " + name + "; a team needs " + peers
                  + " from different schools";
          throw new InfeasibleException(label() + ": " + who + " (`peers: " + peers + "`)");
        }
      }
      if (p.maxLoad() != null) {
        long capacity = (long) in.reviewers() * p.maxLoad();
        if (capacity < in.places()) {
          throw new InfeasibleException(label() + ": `max-load: " + p.maxLoad() + "` is too small: "
              + in.places() + " places on teams (" + n + " schools × " + peers + " peers) but only "
              + in.reviewers() + " " + roles(in.reviewers() != 1) + " × max-load " + p.maxLoad() + " = "
              + capacity);
        }
      }
    }

    /** The smallest load cap at which every team can be filled, ignoring the reciprocal rule. */
    private int lowestCap(PairingSearch search, PairingInstance in) {
      int lo = Math.max(1, (in.places() + in.reviewers() - 1) / in.reviewers());
      if (search.relaxationFeasible(lo)) {
        return lo; // the usual case: one flow
      }
      lo++;
      int hi = Math.max(lo, in.places());
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (search.relaxationFeasible(mid)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    private InfeasibleException forbidFailure(PairingInstance in, boolean proven, String withCap) {
      if (!proven) {
        return new InfeasibleException(label() + ": no pairing meeting `reciprocal: forbid`" + withCap
            + " was found within the search effort; use `reciprocal: avoid`");
      }
      return new InfeasibleException(label() + ": no pairing of these " + in.n() + " schools meets"
          + " `reciprocal: forbid`" + withCap + ": " + in.places() + " reviews must go one way only between"
          + " schools that have " + roles(true) + " — use `reciprocal: avoid`");
    }

    private String roles(boolean plural) {
      List<String> names = new ArrayList<>();
      for (String r : p.reviewerRoles()) {
        names.add(plural ? r + "s" : r);
      }
      return names.isEmpty() ? (plural ? "reviewers" : "reviewer") : String.join(" or ", names);
    }

    private List<Integer> zeros() {
      Integer[] z = new Integer[p.avoidRepeat()];
      Arrays.fill(z, 0);
      return List.of(z);
    }

    private Score boundScore(PairingInstance in, PairingSearch.Result r, int loadBound) {
      long[] b = r.bound();
      Integer[] rep = new Integer[p.avoidRepeat()];
      Arrays.fill(rep, 0);
      for (int l = 0; l < in.levels(); l++) {
        rep[l] = (int) b[l];
      }
      return new Score(List.of(rep), (int) b[in.levels()], (int) -b[in.levels() + 1], loadBound);
    }

    private Planned build(PairingInstance in, PairingSearch.Solution best, int load, boolean optimal,
        Score bound) {
      int n = in.n();
      int[] used = new int[in.classes()];
      List<ReviewTeam> teams = new ArrayList<>();
      Set<String> pairs = new LinkedHashSet<>();
      Map<String, Integer> loads = new HashMap<>();
      int matches = 0;
      for (int b = 0; b < n; b++) {
        School school = schools.get(b);
        List<Peer> peers = new ArrayList<>();
        for (int c : best.team[b]) {
          // Spread a class's reviews over its people in roster order, so that loads differ by at most one.
          List<Person> people = classPeople.get(c);
          Person person = people.get(used[c]++ % people.size());
          School from = schools.get(in.classSchool()[c]);
          List<String> m = matchedTags(person, school);
          matches += m.isEmpty() ? 0 : 1;
          peers.add(new Peer(person, from, m));
          pairs.add(pair(from.id(), school.id()));
          loads.merge(from.id() + "\u0000" + person.id(), 1, Integer::sum);
        }
        Person lead = p.leadRole() == null ? null : school.first(p.leadRole(), null).orElse(null);
        String external = p.external() ? school.externalReviewer() : null;
        teams.add(new ReviewTeam(school, lead, external, peers));
      }
      Integer[] rep = new Integer[p.avoidRepeat()];
      Arrays.fill(rep, 0);
      for (int l = 0; l < Math.min(back.size(), rep.length); l++) {
        for (String pr : pairs) {
          if (back.get(l).pairs().contains(pr)) {
            rep[l]++;
          }
        }
      }
      int reciprocal = 0;
      for (String pr : pairs) {
        String[] ab = pr.split("\u0000", 2);
        if (ab[0].compareTo(ab[1]) < 0 && pairs.contains(pair(ab[1], ab[0]))) {
          reciprocal++;
        }
      }
      int maxLoad = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (maxLoad != load) {
        throw new IllegalStateException("load mismatch " + maxLoad + " vs " + load);
      }
      Score score = new Score(List.of(rep), reciprocal, matches, maxLoad);
      List<String> explanations = PairingExplainer.explain(p, teams, back, pairs, loads);
      List<String> labels = new ArrayList<>();
      for (int l = 0; l < Math.min(back.size(), p.avoidRepeat()); l++) {
        labels.add(back.get(l).year() + " round " + back.get(l).round());
      }
      ReviewRound round = new ReviewRound(p, year, k, teams, score, optimal, bound, explanations, labels);
      return new Planned(round, pairs, warnings);
    }

    /** The school's focus tags (as written, trimmed) that the person's expertise shares; empty without focus. */
    List<String> matchedTags(Person person, School school) {
      if (!p.matchFocus()) {
        return List.of();
      }
      Set<String> expertise = new LinkedHashSet<>();
      for (String t : person.expertise()) {
        expertise.add(tag(t));
      }
      List<String> m = new ArrayList<>();
      for (String f : school.focus()) {
        if (expertise.contains(tag(f)) && !m.contains(f.trim())) {
          m.add(f.trim());
        }
      }
      return m;
    }
  }

  private static boolean intersects(Set<String> x, Set<String> y) {
    for (String s : x) {
      if (y.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
