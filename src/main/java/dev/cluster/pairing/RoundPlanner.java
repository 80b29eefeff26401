package dev.cluster.pairing;

import static dev.cluster.pairing.PairingPlanner.AS_GOOD;
import static dev.cluster.pairing.PairingPlanner.PRICED_EXPLANATIONS;
import static dev.cluster.pairing.PairingPlanner.sharedTags;

import dev.cluster.model.Diagnostic;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import dev.cluster.pairing.PairingPlanner.Back;
import dev.cluster.pairing.PairingPlanner.Planned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans one round of one programme: builds the numeric instance (member schools, reviewer classes,
 * repeats), explains impossible programmes by counting, searches, minimises the largest load, and
 * builds the teams.
 */
final class RoundPlanner {
  /** Up to this many schools, explanations are built even when not asked for (tests read them). */
  static final int EXPLAINED_WITHOUT_ASKING = 100;

  private final Partnership partnership;
  private final long budget;
  private final int width;
  private final boolean pricing;
  private final ReviewProgramme p;
  private final String year;
  private final int k;
  private final LocalDate day;
  private final List<Back> back;
  private final List<School> schools = new ArrayList<>();
  private final List<List<Person>> classPeople = new ArrayList<>();
  private final List<Integer> classSchool = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  /**
   * Per member school, its focus tags as compared ({@link PairingPlanner#tag}); per class, its
   * expertise.
   */
  private final List<Set<String>> focus = new ArrayList<>();

  private final List<Set<String>> classExpertise = new ArrayList<>();

  RoundPlanner(
      Partnership partnership,
      long budget,
      int width,
      boolean pricing,
      ReviewProgramme p,
      String year,
      int k,
      LocalDate day,
      List<Back> back) {
    this.partnership = partnership;
    this.budget = budget;
    this.width = width;
    this.pricing = pricing;
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
      return new Planned(
          new ReviewRound(p, year, k, List.of(), none, true, null, List.of()), Set.of(), List.of());
    }
    buildClasses();
    PairingInstance in = instance();
    checkCounts(in);
    PairingSearch search = new PairingSearch(in, this.budget, width);
    long budget = search.budget();

    int lowest = lowestCap(search, in);
    int cap;
    PairingSearch.Result result;
    if (p.maxLoad() != null) {
      cap = p.maxLoad();
      if (lowest > cap && in.ownCaps()) {
        throw shortfall(in, search, cap);
      }
      if (lowest > cap) {
        int b = Math.max(0, search.firstUnfilled(cap));
        throw new InfeasibleException(
            label()
                + ": `max-load: "
                + cap
                + "` is too small: the team of "
                + schools.get(b).name()
                + " cannot be filled unless some "
                + roles(false)
                + " reviews more than "
                + (cap == 1 ? "one school" : cap + " schools")
                + "; the smallest max-load that works is "
                + lowest
                + " (or leave `max-load` out)");
      }
      result = search.solve(cap, null, budget);
      if (result.best() == null) {
        throw forbidFailure(in, result.proven(), " with `max-load: " + cap + "`");
      }
    } else {
      cap = lowest;
      result = search.solve(cap, null, budget);
      // With reciprocal: forbid the smallest cap of the flow may not suffice; raise it until it
      // does.
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
    Map<SchoolPair, String> prices =
        pricing && in.n() <= PRICED_EXPLANATIONS
            ? prices(in, search, cap, budget, best, load)
            : Map.of();
    return build(in, best, load, proven, proven ? null : boundScore(in, result, loadBound), prices);
  }

  /**
   * Per passed-over pair (reviewer's school → school): how the best pairing containing it compares.
   */
  private Map<SchoolPair, String> prices(
      PairingInstance in,
      PairingSearch search,
      int cap,
      long budget,
      PairingSearch.Solution best,
      int load) {
    Map<SchoolPair, String> prices = new HashMap<>();
    for (int b = 0; b < in.n(); b++) {
      for (int a = 0; a < in.n(); a++) {
        if (a == b || best.uses(a, b) || in.forbidden()[a][b]) {
          continue;
        }
        PairingSearch.Result r = search.solveWith(cap, a, b, budget);
        prices.put(
            new SchoolPair(schools.get(a).id(), schools.get(b).id()),
            r.best() == null
                ? null
                : price(in, r.best().crit, search.maxLoad(r.best()), best.crit, load));
      }
    }
    return prices;
  }

