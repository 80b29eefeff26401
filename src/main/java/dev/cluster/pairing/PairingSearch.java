package dev.cluster.pairing;

import dev.cluster.model.ReviewProgramme.Reciprocal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact search for one round at one load cap. The min-cost flow (source → reviewer class [cap ×
 * size] → (reviewer's school, reviewed school) [1] → reviewed school [peers] → sink) is optimal for
 * every criterion except reciprocity, which a flow cannot see; so it is a lower bound, and a
 * depth-first branch and bound over the reciprocal pairs the flow proposes closes the gap: for a
 * pair a⇄b, either a→b is forbidden, or b→a is, or (with {@code reciprocal: avoid}) the pair is
 * accepted and counted. The flow carries only candidate school pairs (see {@link Network}); the
 * others are priced out, so that every bound holds for the network of all pairs. Effort is bounded
 * by a fixed count of arcs examined, never by the clock, so the same input always gives the same
 * answer.
 *
 * <p>Criteria are compared as vectors {@code [repeats 1 back, ..., repeats k back, reciprocal,
 * -matches]}. Costs in the flow encode them lexicographically as weights; below them a small
 * tie-break cost prefers, for each school, reviewers from the schools just after it in file order
 * (a cyclic shift), which also keeps reciprocal pairs out of the first flow in most cases.
 */
final class PairingSearch {
  private final PairingInstance in;
  private final int n;
  private final long[] levelWeight;
  private final long matchWeight;
  private final boolean tieBreak;
  private final int tieCap;
  private final Map<Integer, Network> networks = new HashMap<>();

  /** The default effort of one search, in arcs examined (a few seconds on one core). */
  static final long EFFORT = 300_000_000L;

  /**
   * Per school and pricing round, the implicit pairs of most negative reduced cost that are added.
   */
  private static final int ADDED = 3;

  /** Label correcting may examine this many times the network's arcs and nodes before giving up. */
  private static final long CORRECT = 4;

  private final long budget;

  /** Candidate pairs per school and per class to start from (at least n - 1: every pair). */
  private final int width;

  private final long[] meter = new long[1];
  private final int[] classCount;
  private final int[] firstClass;

  /**
   * A search of {@code in} with the effort {@code budget} (0: {@link #EFFORT}) starting from {@code
   * width} candidate pairs per school and class (0: sized by the peers).
   */
  PairingSearch(PairingInstance in, long budget, int width) {
    this.in = in;
    this.n = in.n();
    this.budget = budget > 0 ? budget : EFFORT;
    this.classCount = new int[n];
    this.firstClass = new int[n];
    Arrays.fill(firstClass, -1);
    for (int k = in.classes() - 1; k >= 0; k--) {
      classCount[in.classSchool()[k]]++;
      firstClass[in.classSchool()[k]] = k;
    }
    int places = in.places();
    // Weights from the least to the most important criterion, each larger than every total below
    // it.
    // The tie-break distinguishes the nearest few schools only: a finer one would add shortest-path
    // phases.
    this.tieCap = Math.min(Math.max(0, n - 2), 3 * in.peers() + 1);
    long tieTotal = (long) places * tieCap;
    long[] weights = weights(in.levels(), places, tieTotal);
    boolean tie = true;
    if (weights == null) {
      tie = false;
      weights = weights(in.levels(), places, 0);
    }
    int costed = in.levels();
    while (weights == null) {
      // Too many rounds back to weigh exactly in a long: weigh the most recent ones only; the
      // result is then
      // never claimed optimal (see truncated()).
      costed--;
      weights = weights(costed, places, 0);
    }
    this.tieBreak = tie;
    this.matchWeight = weights[costed];
    this.levelWeight = Arrays.copyOf(weights, costed);
    // The nearest schools (tie-break costs below tieCap) and as many again: measured on 500 and
    // 2,000 schools.
    // Below a few times that many schools every pair is a candidate: the whole network is then
    // quicker.
    int w = tieCap + 2 * in.peers() + 2;
    this.width = width > 0 ? width : n <= 4 * w ? n : w;
  }

  /** Whether some rounds back are left out of the flow's costs, so that nothing can be proven. */
  boolean truncated() {
    return levelWeight.length < in.levels();
  }

  /**
   * Level weights (most recent first), then the match weight; null when they would not fit in a
   * long.
   */
  private static long[] weights(int levels, int places, long tieTotal) {
    long[] w = new long[levels + 1];
    try {
      long unit = Math.addExact(tieTotal, 1);
      w[levels] = unit;
      long step = places + 1L;
      long cur = Math.multiplyExact(unit, step);
      for (int k = levels - 1; k >= 0; k--) {
        w[k] = cur;
        cur = Math.multiplyExact(cur, step);
      }
      // Headroom: potentials and distances add a few totals together.
      Math.multiplyExact(cur, 8L);
      return w;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** A pairing as classes per team; see {@link #crit}. */
  static final class Solution {
    final int[][] team; // per reviewed school, the classes on its team in class order
    final int[] classLoad;
    final long[] crit;
    private final long[] pairs; // reviewer's school × n + reviewed school, ascending
    private final int n;

    Solution(int[][] team, int[] classLoad, long[] crit, long[] pairs, int n) {
      this.team = team;
      this.classLoad = classLoad;
      this.crit = crit;
      this.pairs = pairs;
      this.n = n;
    }

    /** Whether a reviewer of school {@code a} is on the team of school {@code b}. */
    boolean uses(int a, int b) {
      return Arrays.binarySearch(pairs, (long) a * n + b) >= 0;
    }
  }

  /**
   * What a search gave: the best pairing found (null: none), whether proven, and a bound no pairing
   * beats.
   */
  record Result(Solution best, boolean proven, long[] bound, long work) {}

  /**
   * Whether the state proved optimal on the whole network, and if not, the pairs to add and a
   * bound.
   */
  private record Priced(boolean proven, long[] missing, long lower) {}

  /**
   * The flow network at one cap. Only candidate school pairs carry arcs (for each school its
   * cheapest reviewing schools, for each reviewer class its cheapest schools to review); every
   * other pair is an implicit arc, priced with the potentials after each solve (column generation):
   * when no implicit arc can shorten a path, the flow is optimal on the network with every pair,
   * which keeps the proof; otherwise the pairs that could are added and the flow is solved again.
   */
  private final class Network {
    static final int SOURCE = 0;
    static final int SINK = 1;
    final int cap;
    final int[] forced;
    final int schoolBase;
    final int target;
    final boolean roomForForced;
    final BitSet cand;
    final long[] minImplicit; // per class, a lower bound on the cost of its implicit arcs
    MinCostFlow root;
    long[] entKey; // per candidate pair (in a-major order): a × n + b
    int[] entArc; // the arc into b (pair node → b, or class → b for a school of one class)
    int[] entClassArc; // the first class arc (class → pair node), classes of a two arc ids apart
    int[] sinkArc;
    boolean feasible;
    boolean proven;
    long[] lower;

    /**
     * The network at {@code cap}; {@code forced} ({a, b, class}, may be null) puts one reviewer of
     * a on b's team.
     */
    Network(int cap, int[] forced) {
      this.cap = cap;
      this.forced = forced;
      this.schoolBase = 2 + in.classes();
      this.target = in.places() - (forced == null ? 0 : 1);
      this.roomForForced = forced == null || in.capacity(forced[2], cap) >= 1;
      this.cand = candidates();
      this.minImplicit = minImplicit();
      long begin = meter[0];
      while (true) {
        build();
        if (root.totalFlow() < target) {
          long[] more = roomForForced ? path(root, SOURCE, SINK) : null;
          if (more == null) {
            feasible = false;
            proven =
                true; // no augmenting path even through implicit arcs: a minimum cut of the whole
            // network
            return;
          }
          extend(more, false);
          continue;
        }
        feasible = true;
        Priced p = price(root);
        if (p.proven) {
          proven = true;
          return;
        }
        if (meter[0] - begin >= budget) {
          proven = false;
          lower = decodeLower(p.lower);
          return;
        }
        extend(p.missing, false);
      }
    }

    private boolean allowed(int a, int b) {
      return a != b
          && classCount[a] > 0
          && !in.forbidden()[a][b]
          && !(forced != null && forced[0] == a && forced[1] == b);
    }

    private boolean implicit(int a, int b) {
      return allowed(a, b) && !cand.get(a * n + b);
    }

    private long cost(int k, int a, int b) {
      return pairCost(a, b) + missCost(k, b);
    }

    /**
     * The first candidate pairs: the cheapest few reviewing schools of each school and schools of
     * each class.
     */
    private BitSet candidates() {
      BitSet c = new BitSet(n * n);
      if (width >= n - 1) {
        for (int a = 0; a < n; a++) {
          for (int b = 0; b < n; b++) {
            if (allowed(a, b)) {
              c.set(a * n + b);
            }
          }
        }
        return c;
      }
      Cheapest pick = new Cheapest(width);
      for (int b = 0; b < n; b++) {
        pick.clear();
        for (int a = 0; a < n; a++) {
          if (allowed(a, b)) {
            long best = Long.MAX_VALUE;
            for (int k = firstClass[a]; k < firstClass[a] + classCount[a]; k++) {
              best = Math.min(best, missCost(k, b));
            }
            pick.offer(best + pairCost(a, b), spread(a, b), a);
          }
        }
        for (int i = 0; i < pick.size; i++) {
          c.set(pick.ids[i] * n + b);
        }
      }
      for (int k = 0; k < in.classes(); k++) {
        int a = in.classSchool()[k];
        pick.clear();
        for (int b = 0; b < n; b++) {
          if (allowed(a, b)) {
            pick.offer(cost(k, a, b), spread(a, b), b);
          }
        }
        for (int i = 0; i < pick.size; i++) {
          c.set(a * n + pick.ids[i]);
        }
      }
      return c;
    }

    /**
     * Among candidates of equal cost, a fixed pseudo-random order, so that far pairs are spread
     * over the schools.
     */
    private int spread(int a, int b) {
      long x = (long) a * 0x9E3779B97F4A7C15L + (long) b * 0xC2B2AE3D27D4EB4FL;
      x ^= x >>> 29;
      x *= 0xBF58476D1CE4E5B9L;
      x ^= x >>> 32;
      return (int) (x & 0x7fffffff);
    }

    private long[] minImplicit() {
      long[] m = new long[in.classes()];
      Arrays.fill(m, Long.MAX_VALUE);
      if (width >= n - 1) {
        return m;
      }
      for (int k = 0; k < in.classes(); k++) {
        int a = in.classSchool()[k];
        for (int b = 0; b < n; b++) {
          if (implicit(a, b)) {
            m[k] = Math.min(m[k], cost(k, a, b));
          }
        }
      }
      return m;
    }

    /**
     * Adds pairs to the candidates and solves the network again (the search's states are then
     * rebuilt).
     */
    void extend(long[] pairs, boolean solve) {
      for (long pr : pairs) {
        cand.set((int) pr);
      }
      if (solve) {
        build();
      }
    }

    /** Builds the network of the candidate pairs and solves it. */
    private void build() {
      int classes = in.classes();
      int entries = cand.cardinality();
      int pairNodes = 0;
      for (int e = cand.nextSetBit(0); e >= 0; e = cand.nextSetBit(e + 1)) {
        if (classCount[e / n] > 1) {
          pairNodes++;
        }
      }
      int pairBase = schoolBase + n;
      MinCostFlow f = new MinCostFlow(pairBase + pairNodes, meter);
      entKey = new long[entries];
      entArc = new int[entries];
      entClassArc = new int[entries];
      for (int k = 0; k < classes; k++) {
        long room = in.capacity(k, cap) - (forced != null && forced[2] == k ? 1 : 0);
        f.addArc(SOURCE, 2 + k, (int) Math.max(0, Math.min(Integer.MAX_VALUE, room)), 0);
      }
      int nextPair = pairBase;
      int i = 0;
      // The same arcs in the same order as a network of every pair, so that ties fall the same way.
      for (int e = cand.nextSetBit(0); e >= 0; e = cand.nextSetBit(e + 1), i++) {
        int a = e / n;
        int b = e % n;
        entKey[i] = e;
        long pairCost = pairCost(a, b);
        if (classCount[a] == 1) {
          int k = firstClass[a];
          entArc[i] = f.addArc(2 + k, schoolBase + b, 1, pairCost + missCost(k, b));
          entClassArc[i] = entArc[i];
        } else {
          int p = nextPair++;
          for (int k = firstClass[a]; k < firstClass[a] + classCount[a]; k++) {
            int id = f.addArc(2 + k, p, 1, missCost(k, b));
            if (k == firstClass[a]) {
              entClassArc[i] = id;
            }
          }
          entArc[i] = f.addArc(p, schoolBase + b, 1, pairCost);
        }
      }
      sinkArc = new int[n];
      for (int b = 0; b < n; b++) {
        sinkArc[b] =
            f.addArc(
                schoolBase + b, SINK, in.peers() - (forced != null && forced[1] == b ? 1 : 0), 0);
      }
      if (roomForForced) {
        f.solve(SOURCE, SINK, target);
      }
      root = f;
    }

    /** The arc that carries pair (a, b), or -1 when the pair has none. */
    int pairArc(int a, int b) {
      int i = Arrays.binarySearch(entKey, (long) a * n + b);
      return i < 0 ? -1 : entArc[i];
    }

    /**
     * Prices the implicit arcs with the potentials of {@code f} (an optimal flow on the candidate
     * network). When some has a negative reduced cost, label correcting looks for potentials that
     * hold for every arc, candidate or implicit (they exist exactly when no cycle of negative cost
     * runs through implicit arcs, i.e. when the flow is optimal on the whole network); found, they
     * replace the flow's. Otherwise the answer names the implicit pairs of negative reduced cost
     * and a lower bound on the whole network's cost: the flow's cost plus those reduced costs
     * (Lagrangian duality, every implicit pair carrying at most one unit).
     */
    Priced price(MinCostFlow f) {
      long[] pot = f.potentials();
      long maxSchool = Long.MIN_VALUE;
      for (int b = 0; b < n; b++) {
        maxSchool = Math.max(maxSchool, pot[schoolBase + b]);
      }
      long[] pairRc = null;
      int negative = 0;
      Cheapest[] most =
          new Cheapest[n]; // per school, the implicit pairs of most negative reduced cost
      long delta = 0;
      for (int a = 0; a < n; a++) {
        boolean maybe = false;
        for (int k = firstClass[a]; k < firstClass[a] + classCount[a]; k++) {
          maybe |= minImplicit[k] != Long.MAX_VALUE && pot[2 + k] + minImplicit[k] < maxSchool;
        }
        if (!maybe) {
          continue;
        }
        meter[0] += n;
        for (int b = 0; b < n; b++) {
          if (!implicit(a, b)) {
            continue;
          }
          long pc = pairCost(a, b);
          long low = 0;
          for (int k = firstClass[a]; k < firstClass[a] + classCount[a]; k++) {
            low = Math.min(low, pc + missCost(k, b) + pot[2 + k] - pot[schoolBase + b]);
          }
          if (low < 0) {
            if (most[b] == null) {
              most[b] = new Cheapest(ADDED);
            }
            most[b].offer(low, spread(a, b), a);
            negative++;
            delta += low;
          }
        }
      }
      if (negative == 0) {
        return new Priced(true, null, 0);
      }
      LongList missing = new LongList();
      for (int b = 0; b < n; b++) {
        for (int i = 0; most[b] != null && i < most[b].size; i++) {
          missing.add((long) most[b].ids[i] * n + b);
        }
      }
      long[] better = correct(f, pot, maxSchool);
      if (better != null) {
        f.potentials(better);
        return new Priced(true, null, 0);
      }
      return new Priced(false, missing.toArray(), f.totalCost() + forcedCost() + delta);
    }

    private long forcedCost() {
      return forced == null ? 0 : cost(forced[2], forced[0], forced[1]);
    }

    /**
     * Label correcting over candidate residual arcs and implicit arcs; null on a negative cycle or
     * when too long.
     */
    private long[] correct(MinCostFlow f, long[] pot, long maxSchool) {
      int nodes = f.nodes();
      long[] p = pot.clone();
      int[] len = new int[nodes];
      boolean[] queued = new boolean[nodes];
      int[] queue = new int[nodes + 1];
      int qh = 0;
      int qt = 0;
      for (int k = 0; k < in.classes(); k++) {
        queue[qt++] = 2 + k;
        queued[2 + k] = true;
      }
      long limit = meter[0] + CORRECT * ((long) f.arcs() + f.nodes());
      while (qh != qt) {
        int u = queue[qh];
        qh = qh == nodes ? 0 : qh + 1;
        queued[u] = false;
        if (meter[0] > limit) {
          return null;
        }
        meter[0] += 1 + f.end(u) - f.first(u);
        for (int i = f.first(u), end = f.end(u); i < end; i++) {
          int e = f.arcAt(i);
          if (f.room(e) > 0) {
            int v = f.head(e);
            long d = p[u] + f.cost(e);
            if (d < p[v]) {
              p[v] = d;
              len[v] = len[u] + 1;
              if (len[v] >= nodes) {
                return null;
              }
              if (!queued[v]) {
                queued[v] = true;
                queue[qt] = v;
                qt = qt == nodes ? 0 : qt + 1;
              }
            }
          }
        }
        int k = u - 2;
        if (k < 0
            || k >= in.classes()
            || minImplicit[k] == Long.MAX_VALUE
            || p[u] + minImplicit[k] >= maxSchool) {
          continue;
        }
        int a = in.classSchool()[k];
        meter[0] += n;
        for (int b = 0; b < n; b++) {
          int v = schoolBase + b;
          if (p[u] + minImplicit[k] < p[v] && implicit(a, b)) {
            long d = p[u] + cost(k, a, b);
            if (d < p[v]) {
              p[v] = d;
              len[v] = len[u] + 1;
              if (len[v] >= nodes) {
                return null;
              }
              if (!queued[v]) {
                queued[v] = true;
                queue[qt] = v;
                qt = qt == nodes ? 0 : qt + 1;
              }
            }
          }
        }
      }
      return p;
    }

    /**
     * Breadth-first from {@code s} over arcs with room and implicit arcs: when {@code t} is
     * reached, the implicit pairs by which schools were first reached (to be added); null when it
     * is not.
     */
    long[] path(MinCostFlow f, int s, int t) {
      boolean[] seen = new boolean[f.nodes()];
      LongList found = new LongList();
      search(f, s, seen, found);
      return seen[t] ? found.toArray() : null;
    }

    /** The nodes reachable from {@code s} over arcs with room and implicit arcs. */
    boolean[] reachable(MinCostFlow f, int s) {
      boolean[] seen = new boolean[f.nodes()];
      search(f, s, seen, new LongList());
      return seen;
    }

    private void search(MinCostFlow f, int s, boolean[] seen, LongList found) {
      int[] queue = new int[f.nodes()];
      int qh = 0;
      int qt = 0;
      seen[s] = true;
      queue[qt++] = s;
      while (qh < qt) {
        int u = queue[qh++];
        meter[0] += 1 + f.end(u) - f.first(u);
        for (int i = f.first(u), end = f.end(u); i < end; i++) {
          int e = f.arcAt(i);
          if (f.room(e) > 0 && !seen[f.head(e)]) {
            seen[f.head(e)] = true;
            queue[qt++] = f.head(e);
          }
        }
        int k = u - 2;
        if (k >= 0 && k < in.classes() && minImplicit[k] != Long.MAX_VALUE) {
          int a = in.classSchool()[k];
          meter[0] += n;
          for (int b = 0; b < n; b++) {
            int v = schoolBase + b;
            if (!seen[v] && implicit(a, b)) {
              seen[v] = true;
              queue[qt++] = v;
              found.add((long) a * n + b);
            }
          }
        }
      }
    }

    Solution decode(MinCostFlow f) {
      int classes = in.classes();
      int[][] team = new int[n][];
      int[] fill = new int[n];
      int[] load = new int[classes];
      for (int b = 0; b < n; b++) {
        team[b] = new int[in.peers()];
      }
      LongList pairs = new LongList();
      for (int i = 0; i < entKey.length; i++) {
        int a = (int) (entKey[i] / n);
        int b = (int) (entKey[i] % n);
        for (int j = 0; j < classCount[a]; j++) {
          int arc = classCount[a] == 1 ? entArc[i] : entClassArc[i] + 2 * j;
          if (f.flowOn(arc) > 0) {
            int k = firstClass[a] + j;
            team[b][fill[b]++] = k;
            load[k]++;
            pairs.add(entKey[i]);
          }
        }
      }
      if (forced != null) {
        team[forced[1]][fill[forced[1]]++] = forced[2];
        load[forced[2]]++;
        pairs.add((long) forced[0] * n + forced[1]);
      }
      for (int[] t : team) {
        Arrays.sort(t);
      }
      long[] used = pairs.toArray();
      Arrays.sort(used);
      return new Solution(team, load, crit(team, used), used, n);
    }

    /**
     * A criteria vector that no pairing at this cap beats, from a lower bound on the flow's
     * weighted cost.
     */
    private long[] decodeLower(long cost) {
      long[] b = new long[in.levels() + 2];
      long rest = Math.max(0, cost);
      for (int l = 0; l < levelWeight.length; l++) {
        b[l] = rest / levelWeight[l];
        rest -= b[l] * levelWeight[l];
      }
      b[in.levels()] = 0;
      b[in.levels() + 1] =
          Math.min(0, rest / matchWeight - in.places()); // -matches: at least that many misses
      return b;
    }
  }

  /** The {@code m} cheapest offers by (cost, tie), in that order; equal offers keep the first. */
  private static final class Cheapest {
    final long[] costs;
    final int[] ties;
    final int[] ids;
    int size;

    Cheapest(int m) {
      costs = new long[m];
      ties = new int[m];
      ids = new int[m];
    }

    void clear() {
      size = 0;
    }

    void offer(long cost, int tie, int id) {
      int m = costs.length;
      if (size == m && (cost > costs[m - 1] || (cost == costs[m - 1] && tie >= ties[m - 1]))) {
        return;
      }
      int i = size < m ? size++ : m - 1;
      while (i > 0 && (costs[i - 1] > cost || (costs[i - 1] == cost && ties[i - 1] > tie))) {
        costs[i] = costs[i - 1];
        ties[i] = ties[i - 1];
        ids[i] = ids[i - 1];
        i--;
      }
      costs[i] = cost;
      ties[i] = tie;
      ids[i] = id;
    }
  }

  /** A growable list of longs. */
  private static final class LongList {
    long[] items = new long[16];
    int size;

    void add(long x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = x;
    }

    long[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }

  private long pairCost(int a, int b) {
    long c = 0;
    int mask = in.repeats()[a][b];
    for (int k = 0; k < levelWeight.length; k++) {
      if ((mask & (1 << k)) != 0) {
        c += levelWeight[k];
      }
    }
    if (tieBreak) {
      // Prefer reviewers from the schools just after the reviewed one, in file order, wrapping
      // around.
      c += Math.min(tieCap, Math.floorMod(a - b, n) - 1);
    }
    return c;
  }

  private long missCost(int k, int b) {
    return in.classMatches()[k][b] ? 0 : matchWeight;
  }

  /**
   * The criteria vector {@code [repeats..., reciprocal, -matches]} of a pairing ({@code used}:
   * sorted pairs).
   */
  private long[] crit(int[][] team, long[] used) {
    int levels = in.levels();
    long[] c = new long[levels + 2];
    for (int b = 0; b < n; b++) {
      for (int k : team[b]) {
        int a = in.classSchool()[k];
        int mask = in.repeats()[a][b];
        for (int l = 0; l < levels; l++) {
          if ((mask & (1 << l)) != 0) {
            c[l]++;
          }
        }
        if (in.classMatches()[k][b]) {
          c[levels + 1]--;
        }
      }
    }
    if (in.reciprocal() == Reciprocal.ALLOW) {
      return c; // reciprocal pairs are no criterion then
    }
    for (long pr : used) {
      int a = (int) (pr / n);
      int b = (int) (pr % n);
      if (a < b && Arrays.binarySearch(used, (long) b * n + a) >= 0) {
        c[levels]++;
      }
    }
    return c;
  }

  /** The largest load of one reviewer when each class spreads its reviews evenly. */
  int maxLoad(Solution s) {
    int m = 0;
    for (int k = 0; k < in.classes(); k++) {
      int size = in.classSize()[k];
      m = Math.max(m, (s.classLoad[k] + size - 1) / size);
    }
    return m;
  }

  static int compare(long[] x, long[] y) {
    return Arrays.compare(x, y);
  }

  /**
   * Whether every team can be filled with reviewers capped at {@code cap}, ignoring the reciprocal
   * rule.
   */
  boolean relaxationFeasible(int cap) {
    return network(cap).feasible;
  }

  /**
   * The first school (in file order) whose team cannot be filled at {@code cap}, or -1 when all
   * can.
   */
  int firstUnfilled(int cap) {
    Network net = network(cap);
    for (int b = 0; b < n; b++) {
      if (net.root.flowOn(net.sinkArc[b]) < in.peers()) {
        return b;
      }
    }
    return -1;
  }

  /**
   * When the teams cannot all be filled at {@code cap}: the schools on the sink side of a minimum
   * cut, whose teams together need more reviews than the reviewers allowed to review them can give
   * (Hall's condition), and how many reviews those reviewers can give them; null when every team
   * can be filled.
   */
  Shortfall shortfall(int cap) {
    Network net = network(cap);
    if (net.feasible) {
      return null;
    }
    boolean[] side = net.reachable(net.root, Network.SOURCE);
    List<Integer> teams = new ArrayList<>();
    int given = 0;
    for (int b = 0; b < n; b++) {
      if (!side[net.schoolBase + b]) {
        teams.add(b);
        given += net.root.flowOn(net.sinkArc[b]);
      }
    }
    return new Shortfall(teams, given);
  }

  /** Teams (school indices) that cannot all be filled, and the reviews that can reach them. */
  record Shortfall(List<Integer> teams, int reviews) {}

  private Network network(int cap) {
    // Solved networks are kept: the planner asks about the same cap for feasibility and then for
    // the search.
    return networks.computeIfAbsent(cap, c -> new Network(c, null));
  }

  /**
   * The fixed effort of one search, in arcs examined: the root's pricing rounds and the branch and
   * bound each stop there (a first solve of the candidate network, and deciding whether the teams
   * can be filled at all, always finish).
   */
  long budget() {
    return budget;
  }

  /**
   * A region of the branch and bound: the pairs forbidden, those accepted as reciprocal, its flow
   * and bound.
   */
  private record Node(long[] forbidden, Set<Long> paid, Solution sol, long[] bound) {}

  /**
   * Searches at load cap {@code cap}. With {@code limit} null: the best pairing. With a limit:
   * stops at the first pairing whose criteria are at most {@code limit} (null and proven when there
   * is none).
   */
  Result solve(int cap, long[] limit, long budget) {
    return solve(network(cap), limit, budget);
  }

  /**
   * The best pairing at {@code cap} in which school {@code a} reviews school {@code b} (for
   * explanations): one of a's reviewers is placed on b's team first, preferring one whose expertise
   * meets b's focus.
   */
  Result solveWith(int cap, int a, int b, long budget) {
    int chosen = -1;
    for (int k = 0; k < in.classes(); k++) {
      if (in.classSchool()[k] == a
          && (chosen < 0 || (!in.classMatches()[chosen][b] && in.classMatches()[k][b]))) {
        chosen = k;
      }
    }
    if (chosen < 0) {
      return new Result(null, true, null, 0);
    }
    return solve(new Network(cap, new int[] {a, b, chosen}), null, budget);
  }

  /**
   * A region's optimal flow on the whole network (null sol: no pairing in it), or unknown when
   * effort ran out.
   */
  private record Region(Solution sol, boolean known) {}

  /**
   * The best flow with the pairs {@code forbidden} removed: the root's flow with each unit
   * rerouted, then priced; when pricing or a reroute needs pairs the network lacks, they are added
   * and the region is solved again. Unknown when the effort ends at {@code end} first.
   */
  private Region region(Network net, long[] forbidden, long end) {
    while (true) {
      MinCostFlow f = net.root.copy();
      boolean again = false;
      for (long pr : forbidden) {
        int arc = net.pairArc((int) (pr / n), (int) (pr % n));
        if (arc < 0 || f.forbid(arc)) {
          continue;
        }
        long[] more = net.path(f, f.head(arc ^ 1), f.head(arc));
        if (more == null) {
          return new Region(null, true); // no detour even through pairs outside the network
        }
        net.extend(more, true);
        again = true;
        break;
      }
      if (again) {
        continue;
      }
      Priced p = net.price(f);
      if (p.proven) {
        return new Region(net.decode(f), true);
      }
      if (meter[0] >= end) {
        return new Region(null, false);
      }
      net.extend(p.missing, true);
    }
  }

  private Result solve(Network net, long[] limit, long budget) {
    if (!net.feasible) {
      return new Result(null, true, null, 0);
    }
    long begin = meter[0];
    long end = begin + budget;
    Solution rootSol = net.decode(net.root);
    long[] rootBound = net.proven ? bound(rootSol, Set.of()) : net.lower;
    if (!net.proven) {
      // The effort ran out pricing the root: its flow is a pairing (without reciprocal pairs, under
      // `reciprocal: forbid`, only when it has none) and the Lagrangian bound holds.
      boolean valid =
          in.reciprocal() != Reciprocal.FORBID || unpaidReciprocal(rootSol, Set.of()) == null;
      boolean ok = valid && (limit == null || compare(rootSol.crit, limit) <= 0);
      if (limit != null) {
        return ok
            ? new Result(rootSol, true, rootSol.crit, 1)
            : new Result(null, false, rootBound, 1);
      }
      return new Result(ok ? rootSol : null, false, rootBound, 1);
    }
    if (in.reciprocal() == Reciprocal.ALLOW) {
      boolean ok = limit == null || compare(rootSol.crit, limit) <= 0;
      return new Result(ok ? rootSol : null, !truncated(), rootBound, 1);
    }
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(new Node(new long[0], Set.of(), rootSol, rootBound));
    Solution best = null;
    // With reciprocal: avoid every flow is a valid pairing (its reciprocal pairs are only counted),
    // so the
    // search always has an answer, even when its effort runs out before the proof.
    if (in.reciprocal() == Reciprocal.AVOID
        && (limit == null || compare(rootSol.crit, limit) <= 0)) {
      best = rootSol;
      if (limit != null) {
        return new Result(best, true, best.crit, 1);
      }
    }
    while (!stack.isEmpty() && meter[0] - begin + 1 < budget) {
      Node node = stack.pop();
      if (pruned(node.bound, best, limit)) {
        continue;
      }
      if (node.sol == null) {
        stack.push(node); // a region left unsolved when the effort ran out
        break;
      }
      int[] pair = unpaidReciprocal(node.sol, node.paid);
      if (pair == null) {
        best = node.sol;
        if (limit != null) {
          return new Result(best, true, best.crit, meter[0] - begin);
        }
        continue;
      }
      int a = pair[0];
      int b = pair[1];
      List<Node> children = new ArrayList<>(3);
      for (int[] dir : new int[][] {{a, b}, {b, a}}) {
        if (net.pairArc(dir[0], dir[1]) < 0) {
          continue; // the arc placed first for an explanation stays
        }
        long[] forbidden = Arrays.copyOf(node.forbidden, node.forbidden.length + 1);
        forbidden[node.forbidden.length] = (long) dir[0] * n + dir[1];
        Region r = region(net, forbidden, end);
        if (!r.known) {
          children.add(
              new Node(forbidden, node.paid, null, node.bound)); // the parent's bound still holds
          continue;
        }
        if (r.sol != null) {
          Solution sol = r.sol;
          children.add(new Node(forbidden, node.paid, sol, bound(sol, node.paid)));
          if (in.reciprocal() == Reciprocal.AVOID && better(sol.crit, best, limit)) {
            best = sol;
            if (limit != null) {
              return new Result(best, true, best.crit, meter[0] - begin);
            }
          }
        }
      }
      if (in.reciprocal() == Reciprocal.AVOID) {
        Set<Long> paid = new HashSet<>(node.paid);
        paid.add((long) a * n + b);
        children.add(new Node(node.forbidden, paid, node.sol, bound(node.sol, paid)));
      }
      // Best bound first (stable, so ties keep the order above); pushed in reverse so the best pops
      // first.
      children.sort((x, y) -> compare(x.bound, y.bound));
      for (int i = children.size() - 1; i >= 0; i--) {
        Node c = children.get(i);
        if (!pruned(c.bound, best, limit)) {
          stack.push(c);
        }
      }
    }
    long work = meter[0] - begin;
    if (truncated()) {
      // The flow ignored the oldest rounds back, so a region is not settled by its flow: only the
      // root's
      // relaxation (with those rounds at zero) is a sound bound.
      return new Result(best, false, rootBound, work);
    }
    boolean proven = stack.isEmpty();
    if (limit != null) {
      return new Result(null, proven, proven ? null : lowest(stack, null), work);
    }
    long[] bound = lowest(stack, best == null ? null : best.crit);
    return new Result(best, proven, proven ? (best == null ? null : best.crit) : bound, work);
  }

  private static long[] lowest(Deque<Node> stack, long[] start) {
    long[] low = start;
    for (Node node : stack) {
      if (low == null || compare(node.bound, low) < 0) {
        low = node.bound;
      }
    }
    return low;
  }

  /**
   * Whether a pairing with these criteria is a new best (or, searching up to a limit, meets it).
   */
  private static boolean better(long[] crit, Solution best, long[] limit) {
    if (limit != null) {
      return compare(crit, limit) <= 0;
    }
    return best == null || compare(crit, best.crit) < 0;
  }

  private static boolean pruned(long[] bound, Solution best, long[] limit) {
    if (limit != null) {
      return compare(bound, limit) > 0;
    }
    return best != null && compare(bound, best.crit) >= 0;
  }

  /**
   * The flow's criteria with the reciprocal count replaced by the pairs accepted so far (a lower
   * bound).
   */
  private long[] bound(Solution sol, Set<Long> paid) {
    long[] b = sol.crit.clone();
    b[in.levels()] = paid.size();
    for (int l = levelWeight.length; l < in.levels(); l++) {
      b[l] = 0; // rounds the flow did not weigh: nothing is known below zero repeats
    }
    return b;
  }

  /**
   * The first pair a < b (in that order) of schools reviewing each other that is not accepted yet.
   */
  private int[] unpaidReciprocal(Solution sol, Set<Long> paid) {
    for (long pr : sol.pairs) {
      int a = (int) (pr / n);
      int b = (int) (pr % n);
      if (a < b && sol.uses(b, a) && !paid.contains(pr)) {
        return new int[] {a, b};
      }
    }
    return null;
  }
}
