package dev.cluster.rota;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Partnership;
import dev.cluster.model.Term;
import dev.cluster.model.UsageException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The days a rota is asked for, with a label for people ({@code Autumn 2026-27}): some days, a
 * term, a year, or by default the term containing today (or the next one). Which of these a command
 * line asked for, and how its options combine, is the command's business ({@code cli.RotaCommand});
 * the errors here are about the calendar.
 */
public record RotaWindow(LocalDate from, LocalDate to, String label) {
  /** The days from {@code from} to {@code to}, both included. */
  public static RotaWindow days(Partnership p, LocalDate from, LocalDate to) {
    requireCalendar(p);
    return new RotaWindow(from, to, from + " to " + to);
  }

  /**
   * Term {@code key} (any case) of year {@code yearName}, or of the current year when that is null.
   */
  public static RotaWindow term(Partnership p, String yearName, String key, LocalDate today) {
    requireCalendar(p);
    AcademicYear y = yearName == null ? p.currentYear(today) : year(p, yearName);
    String wanted = key.toLowerCase(Locale.ROOT);
    Optional<Term> t = y.terms().stream().filter(x -> x.key().equals(wanted)).findFirst();
    if (t.isEmpty()) {
      throw new UsageException(
          "academic year "
              + y.name()
              + " has no term `"
              + key
              + "`; it has: "
              + String.join(", ", y.terms().stream().map(Term::key).toList()));
    }
    return new RotaWindow(t.get().start(), t.get().end(), t.get().name() + " " + y.name());
  }

  /** The whole academic year named {@code name}. */
  public static RotaWindow wholeYear(Partnership p, String name) {
    requireCalendar(p);
    AcademicYear y = year(p, name);
    return new RotaWindow(y.start(), y.end(), y.name());
  }

  /**
   * The term containing {@code today}, or the next one (the last one after the calendar runs out).
   */
  public static RotaWindow current(Partnership p, LocalDate today) {
    requireCalendar(p);
    Term t = p.currentTerm(today);
    return new RotaWindow(t.start(), t.end(), t.name() + " " + p.yearOf(t).name());
  }

  /**
   * The academic year named {@code name}; any other name is a usage error naming the years there
   * are.
   */
  public static AcademicYear year(Partnership p, String name) {
    return p.year(name)
        .orElseThrow(
            () ->
                new UsageException(
                    "the partnership has no academic year `"
                        + name
                        + "`; it has: "
                        + String.join(", ", names(p.calendar()))));
  }

  private static void requireCalendar(Partnership p) {
    if (p.calendar().isEmpty()) {
      throw new UsageException(
          "the partnership's calendar has no academic year; add one under `calendar:`");
    }
  }

  private static List<String> names(List<AcademicYear> years) {
    return years.stream().map(AcademicYear::name).toList();
  }
}
