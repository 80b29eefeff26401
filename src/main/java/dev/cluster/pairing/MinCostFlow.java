package dev.cluster.pairing;

import java.util.Arrays;

/**
 * A min-cost flow network with non-negative integer costs, solved by the primal-dual method:
 * Dijkstra on reduced costs finds the shortest distance, then a Dinic phase pushes every unit that
 * can go along shortest paths at once. Because most arcs of a pairing network cost the same, a
 * handful of phases carries the whole flow even with hundreds of thousands of arcs.
 *
 * <p>The state (flows and potentials) can be copied, and an arc can be forbidden after solving: its
 * unit is rerouted along a shortest detour, which keeps the flow optimal (the branch-and-bound
 * search relies on that).
 */
final class MinCostFlow {
  static final long INF = Long.MAX_VALUE / 4;

  private final int nodes;
  private int arcs;
  private int[] head;
  private int[] next = new int[16];
  private int[] to = new int[16];
  private int[] cap = new int[16];
  private long[] cost = new long[16];
  private long[] pot;
  private int flow;
  // Work done (arcs examined), shared by copies: the search's fixed effort is counted in it.
  private final long[] meter;

  // Compressed adjacency built by freeze(): arcs of node x are adj[start[x] .. start[x+1]).
  private int[] start;
  private int[] adj;

  MinCostFlow(int nodes, long[] meter) {
    this.meter = meter;
    this.nodes = nodes;
    this.head = new int[nodes];
    Arrays.fill(head, -1);
    this.pot = new long[nodes];
  }

  private MinCostFlow(MinCostFlow o) {
    this.nodes = o.nodes;
    this.meter = o.meter;
    this.arcs = o.arcs;
    this.head = o.head;
    this.next = o.next;
    this.to = o.to;
    this.cost = o.cost;
    this.start = o.start;
    this.adj = o.adj;
    this.cap = o.cap.clone();
    this.pot = o.pot.clone();
    this.flow = o.flow;
    meter[0] += arcs + nodes;
  }

  /**
   * A copy whose capacities, flows and potentials change independently of this one (structure
   * shared).
   */
  MinCostFlow copy() {
    freeze();
    return new MinCostFlow(this);
  }

  /** Adds an arc and returns its id; the residual arc is {@code id ^ 1}. */
  int addArc(int from, int toNode, int capacity, long arcCost) {
    if (arcCost < 0) {
      throw new IllegalArgumentException("costs must be non-negative");
    }
    if (arcs + 2 > to.length) {
      int size = to.length * 2;
      next = Arrays.copyOf(next, size);
      to = Arrays.copyOf(to, size);
      cap = Arrays.copyOf(cap, size);
      cost = Arrays.copyOf(cost, size);
    }
    int id = arcs;
    link(id, from, toNode, capacity, arcCost);
    link(id + 1, toNode, from, 0, -arcCost);
    arcs += 2;
    start = null;
    return id;
  }

  private void link(int id, int from, int toNode, int capacity, long arcCost) {
    to[id] = toNode;
    cap[id] = capacity;
    cost[id] = arcCost;
    next[id] = head[from];
    head[from] = id;
  }

  private void freeze() {
    if (start != null) {
      return;
    }
    start = new int[nodes + 1];
    for (int x = 0; x < nodes; x++) {
      int c = 0;
      for (int e = head[x]; e >= 0; e = next[e]) {
        c++;
      }
      start[x + 1] = start[x] + c;
    }
    adj = new int[arcs];
    meter[0] += arcs;
    for (int x = 0; x < nodes; x++) {
      // Arcs in the order they were added, so that the search is easy to reason about.
      int i = start[x + 1];
      for (int e = head[x]; e >= 0; e = next[e]) {
        adj[--i] = e;
      }
    }
  }

  int nodes() {
    return nodes;
  }

  /** Arcs, forward and residual. */
  int arcs() {
    return arcs;
  }

  /** The potentials (live): every arc with room left has a non-negative reduced cost under them. */
  long[] potentials() {
    return pot;
  }