  /** The first criterion on which the alternative is worse, in words. */
  private String price(PairingInstance in, long[] alt, int altLoad, long[] chosen, int load) {
    int levels = in.levels();
    for (int l = 0; l < levels; l++) {
      long d = alt[l] - chosen[l];
      if (d != 0) {
        return d > 0
            ? "the best teams with it repeat "
                + d
                + " more "
                + (d == 1 ? "pair" : "pairs")
                + " of "
                + back.get(l).year()
                + " round "
                + back.get(l).round()
            : AS_GOOD + " or better (the search was cut short)";
      }
    }
    long r = alt[levels] - chosen[levels];
    if (r != 0) {
      return r > 0
          ? "the best teams with it have "
              + r
              + " more "
              + (r == 1 ? "pair" : "pairs")
              + " of schools reviewing each other"
          : AS_GOOD + " or better (the search was cut short)";
    }
    long m = alt[levels + 1] - chosen[levels + 1];
    if (m != 0) {
      return m > 0
          ? "the best teams with it share " + m + " fewer focus " + (m == 1 ? "tag" : "tags")
          : AS_GOOD + " or better (the search was cut short)";
    }
    if (altLoad != load) {
      return altLoad > load
          ? "the best teams with it need someone to review " + altLoad + " schools"
          : AS_GOOD + " or better (the search was cut short)";
    }
    return AS_GOOD + " (a tie, broken by the order of the schools in the file)";
  }

  /**
   * Why the programme's rules keep {@code a} from reviewing {@code b}, or null when they do not.
   */
  private String rule(School a, School b) {
    if (p.sameGroupForbid() && a.sharesGroupWith(b)) {
      return "in the same group (`" + a.group() + "`), and `same-group: forbid`";
    }
    for (List<String> pair : p.forbid()) {
      if (pair.contains(a.id()) && pair.contains(b.id())) {
        return "the pair is in `forbid`";
      }
    }
    return null;
  }

  private String label() {
    return "programme `" + p.id() + "`, round " + k + " of " + year;
  }

