package dev.cluster.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Days written {@code YYYY-MM-DD}, read as {@link LocalDate#parse(CharSequence)} reads them. The
 * common shape is read by hand: the JDK's formatter takes a good part of a command's start-up to
 * set up, and every date in partnership.yaml, the rosters and the record goes through here.
 */
public final class IsoDate {
  private IsoDate() {}

  /**
   * The day {@code text} names.
   *
   * @throws DateTimeParseException when it is not a day, as {@link LocalDate#parse} would
   */
  public static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return LocalDate.parse(text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return LocalDate.parse(text); // the JDK's message for an odd shape
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(e.getMessage(), text, 0, e);
    }
  }

  /**
   * The day {@code text} names in the basic form {@code YYYYMMDD} (as in a meeting's uid), read as
   * {@code DateTimeFormatter.ofPattern("yyyyMMdd")} reads it: year 0001 to 9999, and a day past the
   * end of its month (up to the 31st) taken as the month's last day.
   *
   * @throws DateTimeException when it is not one
   */
  public static LocalDate parseBasic(String text) {
    int year = text.length() == 8 ? digits(text, 0, 4) : -1;
    int month = year < 1 ? -1 : digits(text, 4, 6);
    int day = month < 1 || month > 12 ? -1 : digits(text, 6, 8);
    if (day < 1 || day > 31) {
      throw new DateTimeParseException("not a day written YYYYMMDD", text, 0);
    }
    return YearMonth.of(year, month)
        .atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
  }

  /** {@code day} as {@code 2026-11-17}, or null for none. */
  public static String format(LocalDate day) {
    return day == null ? null : day.toString();
  }

  /**
   * {@code day} in the basic form {@code YYYYMMDD}, as {@code
   * DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)} writes it (written by hand for the years
   * 1 to 9999).
   */
  public static String formatBasic(LocalDate day) {
    int year = day.getYear();
    if (year < 1 || year > 9999) {
      return Basic.FORMAT.format(day);
    }
    int date = year * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    String digits = Integer.toString(date);
    return "0000".substring(digits.length() - 4) + digits;
  }

  /** The JDK's formatter for the years written by hand above: made only when one is asked for. */
  private static final class Basic {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  }

  /**
   * The time {@code text} names, read as {@link LocalTime#parse(CharSequence)} reads it; the common
   * shape {@code HH:MM} by hand.
   *
   * @throws DateTimeParseException when it is not a time, as {@link LocalTime#parse} would
   */
  public static LocalTime parseTime(String text) {
    int hour = text.length() == 5 && text.charAt(2) == ':' ? digits(text, 0, 2) : -1;
    int minute = hour < 0 || hour > 23 ? -1 : digits(text, 3, 5);
    return minute < 0 || minute > 59 ? LocalTime.parse(text) : LocalTime.of(hour, minute);
  }

  /**
   * The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit.
   */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
