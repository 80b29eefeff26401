package dev.cluster.pairing;

import static dev.cluster.testing.ModelBuilder.expert;
import static dev.cluster.testing.ModelBuilder.historyRow;
import static dev.cluster.testing.ModelBuilder.review;
import static dev.cluster.testing.ModelBuilder.school;
import static dev.cluster.testing.ModelBuilder.year;
import static dev.cluster.testing.ModelBuilder.year2026;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded random partnerships with one review programme, for property and brute-force tests. */
final class Generated {
  static final List<String> TAGS = List.of("reading", "Maths", "send", "writing ");

  private Generated() {}

  /** The seed of the {@code attempt}-th draw for {@code seed} (the draw itself for attempt 0). */
  static long attempt(long seed, int attempt) {
    return attempt == 0 ? seed : seed * 7_919 + 1_000_003L * attempt;
  }

  /** A draw with the planner's teams for its whole year 2026-27. */
  record Planned(Partnership partnership, Pairings pairings) {}

  /** {@code partnership} with its plan, or empty when the planner finds no pairing. */
  static Optional<Planned> planned(Partnership partnership) {
    return planned(partnership, 0);
  }

  /**
   * As {@link #planned(Partnership)}, but empty as soon as a search of {@code screen} arcs finds no
   * pairing (0: no such search first). Only under {@code reciprocal: forbid} is that search long,
   * and for a draw with no pairing the planner's proof can take a second.
   */
  static Optional<Planned> planned(Partnership partnership, long screen) {
    AcademicYear year = partnership.year("2026-27").orElseThrow();
    try {
      if (screen > 0) {
        new PairingPlanner(partnership, screen).plan(null, year, null);
      }
      return Optional.of(
          new Planned(partnership, new PairingPlanner(partnership).plan(null, year, null)));
    } catch (InfeasibleException e) {
      return Optional.empty();
    }
  }

  /** A draw whose round 1 of 2026-27 is small enough to try every pairing, with its brute force. */
  record Small(
      Partnership partnership, ReviewProgramme programme, AcademicYear year, BruteForce brute) {
    /** The brute force's best, null when no pairing exists. */
    int[] best() {
      return brute.best();
    }

    /**
     * Whether, under {@code reciprocal: forbid}, round 1 has fewer than 2 × peers + 1 schools: no
     * pairing, known from the draw (the planner's first counting check).
     */
    boolean tooFewForForbid() {
      LocalDate day = PairingPlanner.firstDay(programme, year, 1);
      long members = partnership.schools().stream().filter(s -> s.isMemberOn(day)).count();
      return programme.reciprocal() == Reciprocal.FORBID && members < 2L * programme.peers() + 1;
    }
  }

  /**
   * The most pairings a brute force tries. Its time grows with them: draws of 100,000 to 400,000
   * pairings were 9 % of the small draws but 70 % of the brute force's time, and every shape (up to
   * six schools, two peers) still comes below.
   */
  static final long TRIABLE = 100_000;

  /** {@code partnership} with its brute force, or empty when it has too many pairings to try. */
  static Optional<Small> small(Partnership partnership) {
    ReviewProgramme p = partnership.reviews().get(0);
    AcademicYear year = partnership.year("2026-27").orElseThrow();
    BruteForce brute = new BruteForce(partnership, p, year);
    return brute.size() <= TRIABLE
        ? Optional.of(new Small(partnership, p, year, brute))
        : Optional.empty();
  }

  /** Knobs for the generator. */
  record Shape(
      int minSchools, int maxSchools, int maxPeers, int maxReviewers, boolean joinsAndLeaves) {}

  /**
   * A partnership drawn from {@code seed}. Shaped so that most draws can be paired: at most {@code
   * n - 2} peers a team (so a school whose people cannot review still leaves enough schools) and a
   * {@code max-load}, when there is one, no smaller than the even share of the places. About one
   * draw in ten is still infeasible (a tight load, a school with nobody to send, a school joining
   * or leaving, too few schools for {@code reciprocal: forbid}): property tests draw again ({@link
   * Cases}), and check such draws in tests of their own.
   */
  static Partnership partnership(long seed, Shape shape) {
    Random r = new Random(seed);
    int n = shape.minSchools() + r.nextInt(shape.maxSchools() - shape.minSchools() + 1);
    int peers = 1 + r.nextInt(Math.max(1, Math.min(shape.maxPeers(), n - 2)));
    Reciprocal reciprocal = Reciprocal.values()[r.nextInt(3)];
    boolean focus = r.nextBoolean();
    int avoid = 1 + r.nextInt(2);
    int rounds = 1 + r.nextInt(2);
    List<School> schools = new ArrayList<>();
    int reviewersInAll = 0;
    for (int i = 0; i < n; i++) {
      String id = "s" + i;
      List<Person> staff = new ArrayList<>();
      int reviewers = r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(shape.maxReviewers());
      reviewersInAll += reviewers;
      for (int j = 0; j < reviewers; j++) {
        String role = j == 0 ? "headteacher" : "deputy-head";
        staff.add(expert(id + "-" + j, "Person " + j + " of " + id, List.of(role), tags(r)));
      }
      staff.add(expert(id + "-t", "Teacher of " + id, List.of("teacher"), tags(r)));
      LocalDate joined =
          shape.joinsAndLeaves() && r.nextInt(12) == 0 ? LocalDate.of(2027, 1, 1) : null;
      LocalDate left =
          shape.joinsAndLeaves() && r.nextInt(12) == 0 ? LocalDate.of(2026, 12, 31) : null;
      schools.add(
          school(id, staff, tags(r), r.nextBoolean() ? "External " + i : null, joined, left));
    }
    int share = Math.max(1, -Math.floorDiv(-n * peers, Math.max(1, reviewersInAll)));
    Integer maxLoad = r.nextInt(3) == 0 ? null : share + r.nextInt(2);
    ReviewProgramme p =
        review(
            "peer",
            rounds,
            peers,
            List.of("headteacher", "deputy-head"),
            maxLoad,
            reciprocal,
            avoid,
            focus);
    List<HistoryRow> history = new ArrayList<>();
    for (String y : List.of("2024-25", "2025-26")) {
      for (int b = 0; b < n; b++) {
        for (int a = 0; a < n; a++) {
          if (a != b && r.nextInt(n) < peers) {
            history.add(historyRow("peer", y, 1, "s" + b, "Someone", "s" + a));
          }
        }
      }
    }
    // Rows of another programme and of the year being planned must not matter.
    history.add(historyRow("other", "2025-26", 1, "s0", "Someone", "s1"));
    history.add(historyRow("peer", "2026-27", 1, "s0", "Someone", "s1"));
    return ModelBuilder.partnership(
        List.of(year("2025-26", LocalDate.of(2025, 9, 3), List.of()), year2026()),
        schools,
        List.of(),
        List.of(p),
        List.of(),
        history);
  }

  private static List<String> tags(Random r) {
    List<String> t = new ArrayList<>();
    for (String tag : TAGS) {
      if (r.nextInt(3) == 0) {
        t.add(tag);
      }
    }
    return t;
  }
}