  private void buildClasses() {
    int n = schools.size();
    for (School s : schools) {
      Set<String> tags = new java.util.HashSet<>();
      for (String f : s.focus()) {
        if (!f.isBlank()) {
          tags.add(PairingPlanner.tag(f));
        }
      }
      focus.add(tags);
    }
    for (int a = 0; a < n; a++) {
      School s = schools.get(a);
      Map<String, List<Person>> bySignature = new LinkedHashMap<>();
      Map<String, Set<String>> expertiseOf = new HashMap<>();
      boolean resting = false;
      for (Person person : s.staff()) {
        if (!isReviewer(person)) {
          continue;
        }
        if (person.reviewLoad() != null && person.reviewLoad() == 0) {
          resting = true; // `review-load: 0`: not reviewing
          continue;
        }
        // Reviewers who match the same schools and have the same cap of their own are
        // interchangeable: one
        // class, counted by its size.
        StringBuilder sig = new StringBuilder().append(person.reviewLoad()).append(':');
        Set<String> expertise = new java.util.HashSet<>();
        if (p.matchFocus()) {
          for (String t : person.expertise()) {
            expertise.add(PairingPlanner.tag(t));
          }
          for (int b = 0; b < n; b++) {
            sig.append(java.util.Collections.disjoint(expertise, focus.get(b)) ? '0' : '1');
          }
        }
        if (!bySignature.containsKey(sig.toString())) {
          expertiseOf.put(sig.toString(), expertise);
        }
        bySignature.computeIfAbsent(sig.toString(), x -> new ArrayList<>()).add(person);
      }
      if (bySignature.isEmpty()) {
        warnings.add(
            Diagnostic.warning(
                p.location(),
                label()
                    + ": "
                    + s.name()
                    + " has no "
                    + roles(false)
                    + (resting ? " with a `review-load` above 0" : "")
                    + ", so it reviews no other school"));
      }
      for (Map.Entry<String, List<Person>> e : bySignature.entrySet()) {
        classPeople.add(e.getValue());
        classSchool.add(a);
        classExpertise.add(expertiseOf.get(e.getKey()));
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
    int[] own = new int[classes];
    boolean[][] matches = new boolean[classes][n];
    for (int c = 0; c < classes; c++) {
      cs[c] = classSchool.get(c);
      size[c] = classPeople.get(c).size();
      Integer load = classPeople.get(c).get(0).reviewLoad();
      own[c] = load == null ? Integer.MAX_VALUE : load;
      for (int b = 0; b < n && p.matchFocus(); b++) {
        // The same as matchedTags(person, school) being non-empty, with the tags compared once per
        // class.
        matches[c][b] = !java.util.Collections.disjoint(classExpertise.get(c), focus.get(b));
      }
    }
    int levels = Math.min(p.avoidRepeat(), back.size());
    int[][] repeats = new int[n][n];
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < n; a++) {
      index.put(schools.get(a).id(), a);
    }
    for (int l = 0; l < levels; l++) {
      for (SchoolPair pr : back.get(l).pairs()) {
        Integer a = index.get(pr.reviewer());
        Integer b = index.get(pr.reviewed());
        if (a != null && b != null && !a.equals(b)) {
          repeats[a][b] |= 1 << l;
        }
      }
    }
    return new PairingInstance(
        n, p.peers(), cs, size, matches, repeats, levels, p.reciprocal(), own, forbidden());
  }

  /**
   * {@code forbidden[a][b]}: the programme's rules keep a from reviewing b (and b from reviewing
   * a).
   */
  private boolean[][] forbidden() {
    int n = schools.size();
    boolean[][] f = new boolean[n][n];
    if (p.sameGroupForbid()) {
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      for (int a = 0; a < n; a++) {
        if (schools.get(a).group() != null) {
          groups.computeIfAbsent(schools.get(a).group(), g -> new ArrayList<>()).add(a);
        }
      }
      for (List<Integer> g : groups.values()) {
        for (int a : g) {
          for (int b : g) {
            f[a][b] = a != b;
          }
        }
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < n; a++) {
      index.put(schools.get(a).id(), a);
    }
    for (List<String> pair : p.forbid()) {
      Integer a = index.get(pair.get(0));
      Integer b = index.get(pair.get(1));
      if (a != null && b != null) {
        f[a][b] = true;
        f[b][a] = true;
      }
    }
    return f;
  }

  /** Counting arguments that explain an impossible programme in the user's terms. */
  private void checkCounts(PairingInstance in) {
    int n = in.n();
    int peers = p.peers();
    if (p.reciprocal() == Reciprocal.FORBID && n < 2 * peers + 1) {
      throw new InfeasibleException(
          label()
              + ": `reciprocal: forbid` needs at least 2 × peers + 1 = "
              + (2 * peers + 1)
              + " schools; this programme has "
              + n
              + " — use `reciprocal: avoid`");
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
        String needed = peers + (peers == 1 ? " is needed" : " are needed");
        String who =
            others == 0
                ? "no " + roles(false) + " from another school may review " + name + "; " + needed
                : people == others
                    ? "only "
                        + others
                        + " "
                        + roles(others != 1)
                        + " may review "
                        + name
                        + ", "
                        + needed
                    : "only "
                        + people
                        + " "
                        + roles(people != 1)
                        + " from "
                        + others
                        + " other "
                        + (others == 1 ? "school" : "schools")
                        + " may review "
                        + name
                        + "; a team needs "
                        + peers
                        + " from different schools";
        throw new InfeasibleException(label() + ": " + who + " (`peers: " + peers + "`)");
      }
    }
    checkForbidden(in, perSchool);
    if (p.maxLoad() != null && !in.ownCaps()) {
      long capacity = (long) in.reviewers() * p.maxLoad();
      if (capacity < in.places()) {
        throw new InfeasibleException(
            label()
                + ": `max-load: "
                + p.maxLoad()
                + "` is too small: "
                + in.places()
                + " places on teams ("
                + n
                + " schools × "
                + peers
                + " peers) but only "
                + in.reviewers()
                + " "
                + roles(in.reviewers() != 1)
                + " × max-load "
                + p.maxLoad()
                + " = "
                + capacity);
      }
    } else if (in.ownCaps()) {
      int cap = p.maxLoad() != null ? p.maxLoad() : n - 1;
      long capacity = 0;
      for (int c = 0; c < in.classes(); c++) {
        capacity += in.capacity(c, cap);
      }
      if (capacity < in.places()) {
        throw new InfeasibleException(
            label()
                + ": the rosters' `review-load`"
                + (p.maxLoad() != null ? " with `max-load: " + p.maxLoad() + "`" : "")
                + " leave"
                + " only "
                + capacity
                + " reviews in the round for "
                + in.places()
                + " places on teams ("
                + n
                + " schools × "
                + peers
                + " peers)"
                + capped(in)
                + "; raise a `review-load` or lower `peers`");
      }
    }
  }

  /**
   * The reviewers whose own {@code review-load} caps them, for messages ({@code ; Ann Lee (fleet)
   * 1, ...}).
   */
  private String capped(PairingInstance in) {
    List<String> who = new ArrayList<>();
    for (int c = 0; c < in.classes(); c++) {
      if (in.classCap()[c] != Integer.MAX_VALUE) {
        for (Person person : classPeople.get(c)) {
          who.add(
              person.name()
                  + " of "
                  + schools.get(in.classSchool()[c]).id()
                  + ": "
                  + in.classCap()[c]);
        }
      }
    }
    if (who.isEmpty()) {
      return "";
    }
    return " ("
        + (who.size() > 6
            ? String.join(", ", who.subList(0, 6)) + " and " + (who.size() - 6) + " more"
            : String.join(", ", who))
        + ")";
  }

  /**
   * A school that the programme's pairing rules leave with fewer possible reviewing schools than
   * peers.
   */
  private void checkForbidden(PairingInstance in, int[] perSchool) {
    int n = in.n();
    for (int b = 0; b < n; b++) {
      int allowed = 0;
      List<String> group = new ArrayList<>();
      List<String> listed = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        if (a == b || perSchool[a] == 0) {
          continue;
        }
        if (!in.forbidden()[a][b]) {
          allowed++;
        } else if (p.sameGroupForbid() && schools.get(a).sharesGroupWith(schools.get(b))) {
          group.add(schools.get(a).id());
        } else {
          listed.add(schools.get(a).id());
        }
      }
      if (allowed < in.peers()) {
        School s = schools.get(b);
        List<String> why = new ArrayList<>();
        if (!group.isEmpty()) {
          why.add(
              names(group)
                  + (group.size() == 1 ? " is" : " are")
                  + " in its group `"
                  + s.group()
                  + "` (`same-group: forbid`)");
        }
        if (!listed.isEmpty()) {
          why.add(
              names(listed)
                  + (listed.size() == 1 ? " is" : " are")
                  + " paired with it in `forbid`");
        }
        throw new InfeasibleException(
            label()
                + ": only "
                + allowed
                + " other "
                + (allowed == 1 ? "school" : "schools")
                + " may review "
                + s.name()
                + " (`"
                + s.id()
                + "`), but "
                + "`peers: "
                + in.peers()
                + "` needs "
                + in.peers()
                + " from different schools: "
                + String.join("; ", why)
                + " — allow some of them, or lower `peers`");
      }
    }
  }

