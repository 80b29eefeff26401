package dev.cluster.bench;

import static dev.cluster.testing.ModelBuilder.expert;
import static dev.cluster.testing.ModelBuilder.historyRow;
import static dev.cluster.testing.ModelBuilder.review;
import static dev.cluster.testing.ModelBuilder.school;
import static dev.cluster.testing.ModelBuilder.year;
import static dev.cluster.testing.ModelBuilder.year2026;

import dev.cluster.model.HistoryRow;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import dev.cluster.pairing.PairingPlanner;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.pairing.Score;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark of the pairing engine (run by {@code bench/pairings.sh}): for each size, a seeded
 * partnership with one headteacher per school (a deputy at every third), focus tags and expertise,
 * two earlier rounds of random history, {@code reciprocal: avoid}, {@code avoid-repeat: 2}, {@code
 * match: focus}; prints the time of a whole {@code plan} call, whether the result is proven
 * optimal, and the gap to the bound.
 */
public final class PairingBenchmark {
  private PairingBenchmark() {}

  public static void main(String[] args) {
    int[][] sizes =
        args.length > 0 ? parse(args) : new int[][] {{4, 1}, {6, 2}, {12, 3}, {60, 3}, {500, 2}};
    int repeat = Integer.getInteger("bench.repeat", 3);
    System.out.println(
        "| schools | peers | time (best of " + repeat + ") | optimal | score | bound | gap |");
    System.out.println("| ---: | ---: | ---: | --- | --- | --- | ---: |");
    for (int[] size : sizes) {
      Partnership partnership = partnership(size[0], size[1], 42);
      ReviewProgramme p = partnership.reviews().get(0);
      var year = partnership.year("2026-27").orElseThrow();
      long best = Long.MAX_VALUE;
      ReviewRound round = null;
      for (int i = 0; i < repeat; i++) {
        long t0 = System.nanoTime();
        round = new PairingPlanner(partnership).plan(p, year, 1).rounds().get(0);
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %.3f s | %s | %s | %s | %s |%n",
          size[0],
          size[1],
          best / 1e9,
          round.optimal(),
          words(round.score()),
          round.bound() == null ? "—" : words(round.bound()),
          gap(round));
    }
  }

  private static int[][] parse(String[] args) {
    int[][] sizes = new int[args.length][];
    for (int i = 0; i < args.length; i++) {
      String[] x = args[i].split("x");
      sizes[i] = new int[] {Integer.parseInt(x[0]), Integer.parseInt(x[1])};
    }
    return sizes;
  }

  private static String words(Score s) {
    return "repeats "
        + s.repeats()
        + ", reciprocal "
        + s.reciprocal()
        + ", matches "
        + s.matches()
        + ", load "
        + s.maxLoad();
  }

  /**
   * The gap on the first criterion where score and bound differ, relative to the places on teams
   * (the number of reviews), so that 0.2 % at 500 schools × 2 peers means at most 2 reviews off the
   * bound.
   */
  static String gap(ReviewRound round) {
    if (round.bound() == null) {
      return "0";
    }
    Score s = round.score();
    Score b = round.bound();
    int places = round.teams().size() * round.programme().peers();
    long diff = 0;
    for (int l = 0; l < s.repeats().size() && diff == 0; l++) {
      diff = s.repeats().get(l) - b.repeats().get(l);
    }
    if (diff == 0) {
      diff = s.reciprocal() - b.reciprocal();
    }
    if (diff == 0) {
      diff = b.matches() - s.matches();
    }
    if (diff == 0) {
      diff = s.maxLoad() - b.maxLoad();
    }
    return String.format(Locale.ROOT, "%d (%.2f %%)", diff, 100.0 * diff / places);
  }

