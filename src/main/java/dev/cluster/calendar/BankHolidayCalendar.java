package dev.cluster.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.cluster.model.BankHolidays;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The United Kingdom's bank holidays from jollyday (offline, substitute days included), by part of
 * the UK. Years 2000–2099 come from {@link BankHolidayTable}, written from jollyday at build time;
 * other years load jollyday itself on first use (its XML binding costs about 150 ms, which no
 * ordinary run should pay).
 */
public final class BankHolidayCalendar {
  /** Memo of (region, year) → days from jollyday: the data never changes while the program runs. */
  private static final Map<String, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

  private BankHolidayCalendar() {}

  /**
   * The bank holidays of {@code region} from {@code fromYear} to {@code toYear} inclusive (calendar
   * years).
   */
  public static Set<LocalDate> between(BankHolidays region, int fromYear, int toYear) {
    Set<LocalDate> days = new TreeSet<>();
    if (region == BankHolidays.NONE) {
      return days;
    }
    for (int y = fromYear; y <= toYear; y++) {
      days.addAll(
          BankHolidayTable.covers(y) ? BankHolidayTable.get(region, y) : fromJollyday(region, y));
    }
    return days;
  }

  /** The bank holidays of {@code region} in {@code year}, asking jollyday itself. */
  static Set<LocalDate> fromJollyday(BankHolidays region, int year) {
    return CACHE.computeIfAbsent(
        region.key() + "/" + year,
        k -> {
          Set<LocalDate> days = new TreeSet<>();
          for (Holiday h : Holder.MANAGER.getHolidays(Year.of(year), subdivision(region))) {
            days.add(h.getDate()); // the observed day: a substitute Monday when the day falls at a
            // weekend
          }
          return Collections.unmodifiableSet(days);
        });
  }

  /** jollyday's subdivision code of the United Kingdom calendar. */
  static String subdivision(BankHolidays region) {
    return switch (region) {
      case ENGLAND_AND_WALES -> "eng";
      case SCOTLAND -> "sct";
      case NORTHERN_IRELAND -> "nir";
      case NONE -> throw new IllegalArgumentException("no bank holidays");
    };
  }

  /** Lazy holder: the manager (and jollyday's XML binding) is created on first use. */
  private static final class Holder {
    static final HolidayManager MANAGER = create();

    private static HolidayManager create() {
      // jollyday logs through SLF4J, which has no provider here and would print three lines of
      // noise to
      // standard error (our warnings channel) on first use.
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
      }
      return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }
  }
}