  /**
   * Replaces the potentials; the caller guarantees that they keep every reduced cost non-negative.
   */
  void potentials(long[] p) {
    pot = p;
  }

  /**
   * The arcs out of {@code x} (forward and residual) are {@code arcAt(i)} for i in [first(x),
   * end(x)).
   */
  int first(int x) {
    freeze();
    return start[x];
  }

  int end(int x) {
    return start[x + 1];
  }

  int arcAt(int i) {
    return adj[i];
  }

  int head(int e) {
    return to[e];
  }

  /** Room left on arc {@code e} (forward or residual). */
  int room(int e) {
    return cap[e];
  }

  long cost(int e) {
    return cost[e];
  }

  /**
   * The nodes reachable from {@code s} along arcs with room left (after a maximum flow: a minimum
   * cut).
   */
  boolean[] reachable(int s) {
    freeze();
    boolean[] seen = new boolean[nodes];
    int[] queue = new int[nodes];
    int qh = 0;
    int qt = 0;
    seen[s] = true;
    queue[qt++] = s;
    while (qh < qt) {
      int x = queue[qh++];
      for (int i = start[x], end = start[x + 1]; i < end; i++) {
        int e = adj[i];
        if (cap[e] > 0 && !seen[to[e]]) {
          seen[to[e]] = true;
          queue[qt++] = to[e];
        }
      }
    }
    return seen;
  }

  /** Units currently on arc {@code id} (a forward arc). */
  int flowOn(int id) {
    return cap[id ^ 1];
  }

  int totalFlow() {
    return flow;
  }

  /** Total cost of the current flow. */
  long totalCost() {
    long c = 0;
    for (int e = 0; e < arcs; e += 2) {
      c += cost[e] * cap[e ^ 1];
    }
    return c;
  }

  /**
   * Pushes flow from {@code s} to {@code t} at least cost until {@code target} units flow or none
   * can.
   */
  int solve(int s, int t, int target) {
    freeze();
    long[] dist = new long[nodes];
    int[] prev = new int[nodes];
    int[] level = new int[nodes];
    int[] iter = new int[nodes];
    int[] queue = new int[nodes];
    int[] path = new int[nodes];
    while (flow < target) {
      if (!dijkstra(s, t, dist, prev)) {
        break;
      }
      // Dinic on the arcs of zero reduced cost: every such s-t path is a shortest path.
      while (flow < target && levels(s, t, level, queue)) {
        for (int x = 0; x < nodes; x++) {
          iter[x] = start[x];
        }
        int pushed;
        while (flow < target && (pushed = augment(s, t, target - flow, level, iter, path)) > 0) {
          flow += pushed;
        }
      }
    }
    return flow;
  }

  /**
   * Forbids arc {@code id}: when it carries a unit, that unit is rerouted from the arc's tail to
   * its head along a shortest residual path, which leaves the flow optimal for the network without
   * the arc (any better flow would contain a cheaper such detour). Returns false when no detour
   * exists.
   */
  boolean forbid(int id) {
    freeze();
    if (cap[id ^ 1] == 0) {
      cap[id] = 0;
      return true;
    }
    int u = to[id ^ 1];
    int v = to[id];
    cap[id] = 0;
    cap[id ^ 1] = 0;
    long[] dist = new long[nodes];
    int[] prev = new int[nodes];
    if (!dijkstra(u, v, dist, prev)) {
      return false;
    }
    for (int x = v; x != u; x = to[prev[x] ^ 1]) {
      cap[prev[x]]--;
      cap[prev[x] ^ 1]++;
    }
    return true;
  }

  private long reduced(int e, int x) {
    return cost[e] + pot[x] - pot[to[e]];
  }