  /** A seeded partnership of {@code n} schools with one programme of {@code peers} peers. */
  public static Partnership partnership(int n, int peers, long seed) {
    Random r = new Random(seed);
    List<String> tags =
        List.of("reading", "writing", "maths", "send", "attendance", "phonics", "science");
    int k = Integer.getInteger("bench.tags", 2);
    List<School> schools = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "school-%03d", i);
      List<Person> staff = new ArrayList<>();
      staff.add(expert(id + "-head", "Head " + i, List.of("headteacher"), pick(r, tags, k)));
      if (i % Integer.getInteger("bench.deputyEvery", 3) == 0) {
        staff.add(expert(id + "-deputy", "Deputy " + i, List.of("deputy-head"), pick(r, tags, k)));
      }
      schools.add(school(id, staff, pick(r, tags, k), null, null, null));
    }
    ReviewProgramme p =
        review(
            "peer",
            1,
            peers,
            List.of("headteacher", "deputy-head"),
            Integer.getInteger("bench.maxLoad"),
            Reciprocal.valueOf(System.getProperty("bench.reciprocal", "AVOID")),
            Integer.getInteger("bench.avoid", 2),
            true);
    // -Dbench.forbid=0.05: that share of school pairs in `forbid:`; -Dbench.visit=true: one-day
    // visits, Tue-Thu.
    double share = Double.parseDouble(System.getProperty("bench.forbid", "0"));
    List<List<String>> forbid = new ArrayList<>();
    Random fr = new Random(seed + 1);
    for (int a = 0; a < n && share > 0; a++) {
      for (int b = a + 1; b < n; b++) {
        if (fr.nextDouble() < share) {
          forbid.add(List.of(schools.get(a).id(), schools.get(b).id()));
        }
      }
    }
    ReviewProgramme.Visit visit =
        Boolean.getBoolean("bench.visit")
            ? new ReviewProgramme.Visit(
                1,
                java.util.Set.of(
                    java.time.DayOfWeek.TUESDAY,
                    java.time.DayOfWeek.WEDNESDAY,
                    java.time.DayOfWeek.THURSDAY))
            : null;
    p =
        new ReviewProgramme(
            p.id(),
            p.title(),
            p.roundsPerYear(),
            p.peers(),
            p.reviewerRoles(),
            p.maxLoad(),
            p.reciprocal(),
            p.avoidRepeat(),
            p.matchFocus(),
            p.leadRole(),
            p.external(),
            p.history(),
            p.location(),
            false,
            forbid,
            visit);
    List<HistoryRow> history = new ArrayList<>();
    for (String y : List.of("2024-25", "2025-26")) {
      for (int b = 0; b < n; b++) {
        List<Integer> from = new ArrayList<>();
        while (from.size() < peers) {
          int a = r.nextInt(n);
          if (a != b && !from.contains(a)) {
            from.add(a);
            history.add(
                historyRow("peer", y, 1, schools.get(b).id(), "Someone", schools.get(a).id()));
          }
        }
      }
    }
    List<dev.cluster.model.AcademicYear> years = new ArrayList<>();
    for (int y = 2020; y <= 2025; y++) {
      years.add(year(y + "-" + (y - 1999), LocalDate.of(y, 9, 3), List.of()));
    }
    years.add(year2026());
    Partnership partnership =
        ModelBuilder.partnership(years, schools, List.of(), List.of(p), List.of(), history);
    if ("planned".equals(System.getProperty("bench.history"))) {
      // History as a partnership would have it: each earlier year's own pairing, planned in turn.
      history.clear();
      for (int y = 0; y + 1 < years.size(); y++) {
        partnership = ModelBuilder.withHistory(partnership, history);
        for (ReviewTeam team :
            new PairingPlanner(partnership).plan(p, years.get(y), 1).rounds().get(0).teams()) {
          for (Peer peer : team.peers()) {
            history.add(
                historyRow(
                    "peer",
                    years.get(y).name(),
                    1,
                    team.school().id(),
                    peer.person().name(),
                    peer.school().id()));
          }
        }
      }
      partnership = ModelBuilder.withHistory(partnership, history);
    }
    return partnership;
  }

  private static List<String> pick(Random r, List<String> tags, int count) {
    List<String> out = new ArrayList<>();
    while (out.size() < count) {
      String t = tags.get(r.nextInt(tags.size()));
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
