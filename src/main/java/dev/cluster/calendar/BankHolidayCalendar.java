package dev.cluster.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.cluster.model.BankHolidays;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The United Kingdom's bank holidays from jollyday (offline, substitute days included), by part of the UK.
 * Loaded on first use only: jollyday's XML binding costs about 200 ms of start-up, which commands that
 * never compute a rota should not pay.
 */
public final class BankHolidayCalendar {
  /** Memo of (region, year) → days: the data never changes while the program runs. */
  private static final Map<String, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

  private BankHolidayCalendar() {}

  /**
   * Starts reading jollyday's United Kingdom calendar on a background thread, so that its ~100 ms of XML
   * binding overlaps with loading the partnership; the first {@link #between} waits for it to finish. For
   * commands that are about to compute a rota, and only them.
   */
  public static void preloadInBackground() {
    Thread t = new Thread(() -> {
      try {
        Holder.MANAGER.getHolidays(Year.of(2026), "eng");
      } catch (RuntimeException | LinkageError e) {
        // The foreground use of the calendar meets the same problem and reports it.
      }
    }, "bank-holidays");
    t.setDaemon(true);
    t.start();
  }

  /** The bank holidays of {@code region} from {@code fromYear} to {@code toYear} inclusive (calendar years). */
  public static Set<LocalDate> between(BankHolidays region, int fromYear, int toYear) {
    Set<LocalDate> days = new TreeSet<>();
    if (region == BankHolidays.NONE) {
      return days;
    }
    for (int y = fromYear; y <= toYear; y++) {
      days.addAll(CACHE.computeIfAbsent(region.key() + "/" + y, k -> load(region, k)));
    }
    return days;
  }

  private static Set<LocalDate> load(BankHolidays region, String key) {
    int year = Integer.parseInt(key.substring(key.indexOf('/') + 1));
    Set<LocalDate> days = new TreeSet<>();
    for (Holiday h : Holder.MANAGER.getHolidays(Year.of(year), subdivision(region))) {
      days.add(h.getDate()); // the observed day: a substitute Monday when the day falls at a weekend
    }
    return Set.copyOf(days);
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
      // jollyday logs through SLF4J, which has no provider here and would print three lines of noise to
      // standard error (our warnings channel) on first use.
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
      }
      return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }
  }
}
