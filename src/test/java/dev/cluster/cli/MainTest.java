package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
        .startsWith(
            "cluster: Missing command: name one of the commands below, such as 'rota'.\n\n"
                + "Usage: cluster ")
        .contains("\nCommands:\n  validate ", "\n  rota ", "\n  site ");
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
  void everyCommandsLineInTheHelpIsAWholeSentence() {
    // `cluster --help` lists each command with the first paragraph of its description: a
    // description hard-wrapped into several strings showed only its first line, cut at a comma
    java.io.PrintWriter none = new java.io.PrintWriter(new java.io.StringWriter());
    Main main = new Main(none, none);
    Main.COMMANDS.forEach(
        (name, command) ->
            assertThat(command.apply(main).usageMessage().description()[0])
                .as("%s: its line in cluster --help", name)
                .endsWith("."));
  }

  @Test
  void noClassOfTheCommandLineCarriesAPicocliAnnotation() throws Exception {
    // picocli's annotations cost every command start-up time: each builds its model in code. Every
    // class of the package (nested ones and helpers too, and any added later) is looked at.
    Path dir = Path.of(Main.class.getResource("Main.class").toURI()).getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = f.getFileName().toString();
        classes.add(
            Class.forName(
                "dev.cluster.cli." + name.substring(0, name.length() - ".class".length()),
                false,
                Main.class.getClassLoader()));
      }
    }
    for (Class<?> c : classes) {
      List<AnnotatedElement> elements = new ArrayList<>();
      elements.add(c);
      elements.addAll(List.of(c.getDeclaredFields()));
      elements.addAll(List.of(c.getDeclaredMethods()));
      elements.addAll(List.of(c.getDeclaredConstructors()));
      for (AnnotatedElement e : elements) {
        assertThat(Arrays.stream(e.getAnnotations()).map(x -> x.annotationType()))
            .as("%s", e)
            .noneMatch(t -> t.getName().startsWith("picocli."));
      }
    }
    assertThat(classes).as("the classes of %s", dir).hasSizeGreaterThan(25);
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
  void everyFileNameIsReadWithoutReflectionAndABadOneIsAUsageErrorInPicoclisWords() {
    // picocli's own converter for Path calls Paths.get through Method.invoke, whose first call
    // spins
    // method-handle classes that no start-up record keeps: every Path option and parameter has ours
    java.io.PrintWriter none = new java.io.PrintWriter(new java.io.StringWriter());
    Main main = new Main(none, none);
    List<picocli.CommandLine.Model.CommandSpec> specs = new ArrayList<>();
    specs.add(main.spec());
    Main.COMMANDS.values().forEach(command -> specs.add(command.apply(main)));
    int paths = 0;
    for (picocli.CommandLine.Model.CommandSpec spec : specs) {
      for (picocli.CommandLine.Model.ArgSpec arg : spec.args()) {
        if (arg.type() == Path.class) {
          paths++;
          assertThat(arg.converters())
              .as("%s %s", spec.name(), arg)
              .hasExactlyElementsOfTypes(Converters.FilePath.class);
        }
      }
    }
    assertThat(paths).as("Path options and parameters").isGreaterThanOrEqualTo(7);
    // when a name cannot be a path (here a NUL, which no file name holds)
    CliResult r = Cli.run("-f", "bad\0name.yaml", "--today", "2026-11-23", "validate");
    // then it is a usage error, worded as picocli's converter worded it
    assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err())
        .startsWith(
            "cluster: Invalid value for option '--file': cannot convert 'bad\0name.yaml' to"
                + " interface java.nio.file.Path (java.nio.file.InvalidPathException: Nul"
                + " character not allowed: bad\0name.yaml)\n");
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
