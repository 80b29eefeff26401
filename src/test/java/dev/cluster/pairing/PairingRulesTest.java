package dev.cluster.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import dev.cluster.testing.ModelBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pairing rules of SPEC section 11 (groups with {@code same-group: forbid}, {@code forbid:}
 * pairs, the roster's {@code review-load}): never broken, results still optimal against the brute
 * force, and impossible rules explained with their numbers.
 */
class PairingRulesTest {
  static LongStream seeds() {
    return LongStream.range(1, 151);
  }

  /** {@link Generated}'s partnership with seeded groups, forbidden pairs and review-loads added. */
  static Partnership withRules(long seed, Generated.Shape shape) {
    Partnership base = Generated.partnership(seed, shape);
    Random r = new Random(seed * 7919 + 13);
    List<School> schools = new ArrayList<>();
    for (School s : base.schools()) {
      List<Person> staff = new ArrayList<>();
      for (Person x : s.staff()) {
        Integer load = r.nextInt(4) == 0 ? r.nextInt(3) : null;
        staff.add(
            new Person(
                x.id(),
                x.name(),
                x.roles(),
                x.email(),
                x.yearGroup(),
                x.subjects(),
                x.expertise(),
                x.row(),
                load));
      }
      String group = r.nextInt(3) == 0 ? "group-" + r.nextInt(2) : null;
      schools.add(
          new School(
              s.id(),
              s.name(),
              s.address(),
              s.roster(),
              s.joined(),
              s.left(),
              s.closures(),
              s.focus(),
              s.externalReviewer(),
              staff,
              s.location(),
              s.yearGroups(),
              group));
    }
    List<List<String>> forbid = new ArrayList<>();
    for (int a = 0; a < schools.size(); a++) {
      for (int b = a + 1; b < schools.size(); b++) {
        if (r.nextInt(8) == 0) {
          forbid.add(
              r.nextBoolean()
                  ? List.of(schools.get(a).id(), schools.get(b).id())
                  : List.of(schools.get(b).id(), schools.get(a).id()));
        }
      }
    }
    ReviewProgramme q = base.reviews().get(0);
    ReviewProgramme p =
        new ReviewProgramme(
            q.id(),
            q.title(),
            q.roundsPerYear(),
            q.peers(),
            q.reviewerRoles(),
            q.maxLoad(),
            q.reciprocal(),
            q.avoidRepeat(),
            q.matchFocus(),
            q.leadRole(),
            q.external(),
            q.history(),
            q.location(),
            r.nextBoolean(),
            forbid,
            null);
    return ModelBuilder.partnership(
        base.calendar(), schools, List.of(), List.of(p), List.of(), base.history());
  }

  private static boolean forbidden(ReviewProgramme p, School a, School b) {
    return p.sameGroupForbid() && a.group() != null && a.group().equals(b.group())
        || p.forbid().contains(List.of(a.id(), b.id()))
        || p.forbid().contains(List.of(b.id(), a.id()));
  }

  /** Seeds for the small draws whose rules leave no pairing, a tenth as many. */
  static LongStream noPairingSeeds() {
    return LongStream.range(1, 16);
  }

  /**
   * Draws with rules that the planner can pair, with their plans (whether it finds a pairing
   * whenever one exists: the brute force on the small draws). A draw that a search of 3 million
   * arcs cannot pair is drawn again without the full search, which proved in 1 s that seeds 48 and
   * 103 have none; the draws kept are the same.
   */
  private static final Cases<Generated.Planned> PAIRED =
      new Cases<>(
          "a partnership with rules that the planner can pair",
          d -> Generated.planned(withRules(d, new Generated.Shape(3, 14, 3, 3, true)), 3_000_000));

  /** Small draws with rules (few enough pairings to try all) and their brute force. */
  private static final LongFunction<Optional<Generated.Small>> SMALL =
      Cases.once(d -> Generated.small(withRules(d, new Generated.Shape(3, 6, 2, 2, true))));

  private static final Cases<Generated.Small> PAIRABLE =
      new Cases<>(
          "a small partnership with rules and a pairing",
          d -> SMALL.apply(d).filter(s -> s.best() != null));

  /**
   * Small draws whose rules leave no pairing (not merely too few schools for reciprocal: forbid).
   */
  private static final Cases<Generated.Small> UNPAIRABLE =
      new Cases<>(
          "a small partnership whose rules leave no pairing",
          d -> SMALL.apply(d).filter(s -> !s.tooFewForForbid() && !s.brute().exists()));

  @Test
  void almostEverySeedGivesACaseToCheck() {
    PAIRED.assertShare(seeds());
    PAIRABLE.assertShare(seeds());
    UNPAIRABLE.assertShare(noPairingSeeds());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noForbiddenPairIsEverPairedAndNoReviewerExceedsTheirReviewLoad(long seed) {
    // given a draw and its teams (drawn again while the planner finds none)
    Generated.Planned given = PAIRED.orSkip(seed);
    ReviewProgramme p = given.partnership().reviews().get(0);
    Pairings pairings = given.pairings();
    // then
    for (ReviewRound round : pairings.rounds()) {
      Map<String, Integer> load = new HashMap<>();
      for (ReviewTeam team : round.teams()) {
        for (Peer peer : team.peers()) {
          assertThat(forbidden(p, peer.school(), team.school()))
              .as(
                  "seed %d: %s reviews %s although the rules forbid it",
                  seed, peer.school().id(), team.school().id())
              .isFalse();
          int n = load.merge(peer.school().id() + "/" + peer.person().id(), 1, Integer::sum);
          if (peer.person().reviewLoad() != null) {
            assertThat(n)
                .as("seed %d: %s reviews more than their review-load", seed, peer.person().name())
                .isLessThanOrEqualTo(peer.person().reviewLoad());
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("noPairingSeeds")
  void rulesThatLeaveNoPairingAreExplainedWithTheirNumbers(long seed) {
    // given a small draw whose rules leave no pairing at all (so the brute force says)
    Generated.Small given = UNPAIRABLE.orSkip(seed);
    // when / then
    assertThatThrownBy(() -> new PairingPlanner(given.partnership()).plan(null, given.year(), null))
        .as("seed %d: names the programme, the round and a number", seed)
        .isInstanceOf(InfeasibleException.class)
        .hasMessageMatching("programme `peer`, round 1 of 2026-27: .*[0-9].*");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bestPairingWithTheRulesEqualsBruteForce(long seed) {
    // given
    Generated.Small given = PAIRABLE.orSkip(seed);
    Partnership partnership = given.partnership();
    ReviewProgramme p = given.programme();
    int[] expected = given.best();
    // when
    ReviewRound round = new PairingPlanner(partnership).plan(p, given.year(), 1).rounds().get(0);
    // then
    int a = p.avoidRepeat();
    List<Integer> repeats = new ArrayList<>();
    for (int l = 0; l < a; l++) {
      repeats.add(expected[l]);
    }
    assertThat(round.optimal()).as("seed %d optimal", seed).isTrue();
    assertThat(round.score().repeats()).as("seed %d repeats", seed).isEqualTo(repeats);
    if (p.reciprocal() != Reciprocal.ALLOW) {
      assertThat(round.score().reciprocal()).as("seed %d reciprocal", seed).isEqualTo(expected[a]);
    }
    assertThat(round.score().matches()).as("seed %d matches", seed).isEqualTo(expected[a + 1]);
    assertThat(round.score().maxLoad()).as("seed %d max-load", seed).isEqualTo(expected[a + 2]);
  }

  /** Four schools, one headteacher each, one peer; the programme's rules as given. */
  private static Partnership four(boolean sameGroup, List<List<String>> forbid, Integer... loads) {
    List<School> schools = new ArrayList<>();
    String[] ids = {"fleet", "gospel-oak", "rhyl", "netley"};
    String[] groups = {"Oak Trust", "Oak Trust", "Oak Trust", null};
    for (int i = 0; i < ids.length; i++) {
      Person head =
          new Person(
              ids[i] + "-head",
              "Head of " + ids[i],
              List.of("headteacher"),
              null,
              null,
              List.of(),
              List.of(),
              2,
              i < loads.length ? loads[i] : null);
      School s = ModelBuilder.school(ids[i], List.of(head));
      schools.add(
          new School(
              s.id(),
              s.name(),
              s.address(),
              s.roster(),
              null,
              null,
              List.of(),
              List.of(),
              null,
              s.staff(),
              s.location(),
              List.of(),
              groups[i]));
    }
    ReviewProgramme p =
        new ReviewProgramme(
            "enquiry",
            "Enquiry",
            1,
            1,
            List.of("headteacher"),
            null,
            Reciprocal.AVOID,
            1,
            false,
            null,
            false,
            "history/*.csv",
            ModelBuilder.HERE,
            sameGroup,
            forbid,
            null);
    return ModelBuilder.partnership(
        List.of(ModelBuilder.year2026()), schools, List.of(), List.of(p), List.of(), List.of());
  }

  private static ReviewRound plan(Partnership p) {
    return new PairingPlanner(p).plan(null, p.calendar().get(0), 1).rounds().get(0);
  }

  @Test
  void aFederationsSchoolsNeverReviewEachOther() {
    // given: fleet, gospel-oak and rhyl in one trust; only netley is outside it
    Partnership partnership = four(true, List.of());
    // when
    ReviewRound round = plan(partnership);
    // then: netley reviews the three trust schools, and proven best
    for (ReviewTeam team : round.teams().subList(0, 3)) {
      assertThat(team.peers())
          .extracting(x -> x.school().id())
          .as(team.school().id())
          .containsExactly("netley");
    }
    assertThat(round.optimal()).isTrue();
    assertThat(round.score().maxLoad()).isEqualTo(3);
  }

  @Test
  void aGroupThatLeavesATeamWithoutReviewersNamesTheSchoolsAndTheRule() {
    // given: with peers 1, fleet may be reviewed only by netley, and so may gospel-oak and rhyl
    Partnership partnership = four(true, List.of(List.of("fleet", "netley")));
    // when / then
    assertThatThrownBy(() -> plan(partnership))
        .isInstanceOf(InfeasibleException.class)
        .hasMessage(
            "programme `enquiry`, round 1 of 2026-27: only 0 other schools may review fleet Primary "
                + "School (`fleet`), but `peers: 1` needs 1 from different schools: `gospel-oak` and `rhyl` are in "
                + "its group `Oak Trust` (`same-group: forbid`); `netley` is paired with it in `forbid` — allow some "
                + "of them, or lower `peers`");
  }

  @Test
  void reviewLoadsThatCannotFillTheTeamsSayHowManyReviewsAreLeft() {
    // given: three heads not reviewing: nobody may review netley
    Partnership partnership = four(false, List.of(), 0, 0, 0);
    // when / then
    assertThatThrownBy(() -> plan(partnership))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining("review netley")
        .satisfies(e -> assertThat(e.getMessage()).contains("programme `enquiry`"));
  }

  @Test
  void reviewLoadsShortOfThePlacesAreExplainedWithTheTotal() {
    // given: three heads review at most once, netley's not at all
    Partnership partnership =
        four(
            false, List.of(List.of("gospel-oak", "netley"), List.of("rhyl", "netley")), 1, 1, 1, 0);
    // when / then: 3 reviewers x 1 = 3 reviews for 4 places
    assertThatThrownBy(() -> plan(partnership))
        .isInstanceOf(InfeasibleException.class)
        .hasMessage(
            "programme `enquiry`, round 1 of 2026-27: the rosters' `review-load` leave only 3 reviews in "
                + "the round for 4 places on teams (4 schools × 1 peers) (Head of fleet of fleet: 1, Head of "
                + "gospel-oak of gospel-oak: 1, Head of rhyl of rhyl: 1); raise a `review-load` or lower `peers`");
  }

  @Test
  void aMinimumCutNamesTheTeamsThatCannotBeFilled() {
    // given: gospel-oak, rhyl and netley may each be reviewed only by fleet, whose head reviews at
    // most once
    Partnership partnership =
        four(
            false,
            List.of(
                List.of("gospel-oak", "netley"),
                List.of("rhyl", "netley"),
                List.of("gospel-oak", "rhyl")),
            1);
    // when / then
    assertThatThrownBy(() -> plan(partnership))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining(
            "the teams of gospel-oak, rhyl, netley need 3 reviewers but the headteachers allowed "
                + "to review them can give only 1 review in the round, because of the rosters' `review-load` (Head of "
                + "fleet of fleet: 1), `forbid`");
  }

  @Test
  void aPersonWithReviewLoadZeroNeverReviewsAndTheOthersCoverForThem() {
    // given: fleet's head is not reviewing this year
    Partnership partnership = four(false, List.of(), 0);
    // when
    ReviewRound round = plan(partnership);
    // then
    assertThat(round.teams())
        .allSatisfy(t -> assertThat(t.peers()).noneMatch(x -> x.school().id().equals("fleet")));
    assertThat(round.optimal()).isTrue();
  }
}
