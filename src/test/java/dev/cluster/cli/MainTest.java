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

  @Test
  void theTableOfCommandsNamesEachAsItsOwnAnnotationDoes() {
    Main.COMMANDS.forEach(
        (name, command) ->
            assertThat(command.getAnnotation(picocli.CommandLine.Command.class).name())
                .as("%s", command)
                .isEqualTo(name));
    assertThat(Main.COMMANDS).hasSize(11);
  }

  @Test
  void theFileReadEarlyIsTheOneMinusFNamesAndOnlyThatOneIsUsed(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    assertThat(EarlyLoad.fileNamedBy(new String[] {"rota"}))
        .isEqualTo(java.nio.file.Path.of("partnership.yaml"));
    assertThat(EarlyLoad.fileNamedBy(new String[] {"-f", "a.yaml", "rota"}))
        .isEqualTo(java.nio.file.Path.of("a.yaml"));
    assertThat(EarlyLoad.fileNamedBy(new String[] {"rota", "--file=b.yaml"}))
        .isEqualTo(java.nio.file.Path.of("b.yaml"));
    assertThat(EarlyLoad.fileNamedBy(new String[] {"rota", "--", "-f", "c.yaml"}))
        .isEqualTo(java.nio.file.Path.of("partnership.yaml"));
    // a guess that turns out wrong (here: a file that is not there) is not used
    java.nio.file.Path real = java.nio.file.Path.of("partnership.yaml"); // the repository's
    EarlyLoad early = EarlyLoad.start(dir.resolve("missing.yaml"));
    assertThat(early.take(real).partnership().name())
        .isEqualTo(dev.cluster.load.PartnershipLoader.load(real).partnership().name());
  }
}