  private static String names(List<String> ids) {
    List<String> quoted = ids.stream().map(id -> "`" + id + "`").toList();
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " and "
        + quoted.get(quoted.size() - 1);
  }

  /**
   * Every team cannot be filled even with no load cap of the programme's own: the pairing rules and
   * the rosters' {@code review-load} leave some teams short (a minimum cut names them).
   */
  private InfeasibleException shortfall(PairingInstance in, PairingSearch search, int cap) {
    PairingSearch.Shortfall sf = search.shortfall(cap);
    List<String> teams = new ArrayList<>();
    for (int b : sf.teams()) {
      teams.add(schools.get(b).id());
    }
    int need = sf.teams().size() * in.peers();
    List<String> rules = new ArrayList<>();
    if (in.ownCaps()) {
      rules.add("the rosters' `review-load`" + capped(in));
    }
    if (p.maxLoad() != null && cap == p.maxLoad()) {
      rules.add("`max-load: " + cap + "`");
    }
    if (p.sameGroupForbid()) {
      rules.add("`same-group: forbid`");
    }
    if (!p.forbid().isEmpty()) {
      rules.add("`forbid`");
    }
    String shown =
        teams.size() > 8
            ? String.join(", ", teams.subList(0, 8)) + " and " + (teams.size() - 8) + " more"
            : String.join(", ", teams);
    return new InfeasibleException(
        label()
            + ": the "
            + (teams.size() == 1 ? "team of " : "teams of ")
            + shown
            + " need "
            + need
            + " "
            + (need == 1 ? "reviewer" : "reviewers")
            + " but the "
            + roles(true)
            + " allowed to review "
            + (teams.size() == 1 ? "it" : "them")
            + " can give only "
            + sf.reviews()
            + (sf.reviews() == 1 ? " review" : " reviews")
            + " in the round, because of "
            + String.join(", ", rules)
            + " — raise a `review-load`, allow more pairs, or lower `peers`");
  }

