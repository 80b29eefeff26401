package dev.cluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.BankHolidays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bank-holiday table shipped in the jar is exactly what jollyday says, for every part of the UK
 * and every year it holds. Rewrite it on purpose (after a jollyday upgrade) with {@code mvn test
 * -Dtest=BankHolidayTableTest -Dgolden.update=true}.
 */
class BankHolidayTableTest {
  private static final Path SOURCE =
      Path.of("src/main/resources").resolve(BankHolidayTable.RESOURCE);

  @Test
  void theTableIsJollydaysBankHolidaysForEveryYearItHolds() throws IOException {
    String fromJollyday = BankHolidayTable.text();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(SOURCE.getParent());
      Files.writeString(SOURCE, fromJollyday, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("%s differs from jollyday: regenerate it with -Dgolden.update=true", SOURCE)
        .isEqualTo(fromJollyday);
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
