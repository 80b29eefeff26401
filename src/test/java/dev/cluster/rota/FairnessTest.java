package dev.cluster.rota;

import static dev.cluster.testing.ModelBuilder.heads;
import static dev.cluster.testing.ModelBuilder.partnership;
import static dev.cluster.testing.ModelBuilder.person;
import static dev.cluster.testing.ModelBuilder.school;
import static dev.cluster.testing.ModelBuilder.schools;
import static dev.cluster.testing.ModelBuilder.series;
import static dev.cluster.testing.ModelBuilder.year2026;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Absence;
import dev.cluster.model.Duty;
import dev.cluster.model.Fairness;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.testing.ModelBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC section 11's rota rules: {@code balance: across-series} and people away ({@code
 * unavailable:}).
 */
class FairnessTest {
  private static final List<String> ORDER = List.of("a", "b", "c", "d");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Rota term(Partnership p, String from, String to) {
    return new RotaPlanner(p).plan(d(from), d(to), List.of());
  }

  private static List<String> chairs(Rota rota) {
    List<String> out = new ArrayList<>();
    for (ScheduledMeeting m : rota.meetings()) {
      out.add(m.chair() == null ? null : m.chair().school().id());
    }
    return out;
  }

  /** Five once-a-term series on five weekdays of one week, all with the same order and start. */
  private static Partnership fiveTermlySeries(boolean across) {
    List<MeetingSeries> ms = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ms.add(
          series(
              "s" + i,
              new Schedule(Period.TERM, List.of(3), DayOfWeek.of(1 + i), null),
              Duty.ROTATE,
              Duty.CHAIR,
              Duty.NONE,
              ORDER));
    }
    Partnership p = partnership(List.of(year2026()), schools("a", "b", "c", "d"), ms, List.of());
    return across ? p.withFairness(new Fairness(true, List.of())) : p;
  }

  @Test
  void perSeriesEverySeriesStartsWithTheSameSchool() {
    Rota autumn = term(fiveTermlySeries(false), "2026-09-02", "2026-12-18");

    assertThat(chairs(autumn)).containsExactly("a", "a", "a", "a", "a");
  }

  @Test
  void acrossSeriesTheTermsDutiesGoRound() {
    Rota autumn = term(fiveTermlySeries(true), "2026-09-02", "2026-12-18");
    Rota spring = term(fiveTermlySeries(true), "2027-01-05", "2027-03-26");

    // each series is tied at its first meeting: the school with the fewest chairs this term takes
    // it
    assertThat(chairs(autumn)).containsExactly("a", "b", "c", "d", "a");
    // and each series still goes round in its own order (counts within one, never twice in a row)
    assertThat(chairs(spring)).containsExactly("b", "c", "d", "a", "b");
  }

  @Test
  void theLedgerHasThePartnershipWideViewOfTheTerm() {
    RotaPlanner planner = new RotaPlanner(fiveTermlySeries(true));

    DutyLedger ledger = planner.ledger(d("2026-09-02"), d("2026-12-18"), List.of("s0"));

    assertThat(ledger.terms())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.term()).isEqualTo("Autumn 2026-27");
              assertThat(t.schools())
                  .extracting(
                      r -> r.school().id() + "=" + r.counts().of(dev.cluster.model.DutyType.CHAIR))
                  .containsExactly("a=2", "b=1", "c=1", "d=1");
            });
  }

  private static Partnership away(List<School> schools, MeetingSeries s, Absence... absences) {
    return partnership(List.of(year2026()), schools, List.of(s), List.of())
        .withFairness(new Fairness(false, List.of(absences)));
  }

  private static Absence absence(String school, String person, String from, String to) {
    return new Absence(school, person, d(from), d(to), "private", ModelBuilder.HERE);
  }

  @Test
  void aHeadAwayPassesTheChairToTheSchoolsOtherHead() {
    List<School> schools = new ArrayList<>(schools("a", "b", "c", "d"));
    School a = schools.get(0);
    List<dev.cluster.model.Person> staff = new ArrayList<>(a.staff());
    staff.add(1, person("a-cohead", "Co-head of a", "headteacher"));
    schools.set(0, school("a", staff));

    Rota autumn =
        term(
            away(schools, heads(ORDER), absence("a", "a-head", "2026-09-01", "2026-09-30")),
            "2026-09-02",
            "2026-12-18");

    assertThat(autumn.meetings().get(0).chair().school().id()).isEqualTo("a");
    assertThat(autumn.meetings().get(0).chair().person().name()).isEqualTo("Co-head of a");
    assertThat(autumn.warnings()).isEmpty();
  }

  @Test
  void aSchoolWithNobodyForTheDutyPassesAndKeepsItsTurn() {
    Rota year =
        term(
            away(
                schools("a", "b", "c", "d"),
                heads(ORDER),
                absence("a", "a-head", "2026-09-01", "2026-09-30")),
            "2026-09-02",
            "2027-07-21");

    // 15 Sep: a's head is away, so a is passed over as if closed; it keeps its lowest count and
    // chairs as
    // soon as it is the first of the least-served after the last to serve (as with a closure)
    assertThat(chairs(year)).containsExactly("b", "c", "d", "a", "b", "c");
    // the minute-taker is never the person away either
    assertThat(year.meetings())
        .allSatisfy(
            m -> {
              if (m.date().isBefore(d("2026-10-01"))) {
                assertThat(m.minutes().person().id()).isNotEqualTo("a-head");
              }
            });
  }

  @Test
  void aFixedChairStaysWithItsSchoolWithAWarningAndNobodyNamed() {
    MeetingSeries s =
        series(
            "fixed",
            new Schedule(Period.TERM, List.of(3), DayOfWeek.TUESDAY, null),
            Duty.fixed("a"),
            Duty.CHAIR,
            Duty.NONE,
            ORDER);

    Rota autumn =
        term(
            away(
                schools("a", "b", "c", "d"), s, absence("a", "a-head", "2026-09-01", "2026-09-30")),
            "2026-09-02",
            "2026-12-18");

    assertThat(autumn.meetings().get(0).chair().school().id()).isEqualTo("a");
    assertThat(autumn.meetings().get(0).chair().person()).isNull();
    assertThat(autumn.warnings())
        .singleElement()
        .asString()
        .contains(
            "everyone at `a` who could take the chair"
                + " is away that day; the chair stays with `a`")
        .doesNotContain("private");
  }
}
