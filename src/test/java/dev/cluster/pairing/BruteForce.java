package dev.cluster.pairing;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The best score of round 1 by trying every feasible pairing, written straight from SPEC section 6 and
 * sharing no code with the planner. Null when no pairing meets the hard constraints.
 */
final class BruteForce {
  private final ReviewProgramme p;
  private final List<School> schools = new ArrayList<>();
  private final List<List<Person>> reviewers = new ArrayList<>();
  private final List<Set<String>> back = new ArrayList<>();
  private final int n;
  private int[] best;
  private final Map<Integer, int[]> bestByLoad = new TreeMap<>();

  BruteForce(Partnership partnership, ReviewProgramme p, AcademicYear year) {
    this(partnership, p, year, year.terms().get(0).start(), List.of());
  }

  /**
   * For a later round of the year: membership on {@code day}, and the pairs ("a>b") of this year's earlier
   * rounds, most recent first, counted before the history of earlier years.
   */
  BruteForce(Partnership partnership, ReviewProgramme p, AcademicYear year, LocalDate day,
      List<Set<String>> earlierThisYear) {
    this.p = p;
    for (Set<String> pairs : earlierThisYear) {
      if (back.size() < p.avoidRepeat()) {
        back.add(pairs);
      }
    }
    for (School s : partnership.schools()) {
      if (s.isMemberOn(day)) {
        schools.add(s);
        reviewers.add(s.staff().stream().filter(x -> p.reviewerRoles().stream().anyMatch(x::hasRole)).toList());
      }
    }
    n = schools.size();
    TreeMap<String, TreeMap<Integer, Set<String>>> h = new TreeMap<>();
    for (HistoryRow r : partnership.history()) {
      if (r.programme().equals(p.id()) && r.year().compareTo(year.name()) < 0) {
        h.computeIfAbsent(r.year(), y -> new TreeMap<>()).computeIfAbsent(r.round(), k -> new HashSet<>())
            .add(r.reviewerSchool() + ">" + r.school());
      }
    }
    for (String y : h.descendingKeySet()) {
      for (int k : h.get(y).descendingKeySet()) {
        if (back.size() < p.avoidRepeat()) {
          back.add(h.get(y).get(k));
        }
      }
    }
  }

  /** How many pairings there are to try (before the load and reciprocal rules). */
  long size() {
    long size = 1;
    for (int b = 0; b < n; b++) {
      List<int[][]> t = new ArrayList<>();
      choose(b, 0, new ArrayList<>(), t);
      size *= Math.max(1, t.size());
    }
    return size;
  }

