package dev.cluster.init;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Closure;
import dev.cluster.model.DateRange;
import dev.cluster.model.Location;
import dev.cluster.model.Term;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Term dates in the usual pattern for England, for a new partnership to replace with its local
 * authority's published dates. They only need to be plausible and valid: autumn from 1 September
 * with an INSET day, half-terms in the last week of October, the week of the third Monday of
 * February and the week of the spring bank holiday, a two-week Easter holiday around Easter, summer
 * to about 21 July.
 */
public final class PlaceholderCalendar {
  private static final String LOCATION = "partnership.yaml";

  private PlaceholderCalendar() {}

  /**
   * The current academic year on {@code today} and the next one. Between years (after the summer
   * term ends) the current year is the one about to start, as SPEC section 4 defines it.
   */
  public static List<AcademicYear> currentAndNext(LocalDate today) {
    int first = today.getYear() - 1;
    if (today.isAfter(year(first).end())) {
      first = today.getYear();
    }
    return List.of(year(first), year(first + 1));
  }

  /**
   * The placeholder academic year starting in September of {@code startYear}, named {@code
   * 2026-27}.
   */
  public static AcademicYear year(int startYear) {
    int next = startYear + 1;
    LocalDate easter = easterSunday(next);

    LocalDate autumnStart = nextWeekday(LocalDate.of(startYear, 9, 1));
    LocalDate autumnHalf =
        LocalDate.of(startYear, 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate autumnEnd =
        LocalDate.of(startYear, 12, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));

    LocalDate springStart = nextWeekday(LocalDate.of(next, 1, 4));
    LocalDate springHalf =
        LocalDate.of(next, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    // Two weeks' Easter holiday: Holy Week and Easter week.
    LocalDate springEnd = easter.minusDays(9);
    LocalDate summerStart = easter.plusDays(8);

    LocalDate summerHalf =
        LocalDate.of(next, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate summerEnd = previousWeekday(LocalDate.of(next, 7, 21));

    List<Term> terms =
        List.of(
            term("Autumn", autumnStart, autumnEnd, autumnHalf),
            term("Spring", springStart, springEnd, springHalf),
            term("Summer", summerStart, summerEnd, summerHalf));
    String name = startYear + "-" + String.format("%02d", next % 100);
    Closure inset = new Closure(autumnStart, "INSET", Location.of(LOCATION));
    return new AcademicYear(name, terms, List.of(inset), Location.of(LOCATION));
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return MonthDay.of(month, day).atYear(year);
  }

  private static Term term(String name, LocalDate start, LocalDate end, LocalDate halfTermMonday) {
    DateRange half = new DateRange(halfTermMonday, halfTermMonday.plusDays(4));
    return new Term(name, new DateRange(start, end), half, Location.of(LOCATION));
  }

  private static LocalDate nextWeekday(LocalDate day) {
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static LocalDate previousWeekday(LocalDate day) {
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    return day;
  }
}
