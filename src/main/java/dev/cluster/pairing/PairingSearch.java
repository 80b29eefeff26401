package dev.cluster.pairing;

import dev.cluster.model.ReviewProgramme.Reciprocal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact search for one round at one load cap. The min-cost flow (source → reviewer class [cap × size] →
 * (reviewer's school, reviewed school) [1] → reviewed school [peers] → sink) is optimal for every criterion
 * except reciprocity, which a flow cannot see; so it is a lower bound, and a depth-first branch and bound
 * over the reciprocal pairs the flow proposes closes the gap: for a pair a⇄b, either a→b is forbidden, or
 * b→a is, or (with {@code reciprocal: avoid}) the pair is accepted and counted. Effort is bounded by a count
 * of shortest-path computations derived from the size of the network, never by the clock, so the same input
 * always gives the same answer.
 *
 * <p>Criteria are compared as vectors {@code [repeats 1 back, ..., repeats k back, reciprocal, -matches]}.
 * Costs in the flow encode them lexicographically as weights; below them a small tie-break cost prefers, for
 * each school, reviewers from the schools just after it in file order (a cyclic shift), which also keeps
 * reciprocal pairs out of the first flow in most cases.
 */
final class PairingSearch {
  private final PairingInstance in;
  private final int n;
  private final long[] levelWeight;
  private final long matchWeight;
  private final boolean tieBreak;
  private final int tieCap;
  private final Map<Integer, Network> networks = new HashMap<>();

  PairingSearch(PairingInstance in) {
    this.in = in;
    this.n = in.n();
    int places = in.places();
    // Weights from the least to the most important criterion, each larger than every total below it.
    // The tie-break distinguishes the nearest few schools only: a finer one would add shortest-path phases.
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
      // Too many rounds back to weigh exactly in a long: weigh the most recent ones only; the result is then
      // never claimed optimal (see truncated()).
      costed--;
      weights = weights(costed, places, 0);
    }
    this.tieBreak = tie;
    this.matchWeight = weights[costed];
    this.levelWeight = Arrays.copyOf(weights, costed);
  }

  /** Whether some rounds back are left out of the flow's costs, so that nothing can be proven. */
  boolean truncated() {
    return levelWeight.length < in.levels();
  }

  /** Level weights (most recent first), then the match weight; null when they would not fit in a long. */
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
    final boolean[][] used;

    Solution(int[][] team, int[] classLoad, long[] crit, boolean[][] used) {
      this.team = team;
      this.classLoad = classLoad;
      this.crit = crit;
      this.used = used;
    }
  }

  /** What a search gave: the best pairing found (null: none), whether proven, and a bound no pairing beats. */
  record Result(Solution best, boolean proven, long[] bound, long work) {}

  /** The flow network at one cap, solved once; branches copy its state. */
  private final class Network {
    final MinCostFlow root;
    final int[][] pairArc;
    final int[][] classArc;
    final boolean feasible;
    static final int SOURCE = 0;
    static final int SINK = 1;

    final int[] forced;
    final int[] sinkArc;

    /** The network at {@code cap}; {@code forced} ({a, b, class}, may be null) puts one reviewer of a on b's team. */
    Network(int cap, int[] forced) {
      this.forced = forced;
      int classes = in.classes();
      int[] classCount = new int[n];
      for (int k = 0; k < classes; k++) {
        classCount[in.classSchool()[k]]++;
      }
      int pairNodes = 0;
      for (int a = 0; a < n; a++) {
        if (classCount[a] > 1) {
          pairNodes += n - 1;
        }
      }
      int schoolBase = 2 + classes;
      int pairBase = schoolBase + n;
      MinCostFlow f = new MinCostFlow(pairBase + pairNodes);
      pairArc = new int[n][n];
      classArc = new int[classes][n];
      for (int[] row : pairArc) {
        Arrays.fill(row, -1);
      }
      for (int[] row : classArc) {
        Arrays.fill(row, -1);
      }
      for (int k = 0; k < classes; k++) {
        long room = in.capacity(k, cap) - (forced != null && forced[2] == k ? 1 : 0);
        f.addArc(SOURCE, 2 + k, (int) Math.max(0, Math.min(Integer.MAX_VALUE, room)), 0);
      }
      int nextPair = pairBase;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a == b || classCount[a] == 0 || in.forbidden()[a][b]
              || (forced != null && forced[0] == a && forced[1] == b)) {
            continue;
          }
          long pairCost = pairCost(a, b);
          if (classCount[a] == 1) {
            int k = classOf(a);
            int id = f.addArc(2 + k, schoolBase + b, 1, pairCost + missCost(k, b));
            pairArc[a][b] = id;
            classArc[k][b] = id;
          } else {
            int p = nextPair++;
            for (int k = 0; k < classes; k++) {
              if (in.classSchool()[k] == a) {
                classArc[k][b] = f.addArc(2 + k, p, 1, missCost(k, b));
              }
            }
            pairArc[a][b] = f.addArc(p, schoolBase + b, 1, pairCost);
          }
        }
      }
      sinkArc = new int[n];
      for (int b = 0; b < n; b++) {
        sinkArc[b] = f.addArc(schoolBase + b, SINK, in.peers() - (forced != null && forced[1] == b ? 1 : 0), 0);
      }
      int target = in.places() - (forced == null ? 0 : 1);
      boolean roomForForced = forced == null || in.capacity(forced[2], cap) >= 1;
      feasible = roomForForced && f.solve(SOURCE, SINK, target) == target;
      root = f;
    }

    private int classOf(int school) {
      for (int k = 0; k < in.classes(); k++) {
        if (in.classSchool()[k] == school) {
          return k;
        }
      }
      throw new IllegalArgumentException("school " + school + " has no reviewers");
    }

    Solution decode(MinCostFlow f) {
      int classes = in.classes();
      int[][] team = new int[n][];
      int[] fill = new int[n];
      int[] load = new int[classes];
      for (int b = 0; b < n; b++) {
        team[b] = new int[in.peers()];
      }
      boolean[][] used = new boolean[n][n];
      for (int k = 0; k < classes; k++) {
        for (int b = 0; b < n; b++) {
          int id = classArc[k][b];
          boolean isForced = forced != null && forced[2] == k && forced[1] == b;
          if (isForced || (id >= 0 && f.flowOn(id) > 0)) {
            team[b][fill[b]++] = k;
            load[k]++;
            used[in.classSchool()[k]][b] = true;
          }
        }
      }
      return new Solution(team, load, crit(team, used), used);
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
      // Prefer reviewers from the schools just after the reviewed one, in file order, wrapping around.
      c += Math.min(tieCap, Math.floorMod(a - b, n) - 1);
    }
    return c;
  }

  private long missCost(int k, int b) {
    return in.classMatches()[k][b] ? 0 : matchWeight;
  }

  /** The criteria vector {@code [repeats..., reciprocal, -matches]} of a pairing. */
  long[] crit(int[][] team, boolean[][] used) {
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
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (used[a][b] && used[b][a]) {
          c[levels]++;
        }
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

  /** Whether every team can be filled with reviewers capped at {@code cap}, ignoring the reciprocal rule. */
  boolean relaxationFeasible(int cap) {
    return network(cap).feasible;
  }

  /** The first school (in file order) whose team cannot be filled at {@code cap}, or -1 when all can. */
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
   * When the teams cannot all be filled at {@code cap}: the schools on the sink side of a minimum cut, whose
   * teams together need more reviews than the reviewers allowed to review them can give (Hall's condition),
   * and how many reviews those reviewers can give them; null when every team can be filled.
   */
  Shortfall shortfall(int cap) {
    Network net = network(cap);
    if (net.feasible) {
      return null;
    }
    boolean[] side = net.root.reachable(Network.SOURCE);
    int schoolBase = 2 + in.classes();
    List<Integer> teams = new ArrayList<>();
    int given = 0;
    for (int b = 0; b < n; b++) {
      if (!side[schoolBase + b]) {
        teams.add(b);
        given += net.root.flowOn(net.sinkArc[b]);
      }
    }
    return new Shortfall(teams, given);
  }

  /** Teams (school indices) that cannot all be filled, and the reviews that can reach them. */
  record Shortfall(List<Integer> teams, int reviews) {}

  private Network network(int cap) {
    // Solved networks are kept: the planner asks about the same cap for feasibility and then for the search.
    return networks.computeIfAbsent(cap, c -> new Network(c, null));
  }

  /** A deterministic effort budget: shortest-path computations, fewer on larger networks. */
  long budget() {
    long arcs = (long) n * n + (long) in.classes() * n;
    return Math.max(400, 150_000_000L / Math.max(1, arcs));
  }

  private record Node(int[] forbidden, Set<Long> paid, Solution sol, long[] bound) {}

  /**
   * Searches at load cap {@code cap}. With {@code limit} null: the best pairing. With a limit: stops at the first
   * pairing whose criteria are at most {@code limit} (null and proven when there is none).
   */
  Result solve(int cap, long[] limit, long budget) {
    return solve(network(cap), limit, budget);
  }

  /**
   * The best pairing at {@code cap} in which school {@code a} reviews school {@code b} (for explanations): one
   * of a's reviewers is placed on b's team first, preferring one whose expertise meets b's focus.
   */
  Result solveWith(int cap, int a, int b, long budget) {
    int chosen = -1;
    for (int k = 0; k < in.classes(); k++) {
      if (in.classSchool()[k] == a && (chosen < 0 || (!in.classMatches()[chosen][b] && in.classMatches()[k][b]))) {
        chosen = k;
      }
    }
    if (chosen < 0) {
      return new Result(null, true, null, 0);
    }
    return solve(new Network(cap, new int[] {a, b, chosen}), null, budget);
  }

  private Result solve(Network net, long[] limit, long budget) {
    if (!net.feasible) {
      return new Result(null, true, null, 0);
    }
    Solution rootSol = net.decode(net.root);
    long[] rootBound = bound(rootSol, Set.of());
    if (in.reciprocal() == Reciprocal.ALLOW) {
      boolean ok = limit == null || compare(rootSol.crit, limit) <= 0;
      return new Result(ok ? rootSol : null, !truncated(), rootBound, 1);
    }
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(new Node(new int[0], Set.of(), rootSol, rootBound));
    Solution best = null;
    // With reciprocal: avoid every flow is a valid pairing (its reciprocal pairs are only counted), so the
    // search always has an answer, even when its effort runs out before the proof.
    if (in.reciprocal() == Reciprocal.AVOID && (limit == null || compare(rootSol.crit, limit) <= 0)) {
      best = rootSol;
      if (limit != null) {
        return new Result(best, true, best.crit, 1);
      }
    }
    long work = 1;
    while (!stack.isEmpty() && work < budget) {
      Node node = stack.pop();
      if (pruned(node.bound, best, limit)) {
        continue;
      }
      int[] pair = unpaidReciprocal(node.sol, node.paid);
      if (pair == null) {
        best = node.sol;
        if (limit != null) {
          return new Result(best, true, best.crit, work);
        }
        continue;
      }
      int a = pair[0];
      int b = pair[1];
      MinCostFlow state = net.root.copy();
      for (int arc : node.forbidden) {
        state.forbid(arc);
        work++;
      }
      List<Node> children = new ArrayList<>(3);
      for (int arc : new int[] {net.pairArc[a][b], net.pairArc[b][a]}) {
        if (arc < 0) {
          continue; // the arc placed first for an explanation stays
        }
        MinCostFlow child = state.copy();
        work++;
        if (child.forbid(arc)) {
          int[] forbidden = Arrays.copyOf(node.forbidden, node.forbidden.length + 1);
          forbidden[node.forbidden.length] = arc;
          Solution sol = net.decode(child);
          children.add(new Node(forbidden, node.paid, sol, bound(sol, node.paid)));
          if (in.reciprocal() == Reciprocal.AVOID && better(sol.crit, best, limit)) {
            best = sol;
            if (limit != null) {
              return new Result(best, true, best.crit, work);
            }
          }
        }
      }
      if (in.reciprocal() == Reciprocal.AVOID) {
        Set<Long> paid = new HashSet<>(node.paid);
        paid.add((long) a * n + b);
        children.add(new Node(node.forbidden, paid, node.sol, bound(node.sol, paid)));
      }
      // Best bound first (stable, so ties keep the order above); pushed in reverse so the best pops first.
      children.sort((x, y) -> compare(x.bound, y.bound));
      for (int i = children.size() - 1; i >= 0; i--) {
        Node c = children.get(i);
        if (!pruned(c.bound, best, limit)) {
          stack.push(c);
        }
      }
    }
    if (truncated()) {
      // The flow ignored the oldest rounds back, so a region is not settled by its flow: only the root's
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

  /** Whether a pairing with these criteria is a new best (or, searching up to a limit, meets it). */
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

  /** The flow's criteria with the reciprocal count replaced by the pairs accepted so far (a lower bound). */
  private long[] bound(Solution sol, Set<Long> paid) {
    long[] b = sol.crit.clone();
    b[in.levels()] = paid.size();
    for (int l = levelWeight.length; l < in.levels(); l++) {
      b[l] = 0; // rounds the flow did not weigh: nothing is known below zero repeats
    }
    return b;
  }

  private int[] unpaidReciprocal(Solution sol, Set<Long> paid) {
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (sol.used[a][b] && sol.used[b][a] && !paid.contains((long) a * n + b)) {
          return new int[] {a, b};
        }
      }
    }
    return null;
  }
}
