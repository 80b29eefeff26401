package dev.cluster.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates in words for people (Tue 15 Sep 2026). Written out rather than taken from the JDK's locale
 * data, whose English month abbreviations change between releases (Sep/Sept) and would break
 * byte-identical output.
 */
public final class Dates {
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  private Dates() {}

  /** {@code Tue 15 Sep 2026}. */
  public static String shortDate(LocalDate day) {
    return DAYS[day.getDayOfWeek().getValue() - 1].substring(0, 3)
        + " "
        + day.getDayOfMonth()
        + " "
        + MONTHS[day.getMonthValue() - 1].substring(0, 3)
        + " "
        + day.getYear();
  }

  /** {@code Tuesday 15 September 2026}. */
  public static String longDate(LocalDate day) {
    return DAYS[day.getDayOfWeek().getValue() - 1]
        + " "
        + day.getDayOfMonth()
        + " "
        + MONTHS[day.getMonthValue() - 1]
        + " "
        + day.getYear();
  }

  /** {@code Saturday}. */
  public static String weekdayName(DayOfWeek day) {
    return DAYS[day.getValue() - 1];
  }

  /** {@code October}. */
  public static String monthName(YearMonth month) {
    return MONTHS[month.getMonthValue() - 1];
  }

  /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, … {@code 11th}, {@code 21st}. */
  public static String ordinal(int n) {
    String suffix =
        (n % 100 >= 11 && n % 100 <= 13)
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