  /** [repeats..., reciprocal, matches, max-load] of the best pairing, or null when none exists. */
  int[] best() {
    // Per reviewed school: every choice of (school, person) pairs, schools distinct, not itself.
    List<List<int[][]>> teams = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      List<int[][]> t = new ArrayList<>();
      choose(b, 0, new ArrayList<>(), t);
      teams.add(t);
    }
    search(teams, 0, new int[n][], new HashMap<>());
    if (bestByLoad.isEmpty()) {
      return null;
    }
    if (p.maxLoad() == null) {
      // The smallest cap that works, then the best pairing under it.
      return bestByLoad.values().iterator().next();
    }
    return best;
  }

  private void choose(int b, int from, List<int[]> chosen, List<int[][]> out) {
    if (chosen.size() == p.peers()) {
      out.add(chosen.toArray(new int[0][]));
      return;
    }
    for (int a = from; a < n; a++) {
      if (a == b || forbidden(schools.get(a), schools.get(b))) {
        continue;
      }
      for (int i = 0; i < reviewers.get(a).size(); i++) {
        chosen.add(new int[] {a, i});
        choose(b, a + 1, chosen, out);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private void search(List<List<int[][]>> teams, int b, int[][] pick, Map<String, Integer> load) {
    if (b == n) {
      evaluate(teams, pick, load);
      return;
    }
    List<int[][]> t = teams.get(b);
    for (int i = 0; i < t.size(); i++) {
      pick[b] = new int[] {i};
      for (int[] m : t.get(i)) {
        load.merge(m[0] + "/" + m[1], 1, Integer::sum);
      }
      search(teams, b + 1, pick, load);
      for (int[] m : t.get(i)) {
        load.merge(m[0] + "/" + m[1], -1, Integer::sum);
      }
    }
  }

  private void evaluate(List<List<int[][]>> teams, int[][] pick, Map<String, Integer> load) {
    int maxLoad = load.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (p.maxLoad() != null && maxLoad > p.maxLoad()) {
      return;
    }
    // SPEC section 11: a roster's review-load caps that person's reviews (0: not reviewing).
    for (Map.Entry<String, Integer> e : load.entrySet()) {
      String[] ai = e.getKey().split("/");
      Integer own = reviewers.get(Integer.parseInt(ai[0])).get(Integer.parseInt(ai[1])).reviewLoad();
      if (own != null && e.getValue() > own) {
        return;
      }
    }
    Set<String> pairs = new HashSet<>();
    int matches = 0;
    for (int b = 0; b < n; b++) {
      for (int[] m : teams.get(b).get(pick[b][0])) {
        pairs.add(schools.get(m[0]).id() + ">" + schools.get(b).id());
        if (p.matchFocus() && shares(reviewers.get(m[0]).get(m[1]), schools.get(b))) {
          matches++;
        }
      }
    }
    int reciprocal = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        String ab = schools.get(a).id() + ">" + schools.get(b).id();
        String ba = schools.get(b).id() + ">" + schools.get(a).id();
        if (pairs.contains(ab) && pairs.contains(ba)) {
          reciprocal++;
        }
      }
    }
    if (p.reciprocal() == Reciprocal.FORBID && reciprocal > 0) {
      return;
    }
    int a = p.avoidRepeat();
    int[] score = new int[a + 3];
    for (int l = 0; l < back.size(); l++) {
      for (String pr : pairs) {
        if (back.get(l).contains(pr)) {
          score[l]++;
        }
      }
    }
    score[a] = reciprocal;
    score[a + 1] = matches;
    score[a + 2] = maxLoad;
    if (best == null || better(score, best)) {
      best = score;
    }
    // For the default max-load: the best pairing whose load is at most each cap.
    for (int cap = maxLoad; cap <= n * p.peers(); cap++) {
      int[] cur = bestByLoad.get(cap);
      if (cur == null || better(score, cur)) {
        bestByLoad.put(cap, score);
      }
    }
  }

  /** Lexicographic in SPEC order: repeats, reciprocal (avoid only), matches (more), max-load. */
  boolean better(int[] x, int[] y) {
    int a = p.avoidRepeat();
    for (int l = 0; l < a; l++) {
      if (x[l] != y[l]) {
        return x[l] < y[l];
      }
    }
    if (p.reciprocal() == Reciprocal.AVOID && x[a] != y[a]) {
      return x[a] < y[a];
    }
    if (x[a + 1] != y[a + 1]) {
      return x[a + 1] > y[a + 1];
    }
    return x[a + 2] < y[a + 2];
  }

  /** SPEC section 11: same group under {@code same-group: forbid}, or a pair listed in {@code forbid}. */
  private boolean forbidden(School a, School b) {
    if (p.sameGroupForbid() && a.group() != null && a.group().equals(b.group())) {
      return true;
    }
    return p.forbid().contains(List.of(a.id(), b.id())) || p.forbid().contains(List.of(b.id(), a.id()));
  }

  private static boolean shares(Person person, School school) {
    Set<String> e = new HashSet<>();
    for (String t : person.expertise()) {
      e.add(t.trim().toLowerCase(Locale.ROOT));
    }
    for (String f : school.focus()) {
      if (e.contains(f.trim().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
