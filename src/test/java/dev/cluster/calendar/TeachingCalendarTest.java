package dev.cluster.calendar;

import static dev.cluster.testing.ModelBuilder.partnership;
import static dev.cluster.testing.ModelBuilder.schools;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.BankHolidays;
import dev.cluster.model.Closure;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.Schedule;
import dev.cluster.testing.ModelBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeachingCalendarTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void englandAndWalesHasTheSubstituteAndMayBankHolidays() {
    var days = BankHolidayCalendar.between(BankHolidays.ENGLAND_AND_WALES, 2026, 2027);
    assertThat(days)
        .contains(
            d("2026-12-25"),
            d("2026-12-28"),
            d("2027-05-03"),
            d("2027-05-31"),
            d("2027-03-26"),
            d("2027-03-29"));
    assertThat(days).doesNotContain(d("2026-12-26"), d("2026-11-30"), d("2027-03-17"));
  }

  @Test
  void scotlandHasStAndrewsDayAndNorthernIrelandStPatricks() {
    assertThat(BankHolidayCalendar.between(BankHolidays.SCOTLAND, 2026, 2026))
        .contains(d("2026-11-30"));
    assertThat(BankHolidayCalendar.between(BankHolidays.NORTHERN_IRELAND, 2027, 2027))
        .contains(d("2027-03-17"), d("2027-07-12"));
    assertThat(BankHolidayCalendar.between(BankHolidays.NONE, 2026, 2027)).isEmpty();
  }

  private static TeachingCalendar calendar(List<Closure> closures) {
    Partnership p =
        partnership(
            List.of(ModelBuilder.year("2026-27", d("2026-09-02"), closures)),
            schools("a"),
            List.of(),
            List.of());
    return TeachingCalendar.of(p);
  }

  @Test
  void teachingDaysAreTermWeekdaysOutsideHalfTermBankHolidaysAndClosures() {
    TeachingCalendar cal =
        calendar(List.of(new Closure(d("2026-09-02"), "INSET", ModelBuilder.HERE)));
    assertThat(cal.isTeachingDay(d("2026-09-03"))).isTrue();
    assertThat(cal.whyNotTeaching(d("2026-09-02"))).isEqualTo("a partnership closure (INSET)");
    assertThat(cal.whyNotTeaching(d("2026-09-05"))).isEqualTo("a Saturday");
    assertThat(cal.whyNotTeaching(d("2026-10-27"))).isEqualTo("half-term");
    assertThat(cal.whyNotTeaching(d("2026-12-21"))).isEqualTo("not in term");
    assertThat(cal.whyNotTeaching(d("2027-05-03"))).isEqualTo("a bank holiday");
    assertThat(cal.whyNotTeaching(d("2026-09-01"))).isEqualTo("not in term");
  }

  @Test
  void halfTermPeriodsSplitEachTermAroundItsHalfTerm() {
    TeachingCalendar cal = calendar(List.of());
    var periods = cal.periods(new Schedule(Period.HALF_TERM, List.of(1), DayOfWeek.MONDAY, null));
    assertThat(periods).hasSize(6);
    assertThat(periods.get(0))
        .isEqualTo(
            new TeachingPeriod("autumn 2026-27, first half", d("2026-09-02"), d("2026-10-25")));
    assertThat(periods.get(1).start()).isEqualTo(d("2026-10-31"));
  }

  @Test
  void monthPeriodsAreEachMonthsPartOfTheTermsAndYearWithTermIsThatTerm() {
    TeachingCalendar cal = calendar(List.of());
    var months = cal.periods(new Schedule(Period.MONTH, List.of(1), DayOfWeek.MONDAY, null));
    assertThat(months)
        .extracting(TeachingPeriod::label)
        .startsWith("September 2026", "October 2026")
        .contains("April 2027")
        .doesNotContain("August 2027")
        .hasSize(11);
    var summer = cal.periods(new Schedule(Period.YEAR, List.of(1), DayOfWeek.MONDAY, "summer"));
    assertThat(summer)
        .containsExactly(new TeachingPeriod("summer 2026-27", d("2027-04-12"), d("2027-07-21")));
  }

  @Test
  void teachingWeeksCountWeeksHoldingATeachingDayFromEitherEnd() {
    TeachingCalendar cal = calendar(List.of());
    TeachingPeriod autumn = new TeachingPeriod("autumn", d("2026-09-02"), d("2026-12-18"));
    // The week of Wed 2 September is the first: it holds three teaching days.
    assertThat(cal.teachingWeek(autumn, 1)).contains(d("2026-08-31"));
    assertThat(cal.teachingWeek(autumn, 3)).contains(d("2026-09-14"));
    assertThat(cal.teachingWeek(autumn, -1)).contains(d("2026-12-14"));
    // Half-term week holds no teaching day, so it is not counted.
    assertThat(cal.teachingWeeks(autumn)).doesNotContain(d("2026-10-26")).hasSize(15);
    assertThat(cal.teachingWeek(autumn, 16)).isEmpty();
    assertThat(cal.teachingWeek(autumn, -16)).isEmpty();
  }
}
