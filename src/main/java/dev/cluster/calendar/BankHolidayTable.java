package dev.cluster.calendar;

import dev.cluster.model.BankHolidays;
import dev.cluster.model.IsoDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * jollyday's United Kingdom bank holidays for 2000–2099, compiled in ({@link BankHolidayData}) and
 * read in a millisecond where jollyday's own XML binding takes about 150 ms of every rota's
 * start-up. The data is generated from jollyday, never edited by hand: {@code BankHolidayTableTest}
 * fails when it differs from what jollyday says (after a jollyday upgrade, say) and rewrites it
 * with {@code -Dgolden.update=true}. It is a class rather than a resource in the jar: the first
 * resource read through the class loader opens a {@code jar:} URL, whose set-up calls a method
 * reflectively, and that call spins a method-handle class no start-up record keeps. Years outside
 * it go to jollyday itself.
 */
public final class BankHolidayTable {
  /** The first and last calendar years the table holds. */
  static final int FIRST = 2000;

  static final int LAST = 2099;

  private BankHolidayTable() {}

  /** Whether the table holds {@code year}. */
  static boolean covers(int year) {
    return year >= FIRST && year <= LAST;
  }

  /**
   * The bank holidays of {@code region} in {@code year}, which the table {@linkplain #covers
   * covers}.
   */
  static Set<LocalDate> get(BankHolidays region, int year) {
    String days = Holder.TABLE.get(region.key() + " " + year);
    Set<LocalDate> out = new TreeSet<>();
    if (days != null) {
      // "2026-01-01 2026-04-03 ...", read without the JDK's formatter (slow at start-up)
      for (int i = 0; i + 10 <= days.length(); i += 11) {
        out.add(IsoDate.parse(days.substring(i, i + 10)));
      }
    }
    return out;
  }

  /** Lazy holder: the table is split into its lines on first use. */
  private static final class Holder {
    static final Map<String, String> TABLE = read(BankHolidayData.TEXT);
  }

  /** "region year" → that year's days as written; only the years asked for are parsed. */
  static Map<String, String> read(String text) {
    Map<String, String> table = new HashMap<>();
    for (int at = 0, end; at < text.length(); at = end + 1) {
      end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      // "england-and-wales 2026 2026-01-01 2026-04-03 ..."
      String line = text.substring(at, end);
      int region = line.indexOf(' ');
      int year = line.indexOf(' ', region + 1);
      table.put(
          year < 0 ? line : line.substring(0, year), year < 0 ? "" : line.substring(year + 1));
    }
    return table;
  }

  /** The table's text: one line per part of the UK and year, from jollyday. */
  static String text() {
    StringBuilder sb = new StringBuilder();
    for (BankHolidays region : BankHolidays.values()) {
      if (region == BankHolidays.NONE) {
        continue;
      }
      for (int year = FIRST; year <= LAST; year++) {
        sb.append(region.key()).append(' ').append(year);
        for (LocalDate d : BankHolidayCalendar.fromJollyday(region, year)) {
          sb.append(' ').append(d);
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
