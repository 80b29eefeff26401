package dev.cluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.BankHolidays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bank-holiday table compiled into the jar ({@link BankHolidayData}) is exactly what jollyday
 * says, for every part of the UK and every year it holds. Rewrite it on purpose (after a jollyday
 * upgrade) with {@code mvn test -Dtest=BankHolidayTableTest -Dgolden.update=true}, then build
 * again.
 */
class BankHolidayTableTest {
  private static final Path SOURCE =
      Path.of("src/main/java/dev/cluster/calendar/BankHolidayData.java");

  @Test
  void theTableIsJollydaysBankHolidaysForEveryYearItHolds() throws IOException {
    String fromJollyday = BankHolidayTable.text();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(SOURCE, javaSource(fromJollyday), StandardCharsets.UTF_8);
      // the class compiled in this run holds the old table until the next build checks the new one
      org.junit.jupiter.api.Assumptions.abort("rewrote " + SOURCE + ": build and test again");
    }
    assertThat(BankHolidayData.TEXT)
        .as("%s differs from jollyday: regenerate it with -Dgolden.update=true", SOURCE)
        .isEqualTo(fromJollyday);
    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("%s is as this test writes it (and google-java-format keeps it)", SOURCE)
        .isEqualTo(javaSource(fromJollyday));
  }

  /**
   * The source of {@link BankHolidayData} holding {@code text}, as google-java-format lays it out.
   */
  private static String javaSource(String text) {
    StringBuilder java =
        new StringBuilder()
            .append("// Generated from jollyday by BankHolidayTableTest (-Dgolden.update=true): do")
            .append(" not edit.\n")
            .append("package dev.cluster.calendar;\n\n")
            .append(
                "/** jollyday's United Kingdom bank holidays: see {@link BankHolidayTable}. */\n")
            .append("final class BankHolidayData {\n")
            .append("  private BankHolidayData() {}\n\n")
            .append("  /** One line per part of the UK and year: its key, the year, the days. */\n")
            .append("  static final String TEXT =");
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      java.append(i == 0 ? "\n      \"" : "\n          + \"").append(lines[i]).append("\\n\"");
    }
    return java.append(";\n}\n").toString();
  }

  @Test
  void theCalendarReadsTheTableForTheYearsItHolds() {
    assertThat(BankHolidayTable.covers(2026)).isTrue();
    assertThat(BankHolidayTable.covers(2100)).isFalse();
    for (BankHolidays region :
        new BankHolidays[] {
          BankHolidays.ENGLAND_AND_WALES, BankHolidays.SCOTLAND, BankHolidays.NORTHERN_IRELAND
        }) {
      for (int year : new int[] {2000, 2026, 2027, 2099}) {
        assertThat(BankHolidayTable.get(region, year))
            .as("%s %d", region, year)
            .isEqualTo(BankHolidayCalendar.fromJollyday(region, year))
            .isNotEmpty();
      }
    }
    // Beyond the table, jollyday itself answers.
    assertThat(BankHolidayCalendar.between(BankHolidays.ENGLAND_AND_WALES, 2100, 2100))
        .contains(java.time.LocalDate.of(2100, 12, 27));
  }
}
