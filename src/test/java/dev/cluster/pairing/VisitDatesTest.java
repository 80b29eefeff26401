package dev.cluster.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Closure;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import dev.cluster.model.Term;
import dev.cluster.testing.ModelBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Review visit dates (SPEC section 11) meet every hard rule, and a round alone has a full run's
 * dates.
 */
class VisitDatesTest {
  static LongStream seeds() {
    return LongStream.range(1, 121);
  }

  /**
   * A generated partnership whose programme has a seeded {@code visit:} and whose schools have
   * closures.
   */
  static Partnership withVisits(long seed) {
    Partnership base = PairingRulesTest.withRules(seed, new Generated.Shape(3, 12, 2, 2, true));
    Random r = new Random(seed * 31 + 7);
    List<School> schools = new ArrayList<>();
    for (School s : base.schools()) {
      List<Closure> closures = new ArrayList<>(s.closures());
      for (int i = r.nextInt(6); i > 0; i--) {
        closures.add(
            new Closure(
                LocalDate.of(2026, 9, 2).plusDays(r.nextInt(300)), "INSET", ModelBuilder.HERE));
      }
      schools.add(
          new School(
              s.id(),
              s.name(),
              s.address(),
              s.roster(),
              s.joined(),
              s.left(),
              closures,
              s.focus(),
              s.externalReviewer(),
              s.staff(),
              s.location(),
              s.yearGroups(),
              s.group()));
    }
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      if (r.nextInt(2) == 0) {
        weekdays.add(d);
      }
    }
    if (weekdays.isEmpty()) {
      weekdays.add(DayOfWeek.TUESDAY);
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
            q.sameGroupForbid(),
            q.forbid(),
            new ReviewProgramme.Visit(1 + r.nextInt(3), weekdays));
    return ModelBuilder.partnership(
        base.calendar(), schools, List.of(), List.of(p), List.of(), base.history());
  }

  /**
   * Draws with visits that the planner can pair, with their plans (visit dates never make a pairing
   * impossible: a team without one is warned).
   */
  private static final Cases<Generated.Planned> PAIRED =
      new Cases<>(
          "a partnership with visits that the planner can pair",
          d -> Generated.planned(withVisits(d)));

  @Test
  void almostEverySeedGivesACaseToCheck() {
    PAIRED.assertShare(seeds());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void visitsMeetEveryHardRule(long seed) {
    // given a draw and its teams (drawn again while the planner finds none)
    Generated.Planned given = PAIRED.orSkip(seed);
    Partnership partnership = given.partnership();
    ReviewProgramme p = partnership.reviews().get(0);
    AcademicYear year = partnership.year("2026-27").orElseThrow();
    TeachingCalendar calendar = TeachingCalendar.of(partnership);
    Pairings pairings = given.pairings();
    // then
    Map<String, List<LocalDate>> days = new HashMap<>();
    for (ReviewRound round : pairings.rounds()) {
      Term term = year.terms().get((round.round() - 1) * year.terms().size() / p.roundsPerYear());
      for (ReviewTeam team : round.teams()) {
        List<LocalDate> visit = team.visit();
        if (visit == null) {
          assertThat(pairings.warnings())
              .as("seed %d: an undated visit is warned", seed)
              .anyMatch(
                  w ->
                      w.message()
                          .contains("no visit date for the team of " + team.school().name()));
          continue;
        }
        assertThat(visit).as("seed %d: %s", seed, team.school().id()).hasSize(p.visit().days());
        for (int i = 0; i < visit.size(); i++) {
          LocalDate d = visit.get(i);
          assertThat(calendar.isTeachingDay(d))
              .as("seed %d: %s is a teaching day", seed, d)
              .isTrue();
          assertThat(term.dates().contains(d))
              .as("seed %d: %s in the round's term", seed, d)
              .isTrue();
          assertThat(p.visit().weekdays())
              .as("seed %d: %s on a weekday asked for", seed, d)
              .contains(d.getDayOfWeek());
          assertThat(team.school().isClosedOn(d))
              .as("seed %d: %s open on %s", seed, team.school().id(), d)
              .isFalse();
          if (i > 0) {
            for (LocalDate x = visit.get(i - 1).plusDays(1); x.isBefore(d); x = x.plusDays(1)) {
              assertThat(x.getDayOfWeek().getValue())
                  .as("seed %d: consecutive teaching days", seed)
                  .isGreaterThan(5);
            }
          }
        }
        for (Peer peer : team.peers()) {
          List<LocalDate> busy =
              days.computeIfAbsent(
                  peer.school().id() + "/" + peer.person().id(), k -> new ArrayList<>());
          for (LocalDate d : visit) {
            assertThat(busy)
                .as("seed %d: %s has two visits on %s", seed, peer.person().name(), d)
                .doesNotContain(d);
          }
          busy.addAll(visit);
        }
      }
    }
    // and one round alone has the dates of the full run
    for (ReviewRound round : pairings.rounds()) {
      assertThat(new PairingPlanner(partnership).plan(p, year, round.round()).rounds().get(0))
          .as("seed %d round %d alone", seed, round.round())
          .isEqualTo(round);
    }
  }
}