  /** The smallest load cap at which every team can be filled, ignoring the reciprocal rule. */
  private int lowestCap(PairingSearch search, PairingInstance in) {
    int lo = Math.max(1, (in.places() + in.reviewers() - 1) / in.reviewers());
    if (search.relaxationFeasible(lo)) {
      return lo; // the usual case: one flow
    }
    lo++;
    int hi = Math.max(lo, in.places());
    if (!search.relaxationFeasible(hi)) {
      throw shortfall(in, search, hi);
    }
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
      return new InfeasibleException(
          label()
              + ": no pairing meeting `reciprocal: forbid`"
              + withCap
              + " was found within the search effort; use `reciprocal: avoid`");
    }
    return new InfeasibleException(
        label()
            + ": no pairing of these "
            + in.n()
            + " schools meets"
            + " `reciprocal: forbid`"
            + withCap
            + ": "
            + in.places()
            + " reviews must go one way only between"
            + " schools that have "
            + roles(true)
            + " — use `reciprocal: avoid`");
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

  private Planned build(
      PairingInstance in,
      PairingSearch.Solution best,
      int load,
      boolean optimal,
      Score bound,
      Map<SchoolPair, String> prices) {
    int n = in.n();
    int[] used = new int[in.classes()];
    List<ReviewTeam> teams = new ArrayList<>();
    Set<SchoolPair> pairs = new LinkedHashSet<>();
    Map<ReviewerKey, Integer> loads = new HashMap<>();
    int matches = 0;
    for (int b = 0; b < n; b++) {
      School school = schools.get(b);
      List<Peer> peers = new ArrayList<>();
      for (int c : best.team[b]) {
        // Spread a class's reviews over its people in roster order, so that loads differ by at most
        // one.
        List<Person> people = classPeople.get(c);
        Person person = people.get(used[c]++ % people.size());
        School from = schools.get(in.classSchool()[c]);
        List<String> m = matchedTags(person, school);
        matches += m.isEmpty() ? 0 : 1;
        peers.add(new Peer(person, from, m));
        pairs.add(new SchoolPair(from.id(), school.id()));
        loads.merge(new ReviewerKey(from.id(), person.id()), 1, Integer::sum);
      }
      Person lead = p.leadRole() == null ? null : school.first(p.leadRole(), null).orElse(null);
      String external = p.external() ? school.externalReviewer() : null;
      teams.add(new ReviewTeam(school, lead, external, peers));
    }
    Integer[] rep = new Integer[p.avoidRepeat()];
    Arrays.fill(rep, 0);
    for (int l = 0; l < Math.min(back.size(), rep.length); l++) {
      for (SchoolPair pr : pairs) {
        if (back.get(l).pairs().contains(pr)) {
          rep[l]++;
        }
      }
    }
    int reciprocal = 0;
    for (SchoolPair pr : pairs) {
      if (pr.reviewer().compareTo(pr.reviewed()) < 0 && pairs.contains(pr.reversed())) {
        reciprocal++;
      }
    }
    int maxLoad = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (maxLoad != load) {
      throw new IllegalStateException("load mismatch " + maxLoad + " vs " + load);
    }
    Score score = new Score(List.of(rep), reciprocal, matches, maxLoad);
    // Explanations list every passed-over school for every team: quadratic text, so only for
    // --explain or a
    // partnership small enough that it costs nothing.
    List<String> explanations =
        pricing || n <= EXPLAINED_WITHOUT_ASKING
            ? PairingExplainer.explain(p, teams, back, pairs, loads, prices, this::rule)
            : List.of();
    List<String> labels = new ArrayList<>();
    for (int l = 0; l < Math.min(back.size(), p.avoidRepeat()); l++) {
      labels.add(back.get(l).year() + " round " + back.get(l).round());
    }
    ReviewRound round =
        new ReviewRound(p, year, k, teams, score, optimal, bound, explanations, labels);
    return new Planned(round, pairs, warnings);
  }

  /**
   * The focus tags the person shares with the school; always empty without {@code match: focus}.
   */
  List<String> matchedTags(Person person, School school) {
    return p.matchFocus() ? sharedTags(person, school) : List.of();
  }
}
