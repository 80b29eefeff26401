package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Main#run} prints only to the streams it is given. */
class MainTest {
  @Test
  void noCommandIsAUsageErrorOnTheGivenErrorStreamNotTheProcesss() {
    // given the process's own standard error, captured
    PrintStream real = System.err;
    ByteArrayOutputStream process = new ByteArrayOutputStream();
    CliResult result;
    try {
      System.setErr(new PrintStream(process, true, StandardCharsets.UTF_8));
      // when
      result = Cli.run("--today", "2026-11-23");
    } finally {
      System.setErr(real);
    }
    // then
    assertThat(result.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err())
        .isEqualTo(
            "cluster: Missing command: try 'cluster rota' or 'cluster --help'.\n"
                + "Try 'cluster --help' for the options.\n");
    assertThat(result.out()).isEmpty();
    assertThat(process.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void onlyTheCommandNamedIsBuiltButHelpAndSuggestionsSeeThemAll() {
    assertThat(
            Main.commandName(
                new String[] {"-f", "rota", "--today", "2026-11-23", "pairings", "--year", "x"}))
        .isEqualTo("pairings");
    assertThat(Main.commandName(new String[] {"--file=rota", "--stacktrace"})).isNull();
    assertThat(Cli.run("--help").out())
        .contains(
            "  validate ",
            "  rota ",
            "  pairings ",
            "  agenda ",
            "  minutes ",
            "  report ",
            "  init ",
            "  schema ",
            "  templates ",
            "  help ");
    assertThat(Cli.run("help", "pairings").out()).startsWith("Usage: cluster pairings ");
    CliResult typo = Cli.run("rot");
    assertThat(typo.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(typo.err()).contains("Did you mean: cluster rota?");
  }
}