  /** Dijkstra on reduced costs from s, stopping when t is settled; updates the potentials. */
  private boolean dijkstra(int s, int t, long[] dist, int[] prev) {
    Arrays.fill(dist, INF);
    boolean[] done = new boolean[nodes];
    Heap heap = new Heap(64);
    dist[s] = 0;
    heap.push(0, s);
    while (!heap.isEmpty()) {
      long d = heap.topKey();
      int x = heap.pop();
      if (done[x] || d > dist[x]) {
        continue;
      }
      done[x] = true;
      if (x == t) {
        break;
      }
      meter[0] += 1 + start[x + 1] - start[x];
      for (int i = start[x], end = start[x + 1]; i < end; i++) {
        int e = adj[i];
        if (cap[e] > 0) {
          int y = to[e];
          long nd = d + reduced(e, x);
          if (nd < dist[y]) {
            dist[y] = nd;
            prev[y] = e;
            heap.push(nd, y);
          }
        }
      }
    }
    if (!done[t]) {
      return false;
    }
    long dt = dist[t];
    for (int x = 0; x < nodes; x++) {
      pot[x] += done[x] ? dist[x] : dt;
    }
    return true;
  }

  private boolean levels(int s, int t, int[] level, int[] queue) {
    Arrays.fill(level, -1);
    int qh = 0;
    int qt = 0;
    level[s] = 0;
    queue[qt++] = s;
    while (qh < qt) {
      int x = queue[qh++];
      if (level[t] >= 0 && level[x] >= level[t]) {
        break; // nodes this deep cannot be on a shortest path to t
      }
      meter[0] += 1 + start[x + 1] - start[x];
      for (int i = start[x], end = start[x + 1]; i < end; i++) {
        int e = adj[i];
        int y = to[e];
        if (cap[e] > 0 && level[y] < 0 && reduced(e, x) == 0) {
          level[y] = level[x] + 1;
          queue[qt++] = y;
        }
      }
    }
    return level[t] >= 0;
  }

  /**
   * One augmenting path along the level graph (iterative, so long residual paths cannot overflow
   * the stack).
   */
  private int augment(int s, int t, int limit, int[] level, int[] iter, int[] path) {
    int depth = 0;
    int x = s;
    while (true) {
      if (x == t) {
        int push = limit;
        for (int k = 0; k < depth; k++) {
          push = Math.min(push, cap[path[k]]);
        }
        for (int k = 0; k < depth; k++) {
          cap[path[k]] -= push;
          cap[path[k] ^ 1] += push;
        }
        return push;
      }
      boolean advanced = false;
      meter[0]++;
      for (; iter[x] < start[x + 1]; iter[x]++) {
        int e = adj[iter[x]];
        int y = to[e];
        if (cap[e] > 0 && level[y] == level[x] + 1 && reduced(e, x) == 0) {
          path[depth++] = e;
          x = y;
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        if (depth == 0) {
          return 0;
        }
        level[x] = -1; // dead end in this phase
        int e = path[--depth];
        x = to[e ^ 1];
        iter[x]++;
      }
    }
  }

  /** A binary min-heap of (long key, int value) pairs; stale entries are skipped by the caller. */
  private static final class Heap {
    private long[] keys;
    private int[] vals;
    private int size;

    Heap(int capacity) {
      keys = new long[capacity];
      vals = new int[capacity];
    }

    boolean isEmpty() {
      return size == 0;
    }

    long topKey() {
      return keys[0];
    }

    void push(long k, int v) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        vals = Arrays.copyOf(vals, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (keys[p] <= k) {
          break;
        }
        keys[i] = keys[p];
        vals[i] = vals[p];
        i = p;
      }
      keys[i] = k;
      vals[i] = v;
    }

    int pop() {
      int top = vals[0];
      long k = keys[--size];
      int v = vals[size];
      int i = 0;
      while (true) {
        int c = 2 * i + 1;
        if (c >= size) {
          break;
        }
        if (c + 1 < size && keys[c + 1] < keys[c]) {
          c++;
        }
        if (keys[c] >= k) {
          break;
        }
        keys[i] = keys[c];
        vals[i] = vals[c];
        i = c;
      }
      keys[i] = k;
      vals[i] = v;
      return top;
    }
  }
}
