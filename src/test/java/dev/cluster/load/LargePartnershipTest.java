package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.LargePartnership;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The largest partnership the tool is built for validates, completely and without a problem. */
class LargePartnershipTest {
  @Test
  void validatesFiveHundredSchoolsOfFiftyStaff(@TempDir Path dir) {
    // given
    Path file = LargePartnership.write(dir);

    // when
    CliResult result = Cli.run("-f", file.toString(), "validate");

    // then
    assertThat(result.err()).isEmpty();
    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .isEqualTo(
            file
                + ": 500 schools, 25000 staff, 12 meeting series, "
                + "1 review programme \u2014 no problems\n");
  }
}
