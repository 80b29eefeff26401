package dev.cluster.rota;

import static dev.cluster.testing.ModelBuilder.closed;
import static dev.cluster.testing.ModelBuilder.heads;
import static dev.cluster.testing.ModelBuilder.member;
import static dev.cluster.testing.ModelBuilder.override;
import static dev.cluster.testing.ModelBuilder.partnership;
import static dev.cluster.testing.ModelBuilder.person;
import static dev.cluster.testing.ModelBuilder.school;
import static dev.cluster.testing.ModelBuilder.schools;
import static dev.cluster.testing.ModelBuilder.series;
import static dev.cluster.testing.ModelBuilder.withBankHolidays;
import static dev.cluster.testing.ModelBuilder.withDates;
import static dev.cluster.testing.ModelBuilder.year2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cluster.model.BankHolidays;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.model.UsageException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RotaPlannerTest {
  private static final List<String> ORDER = List.of("a", "b", "c", "d");
  private static final LocalDate YEAR_START = d("2026-09-02");
  private static final LocalDate YEAR_END = d("2027-07-21");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Rota year(Partnership p) {
    return new RotaPlanner(p).plan(YEAR_START, YEAR_END, List.of());
  }

  private static Partnership fourSchools(List<RotaOverride> overrides) {
    return partnership(
        List.of(year2026()), schools("a", "b", "c", "d"), List.of(heads(ORDER)), overrides);
  }

  private static List<String> duty(Rota rota, Function<ScheduledMeeting, Assignment> duty) {
    List<String> out = new ArrayList<>();
    for (ScheduledMeeting m : rota.meetings()) {
      Assignment a = duty.apply(m);
      out.add(a == null ? null : a.school().id());
    }
    return out;
  }

  private static List<String> messages(Rota rota) {
    return rota.warnings().stream().map(Diagnostic::message).toList();
  }

  @Test
  void twoWeeksEntriesOnTheSameDayAreTwoMeetingsTheSecondMoved() {
    // given weeks [-1, 11] in a spring term of eleven teaching weeks: both name Tuesday 23 March
    MeetingSeries s =
        series(
            "x",
            new Schedule(Period.TERM, List.of(-1, 11), DayOfWeek.TUESDAY, null),
            Duty.ROTATE,
            Duty.CHAIR,
            Duty.NONE,
            ORDER);
    Partnership p =
        partnership(List.of(year2026()), schools("a", "b", "c", "d"), List.of(s), List.of());

    // when
    Rota spring = new RotaPlanner(p).plan(d("2027-01-05"), d("2027-03-26"), List.of());

    // then the day is taken by one, and the other moves a week earlier with a note saying why
    assertThat(spring.meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(d("2027-03-16"), d("2027-03-23"));
    assertThat(spring.meetings().get(0).notes())
        .singleElement()
        .asString()
        .contains("another `x` meeting that day");
    assertThat(spring.meetings()).extracting(ScheduledMeeting::scheduled).doesNotHaveDuplicates();
    assertThat(spring.warnings()).isEmpty();
  }

  @Test
  void chairRotatesInOrderAndMinutesStartFromTheSecondSchool() {
    Rota rota = year(fourSchools(List.of()));

    assertThat(rota.meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            d("2026-09-15"),
            d("2026-11-17"),
            d("2027-01-19"),
            d("2027-03-09"),
            d("2027-04-27"),
            d("2027-06-22"));
    assertThat(duty(rota, ScheduledMeeting::chair)).containsExactly("a", "b", "c", "d", "a", "b");
    assertThat(duty(rota, ScheduledMeeting::host)).containsExactly("a", "b", "c", "d", "a", "b");
    assertThat(duty(rota, ScheduledMeeting::minutes)).containsExactly("b", "c", "d", "a", "b", "c");
    ScheduledMeeting first = rota.meetings().get(0);
    assertThat(first.chair().person().name()).isEqualTo("Head of a");
    assertThat(first.minutes().person().name()).isEqualTo("Head of b");
    assertThat(first.host().person()).isNull();
    assertThat(rota.warnings()).isEmpty();
  }

  @Test
  void aRotatingHostStartsFromTheSecondSchool() {
    MeetingSeries s =
        series(
            "s",
            new Schedule(Period.TERM, List.of(2), DayOfWeek.THURSDAY, null),
            Duty.ROTATE,
            Duty.ROTATE,
            Duty.NONE,
            ORDER);
    Rota rota =
        year(partnership(List.of(year2026()), schools("a", "b", "c", "d"), List.of(s), List.of()));

    assertThat(duty(rota, ScheduledMeeting::chair)).containsExactly("a", "b", "c");
    assertThat(duty(rota, ScheduledMeeting::host)).containsExactly("b", "c", "d");
    assertThat(duty(rota, ScheduledMeeting::minutes)).containsOnlyNulls();
  }

  @Test
  void aClosedSchoolIsPassedOverAndKeepsItsTurn() {
    List<School> schools = new ArrayList<>(schools("a", "b", "c", "d"));
    schools.set(1, closed(schools.get(1), d("2026-11-17")));
    Rota rota = year(partnership(List.of(year2026()), schools, List.of(heads(ORDER)), List.of()));

    assertThat(rota.meetings().get(1).date()).isEqualTo(d("2026-11-17"));
    assertThat(duty(rota, ScheduledMeeting::chair)).containsExactly("a", "c", "d", "b", "c", "d");
    assertThat(duty(rota, ScheduledMeeting::host)).doesNotContainNull();
  }

  @Test
  void aFixedHostsClosureMovesTheMeetingAWeekLaterWithANote() {
    School a = closed(schools("a").get(0), d("2026-11-17"));
    MeetingSeries s =
        series(
            "s",
            new Schedule(Period.HALF_TERM, List.of(3), DayOfWeek.TUESDAY, null),
            Duty.ROTATE,
            Duty.fixed("a"),
            Duty.NONE,
            ORDER);
    List<School> all = new ArrayList<>(schools("b", "c", "d"));
    all.add(0, a);
    Rota rota = year(partnership(List.of(year2026()), all, List.of(s), List.of()));

    ScheduledMeeting moved = rota.meetings().get(1);
    assertThat(moved.date()).isEqualTo(d("2026-11-24"));
    assertThat(moved.scheduled()).isEqualTo(d("2026-11-17"));
    assertThat(moved.notes())
        .containsExactly("moved from Tue 17 Nov 2026: `a` (the fixed host) is closed (INSET)");
  }

  @Test
  void aBankHolidayMovesTheMeetingOnAndTheLastWeekMovesBack() {
    // Monday of the first teaching week of May 2027 is the early May bank holiday.
    MeetingSeries s =
        series(
            "s",
            new Schedule(Period.MONTH, List.of(1, -1), DayOfWeek.MONDAY, null),
            Duty.ROTATE,
            Duty.CHAIR,
            Duty.NONE,
            ORDER);
    Rota rota =
        new RotaPlanner(
                partnership(
                    List.of(year2026()), schools("a", "b", "c", "d"), List.of(s), List.of()))
            .plan(d("2027-05-01"), d("2027-05-31"), List.of());

    // First week: 3 May (bank holiday) moves to 10 May. Last week: the week of 31 May holds no
    // teaching day
    // (bank holiday, then half-term), so the last teaching week is that of 24 May.
    assertThat(rota.meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(d("2027-05-10"), d("2027-05-24"));
    assertThat(rota.meetings().get(0).notes())
        .containsExactly("moved from Mon 3 May 2027: a bank holiday");
  }

  @Test
  void aMeetingWithNoPossibleWeekIsDroppedWithAWarning() {
    List<School> all = new ArrayList<>(schools("b"));
    all.add(
        0,
        closed(
            schools("a").get(0),
            d("2026-09-08"),
            d("2026-09-15"),
            d("2026-09-22"),
            d("2026-09-29"),
            d("2026-10-06"),
            d("2026-10-13"),
            d("2026-10-20")));
    MeetingSeries s =
        series(
            "s",
            new Schedule(Period.HALF_TERM, List.of(3), DayOfWeek.TUESDAY, null),
            Duty.ROTATE,
            Duty.fixed("a"),
            Duty.NONE,
            List.of("a", "b"));
    Rota rota =
        new RotaPlanner(partnership(List.of(year2026()), all, List.of(s), List.of()))
            .plan(d("2026-09-02"), d("2026-10-25"), List.of());

    assertThat(rota.meetings()).isEmpty();
    assertThat(messages(rota))
        .singleElement()
        .asString()
        .contains("meeting `s` in autumn 2026-27, first half", "the meeting is dropped");
  }

  @Test
  void overridesCountAsServedAndCancelledMeetingsForNobody() {
    Rota rota =
        year(
            fourSchools(
                List.of(
                    override("heads", d("2026-11-17"), "d", null, null, null, false),
                    override("heads", d("2027-01-19"), null, null, null, d("2027-01-26"), false),
                    override("heads", d("2027-03-09"), null, null, null, null, true))));

    assertThat(rota.meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            d("2026-09-15"),
            d("2026-11-17"),
            d("2027-01-26"),
            d("2027-03-09"),
            d("2027-04-27"),
            d("2027-06-22"));
    // d chairs (and hosts) 17 November and becomes the last to serve: b is next (fewest, after d).
    assertThat(duty(rota, ScheduledMeeting::chair)).containsExactly("a", "d", "b", null, "c", "d");
    assertThat(duty(rota, ScheduledMeeting::host)).containsExactly("a", "d", "b", null, "c", "d");
    ScheduledMeeting moved = rota.meetings().get(2);
    assertThat(moved.scheduled()).isEqualTo(d("2027-01-19"));
    assertThat(moved.notes()).containsExactly("moved from Tue 19 Jan 2027 by an override");
    ScheduledMeeting cancelled = rota.meetings().get(3);
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.notes()).containsExactly("cancelled by an override");
    assertThat(rota.meetings().get(1).notes()).containsExactly("overridden: chair d");
    assertThat(rota.warnings()).isEmpty();
  }

  @Test
  void overridesThatBreakARuleOrMatchNoMeetingAreWarned() {
    List<School> schools = new ArrayList<>(schools("a", "b", "c", "d"));
    schools.set(2, closed(schools.get(2), d("2026-11-17")));
    Rota rota =
        year(
            partnership(
                List.of(year2026()),
                schools,
                List.of(heads(ORDER)),
                List.of(
                    override("heads", d("2026-09-15"), null, null, "a", null, false),
                    override("heads", d("2026-11-17"), "c", null, null, null, false),
                    override("heads", d("2027-01-20"), "b", null, null, null, false),
                    override("heads", d("2027-03-09"), null, null, null, d("2027-03-13"), false))));

    assertThat(duty(rota, ScheduledMeeting::minutes).get(0)).isEqualTo("a");
    assertThat(messages(rota))
        .containsExactlyInAnyOrder(
            "override for meeting `heads` on 2026-09-15: `a` takes the minutes at its own chair's meeting",
            "override for meeting `heads` on 2026-11-17: `c` hosts but is closed on 2026-11-17",
            "override for meeting `heads` on 2027-01-20: the series has no meeting that day (its nearest meetings"
                + " are on 2027-01-19 and 2027-03-09); give the date the meeting is scheduled on (`cluster rota"
                + " --meeting heads` lists them)",
            "override for meeting `heads` on 2027-03-09: moves it to 2027-03-13, which is not a teaching day"
                + " (a Saturday); kept as given");
  }

  @Test
  void aJoiningSchoolStartsAtTheLowestCountAndALeaverDropsOut() {
    List<School> schools = new ArrayList<>(schools("a", "b", "c", "d", "e"));
    schools.set(4, member(schools.get(4), d("2027-01-01"), null));
    schools.set(0, member(schools.get(0), null, d("2027-02-01")));
    Rota rota =
        year(
            partnership(
                List.of(year2026()),
                schools,
                List.of(heads(List.of("a", "b", "c", "d", "e"))),
                List.of()));

    // a, b chair in autumn; e joins at 0 (the lowest count) with c and d; a leaves in February.
    assertThat(duty(rota, ScheduledMeeting::chair)).containsExactly("a", "b", "c", "d", "e", "b");
  }

  @Test
  void aDutyNobodyInTheRotationCanEverTakeIsEmptyWithoutAWarningPerMeeting() {
    School noHead = school("x", List.of(person("x-t", "Teacher", "teacher")));
    Rota rota =
        new RotaPlanner(
                partnership(
                    List.of(year2026()), List.of(noHead), List.of(heads(List.of("x"))), List.of()))
            .plan(d("2026-09-01"), d("2026-10-25"), List.of());

    assertThat(rota.meetings())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.chair()).isNull();
              assertThat(m.minutes()).isNull();
            });
    // the root cause (nobody holds the role) is the loader's to say, once: not once per meeting
    assertThat(messages(rota)).noneMatch(w -> w.contains("no school can take the chair"));
  }

  @Test
  void explicitDatesAreKeptAsGivenWithAWarningOffATeachingDay() {
    MeetingSeries s = withDates(heads(ORDER), d("2026-10-27"), d("2026-12-01"));
    Rota rota =
        year(partnership(List.of(year2026()), schools("a", "b", "c", "d"), List.of(s), List.of()));

    assertThat(rota.meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(d("2026-10-27"), d("2026-12-01"));
    assertThat(messages(rota))
        .containsExactly(
            "meeting `heads` on 2026-10-27: Tuesday 27 October 2026 is not a teaching day (half-term); kept as given");
  }

  @Test
  void aTermsRotaIsThatTermsSliceOfTheYearsAndWarningsFollowTheWindow() {
    Partnership p =
        fourSchools(List.of(override("heads", d("2027-01-20"), "b", null, null, null, false)));
    Rota whole = year(p);
    Rota spring = new RotaPlanner(p).plan(d("2027-01-05"), d("2027-03-26"), List.of());
    Rota autumn = new RotaPlanner(p).plan(d("2026-09-02"), d("2026-12-18"), List.of());

    assertThat(spring.meetings()).isEqualTo(whole.meetings().subList(2, 4));
    assertThat(spring.warnings()).hasSize(1);
    assertThat(autumn.warnings()).isEmpty();
    assertThat(new RotaPlanner(p).warnings()).isEqualTo(spring.warnings());
  }

  @Test
  void anUnknownSeriesIsAUsageErrorNamingTheSeriesThereAre() {
    assertThatThrownBy(
            () ->
                new RotaPlanner(fourSchools(List.of()))
                    .plan(YEAR_START, YEAR_END, List.of("hedas")))
        .isInstanceOf(UsageException.class)
        .hasMessage("the partnership has no meeting series `hedas`; it has: heads");
  }

  @Test
  void theLedgerCountsTheWindowAndEverythingSinceTheSeriesStarted() {
    RotaPlanner planner = new RotaPlanner(fourSchools(List.of()));
    DutyLedger ledger = planner.ledger(d("2027-01-05"), d("2027-03-26"), List.of());

    assertThat(ledger.rows()).hasSize(4);
    DutyLedger.Row a = ledger.rows().get(0);
    assertThat(a.window()).isEqualTo(DutyLedger.Counts.of(0, 0, 1));
    assertThat(a.total()).isEqualTo(DutyLedger.Counts.of(1, 1, 1));
    DutyLedger.Row d = ledger.rows().get(3);
    assertThat(d.window()).isEqualTo(DutyLedger.Counts.of(1, 1, 1));
  }

  @Test
  void eachPartOfTheUkHasItsOwnBankHolidays() {
    MeetingSeries last =
        series(
            "s",
            new Schedule(Period.MONTH, List.of(-1), DayOfWeek.MONDAY, null),
            Duty.ROTATE,
            Duty.CHAIR,
            Duty.NONE,
            ORDER);
    MeetingSeries first =
        series(
            "t",
            new Schedule(Period.MONTH, List.of(1), DayOfWeek.MONDAY, null),
            Duty.ROTATE,
            Duty.CHAIR,
            Duty.NONE,
            ORDER);
    Partnership england =
        partnership(
            List.of(year2026()), schools("a", "b", "c", "d"), List.of(last, first), List.of());
    Partnership scotland = withBankHolidays(england, BankHolidays.SCOTLAND);
    Partnership none = withBankHolidays(england, BankHolidays.NONE);
    LocalDate nov1 = d("2026-11-01");
    LocalDate nov30 = d("2026-11-30");

    // Monday 30 November is St Andrew's Day in Scotland only: there the week of the 30th holds no
    // November
    // teaching day, so the last teaching week of November is the one before.
    assertThat(new RotaPlanner(england).plan(nov30, nov30, List.of("s")).meetings()).hasSize(1);
    assertThat(new RotaPlanner(scotland).plan(nov1, nov30, List.of("s")).meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(d("2026-11-23"));
    // Monday 3 May 2027 is the early May bank holiday, except with `bank-holidays: none`.
    assertThat(
            new RotaPlanner(england)
                .plan(d("2027-05-01"), d("2027-05-31"), List.of("t"))
                .meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(d("2027-05-10"));
    assertThat(
            new RotaPlanner(none).plan(d("2027-05-01"), d("2027-05-31"), List.of("t")).meetings())
        .extracting(ScheduledMeeting::date)
        .containsExactly(d("2027-05-03"));
  }

  @Test
  void anOverrideNamingNoSchoolIsWarnedAndTheRotaStillComesOut() {
    Rota rota =
        year(
            fourSchools(
                List.of(override("heads", d("2026-09-15"), "rhly", null, null, null, false))));

    assertThat(duty(rota, ScheduledMeeting::chair).get(0)).isEqualTo("a");
    assertThat(messages(rota))
        .containsExactly(
            "override for meeting `heads` on 2026-09-15: there is no school `rhly` to take the chair;"
                + " the rotation decides instead");
  }

  @Test
  void severalOverridesOfOneMeetingMergeLaterWinningFieldByFieldAndCountAsItsSequence() {
    LocalDate later = year(fourSchools(List.of())).meetings().get(3).scheduled();
    Rota rota =
        year(
            fourSchools(
                List.of(
                    override("heads", d("2026-11-17"), "c", "b", null, null, false),
                    override("heads", d("2026-11-17"), "d", null, null, d("2026-11-18"), false),
                    override("heads", later, null, null, null, null, true))));

    ScheduledMeeting moved =
        rota.meetings().stream()
            .filter(m -> m.scheduled().equals(d("2026-11-17")))
            .findFirst()
            .orElseThrow();
    assertThat(moved.date()).isEqualTo(d("2026-11-18"));
    assertThat(moved.chair().school().id()).isEqualTo("d");
    assertThat(moved.host().school().id()).isEqualTo("b");
    assertThat(moved.sequence()).isEqualTo(2);
    assertThat(rota.meetings())
        .filteredOn(m -> m.scheduled().equals(later))
        .extracting(ScheduledMeeting::sequence, ScheduledMeeting::cancelled)
        .containsExactly(tuple(1, true));
    assertThat(rota.meetings())
        .filteredOn(m -> !m.scheduled().equals(d("2026-11-17")) && !m.scheduled().equals(later))
        .extracting(ScheduledMeeting::sequence)
        .containsOnly(0);
    assertThat(messages(rota)).isEmpty();
  }
}
