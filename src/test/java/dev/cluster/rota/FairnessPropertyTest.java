package dev.cluster.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cluster.model.Absence;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.Fairness;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.testing.RandomPartnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC section 11 over seeded random partnerships ({@link RandomPartnership}): the tie-break of
 * {@code balance: across-series}, checked against the rota it produced, and people away never
 * named. Every failure names its seed. Section 5's own invariants with {@code across-series} are in
 * {@link RotaPropertyTest}.
 */
class FairnessPropertyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  private static Rota whole(Partnership p) {
    LocalDate first = p.calendar().get(0).start();
    LocalDate last = p.calendar().get(p.calendar().size() - 1).end();
    return new RotaPlanner(p).plan(first.minusYears(1), last.plusYears(1), List.of());
  }

  /**
   * At every rotating duty of a clean partnership (no closures, joins, leaves or overrides), among
   * the schools tied on the series' count, the one chosen has done no more of that duty this term,
   * in any series, than any other tied school except the series' last to serve; and the last is
   * chosen only when alone. So no school gets two more of a duty in a term than another school the
   * tie-break could have chosen.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acrossSeriesTiesGoToTheSchoolWithFewestDutiesThisTerm(long seed) {
    Partnership p =
        RandomPartnership.generate(seed, true).withFairness(new Fairness(true, List.of()));
    TermBalance terms = new TermBalance(p.calendar());
    // per term: school -> duty -> count, from the rota's own output, in rota order
    Map<Integer, Map<String, EnumMap<DutyType, Integer>>> termCounts = new HashMap<>();
    Map<String, Map<DutyType, Map<String, Integer>>> seriesCounts = new HashMap<>();
    Map<String, Map<DutyType, String>> lastServed = new HashMap<>();
    int ties = 0;
    for (ScheduledMeeting m : whole(p).meetings()) {
      MeetingSeries s = m.series();
      if (m.cancelled()) {
        continue;
      }
      Map<String, EnumMap<DutyType, Integer>> term =
          termCounts.computeIfAbsent(terms.termOf(m.date()), k -> new HashMap<>());
      for (DutyType t : DutyType.values()) {
        Assignment a = m.duty(t);
        Map<String, Integer> counts =
            seriesCounts
                .computeIfAbsent(s.id(), k -> new EnumMap<>(DutyType.class))
                .computeIfAbsent(t, k -> new HashMap<>());
        // Before the first meeting a host or minutes rotation starts as if its first school had
        // served.
        String last =
            lastServed
                .computeIfAbsent(s.id(), k -> new EnumMap<>(DutyType.class))
                .getOrDefault(t, t == DutyType.CHAIR ? null : s.order().get(0));
        if (s.duty(t).kind() == Duty.Kind.ROTATE && a != null) {
          String chosen = a.school().id();
          List<String> tied = new ArrayList<>();
          int min = Integer.MAX_VALUE;
          for (String id : s.order()) {
            if (t == DutyType.MINUTES && m.chair() != null && m.chair().school().id().equals(id)) {
              continue; // not eligible
            }
            int c = counts.getOrDefault(id, 0);
            if (c < min) {
              min = c;
              tied.clear();
            }
            if (c == min) {
              tied.add(id);
            }
          }
          assertThat(tied)
              .as(
                  "seed %d: %s %s on %s goes to a school with the fewest in the series",
                  seed, s.id(), t.key(), m.date())
              .contains(chosen);
          if (tied.size() > 1) {
            ties++;
            assertThat(chosen)
                .as(
                    "seed %d: %s %s on %s: the last to serve is taken only when alone in the tie",
                    seed, s.id(), t.key(), m.date())
                .isNotEqualTo(last);
            int mine = count(term, chosen, t);
            for (String other : tied) {
              if (!other.equals(last)) {
                assertThat(mine)
                    .as(
                        "seed %d: %s %s on %s: %s (%d this term) chosen over %s (%d this term)",
                        seed, s.id(), t.key(), m.date(), chosen, mine, other, count(term, other, t))
                    .isLessThanOrEqualTo(count(term, other, t));
              }
            }
          }
        }
        if (a != null) {
          counts.merge(a.school().id(), 1, Integer::sum);
          lastServed.get(s.id()).put(t, a.school().id());
          term.computeIfAbsent(a.school().id(), k -> new EnumMap<>(DutyType.class))
              .merge(t, 1, Integer::sum);
        }
      }
    }
    assumeThat(ties).as("seed %d has ties to break", seed).isPositive();
  }

  private static int count(
      Map<String, EnumMap<DutyType, Integer>> term, String school, DutyType t) {
    EnumMap<DutyType, Integer> c = term.get(school);
    return c == null ? 0 : c.getOrDefault(t, 0);
  }

  /**
   * Nobody away on a meeting's day chairs or takes its minutes; a fixed chair stays with its
   * school.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void peopleAwayAreNeverNamed(long seed) {
    Partnership p =
        RandomPartnership.withAbsences(
            RandomPartnership.generate(seed, false), seed, seed % 2 == 0);
    int checked = 0;
    for (ScheduledMeeting m : whole(p).meetings()) {
      for (Absence ab : p.fairness().unavailable()) {
        if (!ab.covers(m.date()) || m.cancelled()) {
          continue;
        }
        checked++;
        for (DutyType t : List.of(DutyType.CHAIR, DutyType.MINUTES)) {
          Assignment a = m.duty(t);
          Person who = a == null ? null : a.person();
          assertThat(
                  who != null
                      && a.school().id().equals(ab.school())
                      && who.id().equals(ab.person()))
              .as(
                  "seed %d: %s %s on %s names %s/%s, who is away",
                  seed, m.series().id(), t.key(), m.date(), ab.school(), ab.person())
              .isFalse();
        }
      }
      Assignment chair = m.chair();
      if (chair != null
          && m.series().duty(DutyType.CHAIR).kind() == Duty.Kind.FIXED
          && p.overrides().stream()
              .noneMatch(
                  o -> o.meeting().equals(m.series().id()) && o.school(DutyType.CHAIR) != null)) {
        assertThat(chair.school().id())
            .as("seed %d: the fixed chair of %s on %s", seed, m.series().id(), m.date())
            .isEqualTo(m.series().duty(DutyType.CHAIR).school());
      }
    }
    assumeThat(checked).as("seed %d has a duty at a school with someone away", seed).isPositive();
  }
}
