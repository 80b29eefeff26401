package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import org.junit.jupiter.api.Test;

class CalendarRunOutTest {
  private static final String FULL = "src/test/resources/valid/full/partnership.yaml";

  @Test
  void afterTheLastTermCommandsSayTheCalendarHasRunOut() {
    // when: the full fixture's calendar ends with 2027-28
    CliResult after = Cli.run("-f", FULL, "--today", "2028-08-01", "rota");
    CliResult during = Cli.run("-f", FULL, "--today", "2026-11-23", "rota");

    // then
    assertThat(after.exit()).isZero();
    assertThat(after.err())
        .contains(": warning: the calendar ends on 2028-07-20, before today (2028-08-01)")
        .contains("add the 2028-29 year to `calendar:`");
    assertThat(during.err()).doesNotContain("the calendar ends");
  }
}
