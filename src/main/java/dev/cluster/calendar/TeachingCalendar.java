package dev.cluster.calendar;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Closure;
import dev.cluster.model.DateRange;
import dev.cluster.model.Partnership;
import dev.cluster.model.Schedule;
import dev.cluster.model.Term;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partnership's teaching calendar (SPEC section 5): a teaching day is a weekday inside a term,
 * outside its half-term, not a bank holiday and not a partnership closure. Also splits the calendar
 * into the periods a schedule counts in, and those periods into teaching weeks.
 */
public final class TeachingCalendar {
  private static final String[] ORDINAL_HALF = {"first half", "second half"};

  private final List<AcademicYear> years;
  private final Set<LocalDate> bankHolidays;
  private final Map<LocalDate, Closure> closures = new HashMap<>();

  /**
   * {@link #teachingWeeks} by the period's first and last day: every rule of every series asks for
   * the same periods' weeks again.
   */
  private final Map<Long, List<LocalDate>> weeks = new ConcurrentHashMap<>();

  /** A calendar of {@code partnership}'s years with these bank holidays (tests pass their own). */
  public TeachingCalendar(Partnership partnership, Set<LocalDate> bankHolidays) {
    this.years = partnership.calendar();
    this.bankHolidays = Set.copyOf(bankHolidays);
    for (AcademicYear y : years) {
      for (Closure c : y.closures()) {
        closures.putIfAbsent(c.date(), c);
      }
    }
  }

  /**
   * The calendar of {@code partnership} with the bank holidays of its part of the UK (from
   * jollyday).
   */
  public static TeachingCalendar of(Partnership partnership) {
    List<AcademicYear> ys = partnership.calendar();
    if (ys.isEmpty()) {
      return new TeachingCalendar(partnership, Set.of());
    }
    int from = ys.get(0).start().getYear();
    int to = ys.get(ys.size() - 1).end().getYear();
    return new TeachingCalendar(
        partnership, BankHolidayCalendar.between(partnership.bankHolidays(), from, to));
  }

  /** Whether {@code day} is a bank holiday of the partnership's part of the UK. */
  public boolean isBankHoliday(LocalDate day) {
    return bankHolidays.contains(day);
  }

  /** The partnership-wide closure on {@code day}, if any. */
  public Optional<Closure> closure(LocalDate day) {
    return Optional.ofNullable(closures.get(day));
  }

  /** The term containing {@code day} (half-term included), if any. */
  public Optional<Term> term(LocalDate day) {
    for (AcademicYear y : years) {
      if (y.start().isAfter(day) || y.end().isBefore(day)) {
        continue;
      }
      for (Term t : y.terms()) {
        if (t.dates().contains(day)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code day} is a teaching day. */
  public boolean isTeachingDay(LocalDate day) {
    return whyNotTeaching(day) == null;
  }

  /**
   * Why {@code day} is not a teaching day, in words for a note or warning ({@code a bank holiday},
   * {@code half-term}, {@code a partnership closure (INSET)}), or null when it is one.
   */
  public String whyNotTeaching(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return dow == DayOfWeek.SATURDAY ? "a Saturday" : "a Sunday";
    }
    Optional<Term> term = term(day);
    if (term.isEmpty()) {
      return "not in term";
    }
    if (term.get().halfTerm() != null && term.get().halfTerm().contains(day)) {
      return "half-term";
    }
    if (bankHolidays.contains(day)) {
      return "a bank holiday";
    }
    Closure c = closures.get(day);
    if (c != null) {
      return c.reason().isEmpty()
          ? "a partnership closure"
          : "a partnership closure (" + c.reason() + ")";
    }
    return null;
  }

  /** The periods {@code schedule} counts its weeks in, over the whole calendar, in date order. */
  public List<TeachingPeriod> periods(Schedule schedule) {
    List<TeachingPeriod> out = new ArrayList<>();
    for (AcademicYear y : years) {
      switch (schedule.per()) {
        case HALF_TERM -> {
          for (Term t : y.terms()) {
            halves(y, t, out);
          }
        }
        case TERM -> {
          for (Term t : y.terms()) {
            out.add(new TeachingPeriod(t.key() + " " + y.name(), t.start(), t.end()));
          }
        }
        case MONTH -> months(y, out);
        case YEAR -> {
          if (schedule.term() == null) {
            out.add(new TeachingPeriod(y.name(), y.start(), y.end()));
          } else {
            for (Term t : y.terms()) {
              if (t.key().equals(schedule.term())) {
                out.add(new TeachingPeriod(t.key() + " " + y.name(), t.start(), t.end()));
              }
            }
          }
        }
        default -> throw new IllegalStateException("unknown period " + schedule.per());
      }
    }
    return out;
  }

  private static void halves(AcademicYear y, Term t, List<TeachingPeriod> out) {
    String name = t.key() + " " + y.name();
    if (t.halfTerm() == null || !t.halfTerm().overlaps(t.dates())) {
      out.add(new TeachingPeriod(name, t.start(), t.end()));
      return;
    }
    LocalDate beforeEnd = t.halfTerm().start().minusDays(1);
    LocalDate afterStart = t.halfTerm().end().plusDays(1);
    if (!beforeEnd.isBefore(t.start())) {
      out.add(new TeachingPeriod(name + ", " + ORDINAL_HALF[0], t.start(), beforeEnd));
    }
    if (!afterStart.isAfter(t.end())) {
      out.add(new TeachingPeriod(name + ", " + ORDINAL_HALF[1], afterStart, t.end()));
    }
  }

  /**
   * Each calendar month's part of the year's terms (days between terms are not teaching days
   * anyway).
   */
  private static void months(AcademicYear y, List<TeachingPeriod> out) {
    YearMonth last = YearMonth.from(y.end());
    for (YearMonth m = YearMonth.from(y.start()); !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate start = m.atDay(1).isBefore(y.start()) ? y.start() : m.atDay(1);
      LocalDate end = m.atEndOfMonth().isAfter(y.end()) ? y.end() : m.atEndOfMonth();
      boolean inTerm = false;
      for (Term t : y.terms()) {
        inTerm |= t.dates().overlaps(new DateRange(start, end));
      }
      if (inTerm) {
        out.add(new TeachingPeriod(Dates.monthName(m) + " " + m.getYear(), start, end));
      }
    }
  }

  /**
   * The Mondays of the teaching weeks of {@code period}: weeks holding a teaching day of the
   * period.
   */
  public List<LocalDate> teachingWeeks(TeachingPeriod period) {
    long key = period.start().toEpochDay() << 32 | (period.end().toEpochDay() & 0xFFFF_FFFFL);
    return weeks.computeIfAbsent(key, k -> mondaysOfTeachingDays(period));
  }

  private List<LocalDate> mondaysOfTeachingDays(TeachingPeriod period) {
    Set<LocalDate> mondays = new LinkedHashSet<>();
    for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
      if (isTeachingDay(d)) {
        mondays.add(d.minusDays(d.getDayOfWeek().getValue() - 1)); // the Monday on or before
      }
    }
    return List.copyOf(mondays);
  }

  /**
   * The Monday of the {@code n}-th teaching week of {@code period} ({@code -n}: n-th from the end),
   * if the period has that many.
   */
  public Optional<LocalDate> teachingWeek(TeachingPeriod period, int n) {
    List<LocalDate> weeks = teachingWeeks(period);
    int index = n > 0 ? n - 1 : weeks.size() + n;
    return index >= 0 && index < weeks.size() ? Optional.of(weeks.get(index)) : Optional.empty();
  }
}
