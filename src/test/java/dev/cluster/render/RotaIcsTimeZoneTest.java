package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VTIMEZONE gives, every quarter of an hour of the meetings' range, the offset the JDK's rules
 * give: read back as RFC 5545 defines it (ical4j's own reader misplaces some onsets, so it cannot
 * be the judge), for zones with current daylight saving, without it, and with rules changed since
 * 1970 (Istanbul was +0200 in 1970 and is +0300 now; Apia crossed the date line in 2011).
 */
class RotaIcsTimeZoneTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Europe/London",
        "Europe/Istanbul",
        "Asia/Singapore",
        "Pacific/Apia",
        "America/Sao_Paulo",
        "Australia/Sydney",
        "America/New_York",
        "Asia/Kolkata",
        "Europe/Moscow",
        "Pacific/Chatham",
        "America/Santiago",
        "Asia/Tehran",
        "Africa/Casablanca",
        "Pacific/Kiritimati",
        "Asia/Kathmandu",
        "Europe/Dublin",
        "America/St_Johns",
        "UTC"
      })
  void theOffsetsInForceOverTheMeetingsAreTheJdksOwn(String id) {
    // given a school year of meetings in the zone
    ZoneId zone = ZoneId.of(id);
    Instant from = LocalDate.of(2026, 9, 1).atStartOfDay(zone).toInstant();
    Instant to = LocalDate.of(2027, 8, 31).atStartOfDay(zone).toInstant();

    // when
    VTimeZone vtz = RotaIcs.timeZone(zone, from, to);
    List<Onset> onsets = onsets(vtz.toString(), 2026, 2027);

    // then
    for (Instant t = from; !t.isAfter(to); t = t.plus(15, ChronoUnit.MINUTES)) {
      ZoneOffset jdk = zone.getRules().getOffset(t);
      assertThat(offsetAt(onsets, t)).as("%s at %s\n%s", id, t, vtz).isEqualTo(jdk);
    }
  }

  private record Onset(Instant at, ZoneOffset to) {}

  /** The offset of the latest onset at or before {@code t}. */
  private static ZoneOffset offsetAt(List<Onset> onsets, Instant t) {
    ZoneOffset offset = null;
    for (Onset o : onsets) {
      if (!o.at().isAfter(t)) {
        offset = o.to();
      }
    }
    return offset;
  }

  /**
   * Every onset of the observances in years {@code from}..{@code to} (and one-off ones whenever),
   * read from the text as RFC 5545 says: DTSTART is local time in TZOFFSETFROM; RRULE forms BYMONTH
   * with BYDAY=nSU, BYDAY=-nSU, BYMONTHDAY=d or BYMONTHDAY=d1,..,d7;BYDAY=SU (the ones RotaIcs
   * writes).
   */
  private static List<Onset> onsets(String text, int from, int to) {
    List<Onset> out = new ArrayList<>();
    for (String block : text.split("BEGIN:(STANDARD|DAYLIGHT)")) {
      Map<String, String> p = new HashMap<>();
      for (String line : block.split("\r?\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          p.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
      }
      if (!p.containsKey("TZOFFSETTO")) {
        continue;
      }
      LocalDateTime start =
          LocalDateTime.parse(p.get("DTSTART"), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
      ZoneOffset before = ZoneOffset.of(p.get("TZOFFSETFROM"));
      ZoneOffset after = ZoneOffset.of(p.get("TZOFFSETTO"));
      if (!p.containsKey("RRULE")) {
        out.add(new Onset(start.toInstant(before), after));
        continue;
      }
      Map<String, String> r = new HashMap<>();
      for (String part : p.get("RRULE").split(";")) {
        r.put(part.split("=")[0], part.split("=")[1]);
      }
      for (int y = from - 1; y <= to + 1; y++) {
        LocalDate date = ruleDate(r, y);
        out.add(new Onset(date.atTime(start.toLocalTime()).toInstant(before), after));
      }
    }
    out.sort(java.util.Comparator.comparing(Onset::at));
    return out;
  }

  private static LocalDate ruleDate(Map<String, String> r, int year) {
    java.time.YearMonth month = java.time.YearMonth.of(year, Integer.parseInt(r.get("BYMONTH")));
    String byDay = r.get("BYDAY");
    if (r.containsKey("BYMONTHDAY")) {
      for (String d : r.get("BYMONTHDAY").split(",")) {
        int day = Integer.parseInt(d);
        LocalDate date = day > 0 ? month.atDay(day) : month.atEndOfMonth().plusDays(day + 1);
        if (byDay == null || date.getDayOfWeek().name().startsWith(byDay)) {
          return date;
        }
      }
      throw new AssertionError("no day matches " + r);
    }
    int n = Integer.parseInt(byDay.substring(0, byDay.length() - 2));
    java.time.DayOfWeek dow =
        java.util.Arrays.stream(java.time.DayOfWeek.values())
            .filter(d -> d.name().startsWith(byDay.substring(byDay.length() - 2)))
            .findFirst()
            .orElseThrow();
    return n > 0
        ? month.atDay(1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, dow))
        : month.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }
}
