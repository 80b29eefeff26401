package dev.cluster.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.Fairness;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.Term;
import dev.cluster.render.RotaCsv;
import dev.cluster.render.RotaJson;
import dev.cluster.testing.RandomPartnership;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of SPEC section 5 over seeded random partnerships ({@link RandomPartnership}); every
 * failure names its seed, and {@code RandomPartnership.generate(seed, clean)} rebuilds the
 * partnership that failed.
 */
class RotaPropertyTest {
  /**
   * Seeds 1-60 with each series balanced on its own, and 1-30 again with {@code balance:
   * across-series}.
   */
  static Stream<Arguments> seeds() {
    return Stream.concat(
        LongStream.rangeClosed(1, 60).mapToObj(s -> Arguments.of(s, false)),
        LongStream.rangeClosed(1, 30).mapToObj(s -> Arguments.of(s, true)));
  }

  /** The partnership of {@code seed}, balanced across series when {@code across}. */
  static Partnership generate(long seed, boolean clean, boolean across) {
    Partnership p = RandomPartnership.generate(seed, clean);
    return across ? p.withFairness(new Fairness(true, List.of())) : p;
  }

  private static LocalDate first(Partnership p) {
    return p.calendar().get(0).start();
  }

  private static LocalDate last(Partnership p) {
    return p.calendar().get(p.calendar().size() - 1).end();
  }

  /** Everything, including meetings an override moved past the calendar's ends. */
  private static Rota whole(Partnership p) {
    return new RotaPlanner(p).plan(first(p).minusYears(1), last(p).plusYears(1), List.of());
  }

  /**
   * The override of {@code m}: every entry naming it, later ones winning field by field (SPEC
   * section 9).
   */
  private static RotaOverride override(Partnership p, ScheduledMeeting m) {
    RotaOverride first =
        p.overrides().stream()
            .filter(
                o ->
                    o.meeting().equals(m.series().id())
                        && (o.date().equals(m.date())
                            || o.moveTo() != null && o.moveTo().equals(m.date())))
            .findFirst()
            .orElse(null);
    if (first == null) {
      return null;
    }
    return p.overrides().stream()
        .filter(o -> o.meeting().equals(first.meeting()) && o.date().equals(first.date()))
        .reduce(SeriesRotation::laterWins)
        .orElseThrow();
  }

  @ParameterizedTest(name = "seed {0}, across-series {1}")
  @MethodSource("seeds")
  void everyMeetingIsOnATeachingDayOnItsWeekdayAndNoHostIsClosed(long seed, boolean across) {
    Partnership p = generate(seed, false, across);
    TeachingCalendar cal = TeachingCalendar.of(p);
    int checked = 0;
    for (ScheduledMeeting m : whole(p).meetings()) {
      RotaOverride o = override(p, m);
      if (o != null && o.moveTo() != null) {
        continue; // a move-to is taken as given (and warned when it breaks a rule)
      }
      checked++;
      assertThat(cal.isTeachingDay(m.date()))
          .as("seed %d: %s on %s is on a teaching day", seed, m.series().id(), m.date())
          .isTrue();
      assertThat(m.date().getDayOfWeek())
          .as("seed %d: %s on %s", seed, m.series().id(), m.date())
          .isEqualTo(m.series().schedule().weekday());
      if (m.host() != null
          && (o == null || o.school(DutyType.HOST) == null && o.school(DutyType.CHAIR) == null)) {
        assertThat(m.host().school().isClosedOn(m.date()))
            .as(
                "seed %d: %s on %s hosted by closed %s",
                seed, m.series().id(), m.date(), m.host().school().id())
            .isFalse();
      }
    }
    assumeTrue(checked > 0, "seed " + seed + ": no meeting to check");
  }

  @ParameterizedTest(name = "seed {0}, across-series {1}")
  @MethodSource("seeds")
  void minutesAreNeverTakenAtTheChairsSchool(long seed, boolean across) {
    Partnership p = generate(seed, false, across);
    int checked = 0;
    for (ScheduledMeeting m : whole(p).meetings()) {
      RotaOverride o = override(p, m);
      if (m.chair() != null
          && m.minutes() != null
          && (o == null || o.school(DutyType.MINUTES) == null)
          && m.series().duty(DutyType.MINUTES).kind() == Duty.Kind.ROTATE) {
        checked++;
        assertThat(m.minutes().school().id())
            .as("seed %d: %s on %s", seed, m.series().id(), m.date())
            .isNotEqualTo(m.chair().school().id());
      }
    }
    assumeTrue(checked > 0, "seed " + seed + ": no rotating minute-taker to check");
  }

