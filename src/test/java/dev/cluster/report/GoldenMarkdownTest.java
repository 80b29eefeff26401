package dev.cluster.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Gfm;
import dev.cluster.testing.Golden;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agendas of every kind of series and reports of every example partnership, run through the real
 * command line at a fixed {@code --today} and compared byte for byte with {@code golden/agenda-*}
 * and {@code golden/report-*}: each case folder holds {@code args} (one argument a line) and {@code
 * expected.md}. Every output is also checked for well-formed GitHub Markdown and, for reports, for
 * e-mail addresses.
 */
class GoldenMarkdownTest {
  static Stream<Path> cases() {
    return Stream.concat(Golden.cases("agenda-").stream(), Golden.cases("report-").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsExpected(Path dir) {
    // given
    String[] args = Golden.lines(dir.resolve("args")).toArray(String[]::new);

    // when
    CliResult r = Cli.run(args);

    // then
    assertThat(r.exit()).as("exit of %s; stderr: %s", dir, r.err()).isZero();
    assertThat(Gfm.problems(r.out())).as("Markdown of %s", dir).isEmpty();
    if (dir.getFileName().toString().startsWith("report-")
        && !String.join(" ", args).contains("--include-contact")) {
      assertThat(Emails.contains(r.out())).as("an e-mail address in %s", dir).isFalse();
    }
    Golden.check(dir.resolve("expected.md"), r.out());
  }
}
