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
 * The days a rota is asked for, from {@code --year}, {@code --term} or {@code --from/--to}, with a label for
 * people ({@code Autumn 2026-27}). Default: the term containing today, or the next one.
 */
public record RotaWindow(LocalDate from, LocalDate to, String label) {
  /**
   * Resolves the command line's choice of days against the partnership's calendar.
   *
   * @throws UsageException for a year or term the partnership does not have, or options that do not fit
   */
  public static RotaWindow resolve(Partnership p, String year, String term, LocalDate from, LocalDate to,
      LocalDate today) {
    if (p.calendar().isEmpty()) {
      throw new UsageException("the partnership's calendar has no academic year; add one under `calendar:`");
    }
    if (from != null || to != null) {
      if (from == null || to == null) {
        throw new UsageException("--from and --to go together: give both, for example"
            + " --from 2026-09-01 --to 2026-10-23");
      }
      if (year != null || term != null) {
        throw new UsageException("give either --from/--to or --year/--term, not both");
      }
      if (to.isBefore(from)) {
        throw new UsageException("--to " + to + " is before --from " + from);
      }
      return new RotaWindow(from, to, from + " to " + to);
    }
    if (term != null) {
      String yearName = year;
      String key = term;
      int slash = term.indexOf('/');
      if (slash >= 0) {
        yearName = term.substring(0, slash);
        key = term.substring(slash + 1);
        if (year != null && !year.equals(yearName)) {
          throw new UsageException("--term " + term + " names another year than --year " + year);
        }
      }
      AcademicYear y = yearName == null ? p.currentYear(today) : year(p, yearName);
      String wanted = key.toLowerCase(Locale.ROOT);
      Optional<Term> t = y.terms().stream().filter(x -> x.key().equals(wanted)).findFirst();
      if (t.isEmpty()) {
        throw new UsageException("academic year " + y.name() + " has no term `" + key + "`; it has: "
            + String.join(", ", y.terms().stream().map(Term::key).toList()));
      }
      return new RotaWindow(t.get().start(), t.get().end(), t.get().name() + " " + y.name());
    }
    if (year != null) {
      AcademicYear y = year(p, year);
      return new RotaWindow(y.start(), y.end(), y.name());
    }
    Term t = p.currentTerm(today);
    return new RotaWindow(t.start(), t.end(), t.name() + " " + p.yearOf(t).name());
  }

  /** The academic year named {@code name}; any other name is a usage error naming the years there are. */
  public static AcademicYear year(Partnership p, String name) {
    return p.year(name).orElseThrow(() -> new UsageException("the partnership has no academic year `" + name
        + "`; it has: " + String.join(", ", names(p.calendar()))));
  }

  private static List<String> names(List<AcademicYear> years) {
    return years.stream().map(AcademicYear::name).toList();
  }
}