  @ParameterizedTest(name = "seed {0}, across-series {1}")
  @MethodSource("seeds")
  void everyTermsAndEveryMonthsRotaIsThatSliceOfTheWhole(long seed, boolean across) {
    Partnership p = generate(seed, false, across);
    Rota whole = whole(p);
    List<LocalDate[]> windows = new ArrayList<>();
    for (AcademicYear y : p.calendar()) {
      windows.add(new LocalDate[] {y.start(), y.end()});
      for (Term t : y.terms()) {
        windows.add(new LocalDate[] {t.start(), t.end()});
      }
      for (YearMonth m = YearMonth.from(y.start());
          !m.isAfter(YearMonth.from(y.end()));
          m = m.plusMonths(1)) {
        windows.add(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
      }
    }
    for (LocalDate[] w : windows) {
      Rota slice = new RotaPlanner(p).plan(w[0], w[1], List.of());
      List<ScheduledMeeting> expected =
          whole.meetings().stream()
              .filter(m -> !m.date().isBefore(w[0]) && !m.date().isAfter(w[1]))
              .toList();
      assertThat(slice.meetings())
          .as("seed %d: window %s to %s", seed, w[0], w[1])
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}, across-series {1}")
  @MethodSource("seeds")
  void untouchedRotationsStayWithinOneAndNeverRepeatASchoolBackToBack(long seed, boolean across) {
    Partnership p = generate(seed, true, across);
    Rota rota = whole(p);
    int checked = 0;
    for (MeetingSeries s : p.meetings()) {
      List<ScheduledMeeting> ms =
          rota.meetings().stream().filter(m -> m.series().id().equals(s.id())).toList();
      if (s.duty(DutyType.CHAIR).kind() == Duty.Kind.ROTATE) {
        checked += checkBalanced(seed, s, "chair", ms, ScheduledMeeting::chair);
      }
      if (s.duty(DutyType.HOST).kind() == Duty.Kind.ROTATE) {
        checked += checkBalanced(seed, s, "host", ms, ScheduledMeeting::host);
      }
    }
    assumeTrue(checked > 0, "seed " + seed + ": no rotating duty to check");
  }

  /** Checks a rotating duty's balance; returns how many meetings it checked. */
  private static int checkBalanced(
      long seed,
      MeetingSeries s,
      String duty,
      List<ScheduledMeeting> ms,
      Function<ScheduledMeeting, Assignment> get) {
    Map<String, Integer> counts = new HashMap<>();
    for (String id : s.order()) {
      counts.put(id, 0);
    }
    String previous = null;
    for (ScheduledMeeting m : ms) {
      String school = get.apply(m).school().id();
      counts.merge(school, 1, Integer::sum);
      int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
      int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertThat(max - min)
          .as("seed %d: %s %s counts after %s: %s", seed, s.id(), duty, m.date(), counts)
          .isLessThanOrEqualTo(1);
      if (s.order().size() > 1) {
        assertThat(school)
            .as("seed %d: %s %s on %s twice in a row", seed, s.id(), duty, m.date())
            .isNotEqualTo(previous);
      }
      previous = school;
    }
    return ms.size();
  }

  @ParameterizedTest(name = "seed {0}, across-series {1}")
  @MethodSource("seeds")
  void theSameInputGivesTheSameBytes(long seed, boolean across) {
    Partnership a = generate(seed, false, across);
    Partnership b = generate(seed, false, across);
    Rota ra = whole(a);
    Rota rb = whole(b);
    assertThat(RotaJson.render(a.name(), ra))
        .as("seed %d", seed)
        .isEqualTo(RotaJson.render(b.name(), rb));
    assertThat(RotaCsv.render(ra)).as("seed %d", seed).isEqualTo(RotaCsv.render(rb));
  }
}
