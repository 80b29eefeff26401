package dev.cluster.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Term;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlaceholderCalendarTest {
  @Test
  void the_2026_27_placeholders_follow_the_england_pattern() {
    // when
    AcademicYear y = PlaceholderCalendar.year(2026);

    // then
    assertThat(y.name()).isEqualTo("2026-27");
    assertThat(y.terms()).extracting(Term::name).containsExactly("Autumn", "Spring", "Summer");
    Term autumn = y.terms().get(0);
    assertThat(autumn.start()).isEqualTo("2026-09-01");
    assertThat(autumn.end()).isEqualTo("2026-12-18");
    assertThat(autumn.halfTerm().start()).isEqualTo("2026-10-26");
    assertThat(autumn.halfTerm().end()).isEqualTo("2026-10-30");
    Term spring = y.terms().get(1);
    assertThat(spring.start()).isEqualTo("2027-01-04");
    assertThat(spring.halfTerm().start()).isEqualTo("2027-02-15");
    // Easter Sunday 2027 is 28 March: Holy Week and Easter week are the holiday.
    assertThat(spring.end()).isEqualTo("2027-03-19");
    Term summer = y.terms().get(2);
    assertThat(summer.start()).isEqualTo("2027-04-05");
    assertThat(summer.halfTerm().start()).isEqualTo("2027-05-31");
    assertThat(summer.end()).isEqualTo("2027-07-21");
    assertThat(y.closures())
        .singleElement()
        .satisfies(c -> assertThat(c.date()).isEqualTo(autumn.start()));
  }

  @ParameterizedTest
  @CsvSource({
    "2008, 2008-03-23", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
    "2027, 2027-03-28", "2028, 2028-04-16", "2038, 2038-04-25", "2285, 2285-03-22"
  })
  void easter_sunday_is_right(int year, LocalDate easter) {
    assertThat(PlaceholderCalendar.easterSunday(year)).as("Easter %d", year).isEqualTo(easter);
  }

  static Stream<Integer> years() {
    return IntStream.rangeClosed(2000, 2150).boxed();
  }

  @ParameterizedTest
  @MethodSource("years")
  void every_year_is_a_valid_calendar(int startYear) {
    AcademicYear y = PlaceholderCalendar.year(startYear);
    assertThat(y.name())
        .as("seed %d", startYear)
        .isEqualTo(String.format("%d-%02d", startYear, (startYear + 1) % 100));
    LocalDate previousEnd = LocalDate.of(startYear, 8, 31);
    for (Term t : y.terms()) {
      assertThat(t.start())
          .as("seed %d: %s starts after the previous term", startYear, t.name())
          .isAfter(previousEnd);
      assertThat(isWeekday(t.start()) && isWeekday(t.end()))
          .as("seed %d: %s", startYear, t.name())
          .isTrue();
      assertThat(t.halfTerm().start())
          .as("seed %d: %s half-term", startYear, t.name())
          .isAfter(t.start());
      assertThat(t.halfTerm().end())
          .as("seed %d: %s half-term", startYear, t.name())
          .isBefore(t.end());
      assertThat(t.halfTerm().start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      previousEnd = t.end();
    }
    assertThat(previousEnd).as("seed %d", startYear).isBefore(LocalDate.of(startYear + 1, 8, 1));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-23, 2026-27, 2027-28",
    "2027-01-10, 2026-27, 2027-28",
    "2026-06-01, 2025-26, 2026-27",
    // After the summer term has ended, the current year is the one about to start.
    "2026-07-30, 2026-27, 2027-28",
    "2026-09-01, 2026-27, 2027-28"
  })
  void the_current_and_next_year_follow_today(LocalDate today, String current, String next) {
    List<AcademicYear> years = PlaceholderCalendar.currentAndNext(today);
    assertThat(years)
        .extracting(AcademicYear::name)
        .as("today %s", today)
        .containsExactly(current, next);
  }

  private static boolean isWeekday(LocalDate d) {
    return d.getDayOfWeek().getValue() <= 5;
  }
}
