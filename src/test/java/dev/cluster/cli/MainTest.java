package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            Main.FirstLook.of(
                    new String[] {"-f", "rota", "--today", "2026-11-23", "pairings", "--year", "x"})
                .command())
        .isEqualTo("pairings");
    assertThat(Main.FirstLook.of(new String[] {"--file=rota", "--stacktrace"}).command()).isNull();
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
  void theTableOfCommandsNamesEachAsItsOwnModelDoes() {
    java.io.PrintWriter none = new java.io.PrintWriter(new java.io.StringWriter());
    Main main = new Main(none, none);
    Main.COMMANDS.forEach(
        (name, command) -> assertThat(command.apply(main).name()).as("%s", name).isEqualTo(name));
    assertThat(Main.COMMANDS).hasSize(11);
  }

  @Test
  void noCommandOfClusterIsReadFromAnnotations() {
    // picocli's annotations cost every command start-up time: each builds its model by hand
    java.io.PrintWriter none = new java.io.PrintWriter(new java.io.StringWriter());
    Main main = new Main(none, none);
    List<Class<?>> classes = new ArrayList<>(List.of(Main.class));
    Main.COMMANDS.forEach(
        (name, command) -> {
          if (!name.equals("help")) { // picocli's own, for help only
            classes.add(command.apply(main).userObject().getClass());
          }
        });
    classes.addAll(List.of(YearOption.class, OutputOption.class, Formats.Option.class));
    for (Class<?> c = ValidateCommand.class; c != Object.class; c = c.getSuperclass()) {
      classes.add(c);
    }
    for (Class<?> c : classes) {
      List<AnnotatedElement> elements = new ArrayList<>();
      elements.add(c);
      elements.addAll(List.of(c.getDeclaredFields()));
      elements.addAll(List.of(c.getDeclaredMethods()));
      for (AnnotatedElement e : elements) {
        assertThat(Arrays.stream(e.getAnnotations()).map(x -> x.annotationType()))
            .as("%s", e)
            .noneMatch(t -> t.getName().startsWith("picocli."));
      }
    }
    assertThat(classes).hasSizeGreaterThan(13);
  }

  @Test
  void theFileReadEarlyIsTheOneMinusFNamesWhereverItStands() {
    assertThat(Main.FirstLook.of(new String[] {"rota"}).file()).isEqualTo("partnership.yaml");
    assertThat(Main.FirstLook.of(new String[] {"-f", "a.yaml", "rota"}).file()).isEqualTo("a.yaml");
    assertThat(Main.FirstLook.of(new String[] {"rota", "--file=b.yaml"}).file())
        .isEqualTo("b.yaml");
    assertThat(Main.FirstLook.of(new String[] {"--today", "-f", "rota"}).command())
        .isEqualTo("rota");
    Main.FirstLook afterDashes = Main.FirstLook.of(new String[] {"--", "rota", "-f", "c.yaml"});
    assertThat(afterDashes.command()).isEqualTo("rota");
    assertThat(afterDashes.file()).isEqualTo("partnership.yaml");
  }

  @Test
  void theEarlyReadIsUsedForItsOwnFileAndAnotherFileIsReadAfresh() {
    java.nio.file.Path minimal =
        java.nio.file.Path.of("src/test/resources/valid/minimal/partnership.yaml");
    java.nio.file.Path full =
        java.nio.file.Path.of("src/test/resources/valid/full/partnership.yaml");
    EarlyLoad early = EarlyLoad.start(minimal);
    dev.cluster.load.LoadResult first = early.take(minimal);
    // the same object both times: what the second thread read, not a second reading
    assertThat(early.take(minimal)).isSameAs(first);
    assertThat(first.partnership().name())
        .isEqualTo(dev.cluster.load.PartnershipLoader.load(minimal).partnership().name());
    // a guess that turns out wrong is not used: the file the command line named is read
    dev.cluster.load.LoadResult other = EarlyLoad.start(minimal).take(full);
    assertThat(other.partnership().name())
        .isEqualTo(dev.cluster.load.PartnershipLoader.load(full).partnership().name())
        .isNotEqualTo(first.partnership().name());
  }

  @Test
  void everySubcommandsVersionOptionPrintsTheVersion() {
    String version = Cli.run("--version").out();
    assertThat(version).startsWith("cluster ");
    for (String name : Main.COMMANDS.keySet()) {
      if (name.equals("help")) {
        continue; // picocli's help command has no options of its own
      }
      CliResult r = Cli.run(name, "--version");
      assertThat(r.exit()).as(name).isZero();
      assertThat(r.out()).as(name).isEqualTo(version);
    }
  }
}
