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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The best score of round 1 by trying every feasible pairing, written straight from SPEC section 6
 * and sharing no code with the planner. Null when no pairing meets the hard constraints.
 */
final class BruteForce {
  private final ReviewProgramme p;
  private final List<School> schools = new ArrayList<>();
  private final List<List<Person>> reviewers = new ArrayList<>();
  private final List<Set<String>> back = new ArrayList<>();
  private final int n;
  private int[] best;
  private boolean searched;
  private boolean firstOnly;
  // The search's state: each school's team choices, the team picked so far for each school, every
  // reviewer's load (reviewers numbered school by school from firstReviewer), who reviews whom,
  // whether a
  // reviewer shares a school's focus, the pairs of each round back, and the score being built.
  private List<List<int[][]>> teams;
  private int[][][] picked;
  private int[] firstReviewer;
  private int[] load;
  private boolean[][] pair;
  private boolean[][] shares;
  private boolean[][][] repeated;
  private int[] score;

  BruteForce(Partnership partnership, ReviewProgramme p, AcademicYear year) {
    this(partnership, p, year, year.terms().get(0).start(), List.of());
  }

  /**
   * For a later round of the year: membership on {@code day}, and the pairs ("a>b") of this year's
   * earlier rounds, most recent first, counted before the history of earlier years.
   */
  BruteForce(
      Partnership partnership,
      ReviewProgramme p,
      AcademicYear year,
      LocalDate day,
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
        reviewers.add(
            s.staff().stream()
                .filter(x -> p.reviewerRoles().stream().anyMatch(x::hasRole))
                .toList());
      }
    }
    n = schools.size();
    TreeMap<String, TreeMap<Integer, Set<String>>> h = new TreeMap<>();
    for (HistoryRow r : partnership.history()) {
      if (r.programme().equals(p.id()) && r.year().compareTo(year.name()) < 0) {
        h.computeIfAbsent(r.year(), y -> new TreeMap<>())
            .computeIfAbsent(r.round(), k -> new HashSet<>())
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
    if (!searched) {
      searched = true;
      prepare();
      search(0, 0, 0);
    }
    return best == null ? null : best.clone();
  }

  /** Whether any pairing exists: {@code best() != null}, by a search that stops at the first. */
  boolean exists() {
    if (searched) {
      return best != null;
    }
    prepare();
    firstOnly = true;
    search(0, 0, 0);
    firstOnly = false;
    boolean found = best != null;
    best = null; // the first found, not the best: best() searches again
    return found;
  }

  private void prepare() {
    // Per reviewed school: every choice of (school, person) pairs, schools distinct, not itself.
    teams = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      List<int[][]> t = new ArrayList<>();
      choose(b, 0, new ArrayList<>(), t);
      teams.add(t);
    }
    int[] first = new int[n + 1];
    for (int a = 0; a < n; a++) {
      first[a + 1] = first[a] + reviewers.get(a).size();
    }
    firstReviewer = first;
    load = new int[first[n]];
    pair = new boolean[n][n];
    shares = new boolean[first[n]][n];
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < reviewers.get(a).size(); i++) {
        for (int b = 0; b < n; b++) {
          shares[first[a] + i][b] = shares(reviewers.get(a).get(i), schools.get(b));
        }
      }
    }
    repeated = new boolean[back.size()][n][n];
    for (int l = 0; l < back.size(); l++) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          repeated[l][a][b] = back.get(l).contains(schools.get(a).id() + ">" + schools.get(b).id());
        }
      }
    }
    score = new int[p.avoidRepeat() + 3];
    picked = new int[n][][];
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

  /**
   * Every team for school {@code b} onwards, given the loads, pairs and reciprocal pairs so far. A
   * branch is cut only where a hard rule is already broken (loads and reciprocal pairs only grow
   * deeper down).
   */
  private void search(int b, int maxLoad, int reciprocal) {
    if (b == n) {
      evaluate(maxLoad, reciprocal);
      return;
    }
    for (int[][] team : teams.get(b)) {
      if (firstOnly && best != null) {
        return; // exists(): one pairing is enough
      }
      picked[b] = team;
      int deeperLoad = maxLoad;
      int deeperReciprocal = reciprocal;
      boolean overOwn = false;
      for (int[] m : team) {
        int r = firstReviewer[m[0]] + m[1];
        deeperLoad = Math.max(deeperLoad, ++load[r]);
        // SPEC section 11: a roster's review-load caps that person's reviews (0: not reviewing).
        Integer own = reviewers.get(m[0]).get(m[1]).reviewLoad();
        overOwn |= own != null && load[r] > own;
        pair[m[0]][b] = true;
        if (pair[b][m[0]]) {
          deeperReciprocal++;
        }
      }
      boolean broken =
          overOwn
              || p.maxLoad() != null && deeperLoad > p.maxLoad()
              || p.reciprocal() == Reciprocal.FORBID && deeperReciprocal > 0;
      if (!broken) {
        search(b + 1, deeperLoad, deeperReciprocal);
      }
      for (int[] m : team) {
        load[firstReviewer[m[0]] + m[1]]--;
        pair[m[0]][b] = false;
      }
    }
  }

  private void evaluate(int maxLoad, int reciprocal) {
    int a = p.avoidRepeat();
    Arrays.fill(score, 0);
    for (int b = 0; b < n; b++) {
      for (int x = 0; x < n; x++) {
        if (pair[x][b]) {
          for (int l = 0; l < repeated.length; l++) {
            if (repeated[l][x][b]) {
              score[l]++;
            }
          }
        }
      }
    }
    int matches = 0;
    if (p.matchFocus()) {
      for (int b = 0; b < n; b++) {
        for (int[] m : picked[b]) {
          if (shares[firstReviewer[m[0]] + m[1]][b]) {
            matches++;
          }
        }
      }
    }
    score[a] = reciprocal;
    score[a + 1] = matches;
    score[a + 2] = maxLoad;
    if (p.maxLoad() != null) {
      if (best == null || better(score, best)) {
        best = score.clone();
      }
    } else if (best == null
        || maxLoad < best[a + 2]
        || maxLoad == best[a + 2] && better(score, best)) {
      // The default max-load: the smallest cap that works, then the best pairing under it.
      best = score.clone();
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

  /**
   * SPEC section 11: same group under {@code same-group: forbid}, or a pair listed in {@code
   * forbid}.
   */
  private boolean forbidden(School a, School b) {
    if (p.sameGroupForbid() && a.group() != null && a.group().equals(b.group())) {
      return true;
    }
    return p.forbid().contains(List.of(a.id(), b.id()))
        || p.forbid().contains(List.of(b.id(), a.id()));
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
