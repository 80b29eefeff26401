package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import org.junit.jupiter.api.Test;

/**
 * People away (SPEC section 11) through the filters of section 9: a person away attends nothing
 * that term.
 */
class PeopleAwayTest {
  private static CliResult rota(String term) {
    return Cli.run(
        "-f",
        "partnership.yaml",
        "--today",
        "2026-11-23",
        "rota",
        "--person",
        "fleet/leon-akhtar",
        "--term",
        term,
        "--format",
        "csv");
  }

  @Test
  void aHeadAwayForTheSpringTermHasNoMeetingThenButKeepsTheAutumnOnes() {
    // given: the repository partnership lists fleet/leon-akhtar as away from 2027-01-04 to
    // 2027-03-26

    // when
    CliResult spring = rota("spring");
    CliResult autumn = rota("autumn");

    // then
    assertThat(spring.exit()).isZero();
    assertThat(spring.out().lines().skip(1)).isEmpty();
    assertThat(autumn.out().lines().skip(1)).isNotEmpty();
    assertThat(spring.out() + autumn.out()).doesNotContain("Secondment");
  }
}
