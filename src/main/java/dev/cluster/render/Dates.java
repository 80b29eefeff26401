package dev.cluster.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times read in agendas and reports: British English, fixed locale so output is the same everywhere. */
public final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.UK);
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private Dates() {}

  /** {@code Tuesday}. */
  public static String weekday(LocalDate d) {
    return d == null ? null : DAY.format(d);
  }

  /** {@code 17 November 2026}. */
  public static String longDate(LocalDate d) {
    return d == null ? null : LONG.format(d);
  }

  /** {@code 17 Nov} (the short form "Sept" of some JDKs is avoided by the fixed UK locale data). */
  public static String shortDate(LocalDate d) {
    return d == null ? null : SHORT.format(d);
  }

  /** {@code 2026-11-17}, or null. */
  public static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** {@code 09:30}. */
  public static String time(LocalTime t) {
    return t == null ? null : TIME.format(t);
  }
}
