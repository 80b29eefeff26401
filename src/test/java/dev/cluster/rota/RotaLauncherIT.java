package dev.cluster.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cluster rota} in a fresh JVM through the launcher: standard error stays empty in every
 * format (the in-process tests cannot see libraries that log on first use, as ical4j and jollyday
 * do through SLF4J).
 */
class RotaLauncherIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"markdown", "csv", "json", "ics"})
  void aRotaWithoutWarningsPrintsNothingOnStandardError(String format, @TempDir Path tmp)
      throws Exception {
    Path err = tmp.resolve("err.txt");
    Process p =
        new ProcessBuilder(rota("--year", "2026-27", "--format", format))
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.size(tmp.resolve("out.txt"))).isPositive();
  }

  /**
   * On JDK 25 no class of a rota is made at run time (a serializable lambda's, say, or a reflective
   * call's method handles): the launcher's ahead-of-time cache keeps every other, and each made
   * class costs start-up time on every run.
   */
  @Test
  void onJdk25NoClassOfARotaIsMadeAtRunTime(@TempDir Path tmp) throws Exception {
    Path jdk25 =
        Path.of(System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    Assumptions.assumeTrue(
        Files.isExecutable(jdk25.resolve("bin/java")),
        "no JDK 25 at " + jdk25 + " (set JDK25 to one)");
    // its real path, as the launcher names its record after the folder its java is in
    Path home = jdk25.toRealPath();
    List<String> rota = rota();
    Map<String, String> env = new HashMap<>(Map.of("JAVA_HOME", home.toString()));
    assertThat(run(rota, env, tmp))
        .as("the run that makes the record, if it is not made: %s", stderr(tmp))
        .isZero();
    // the JVM the launcher starts, with the launcher's flags and record, logging what it loads (the
    // launcher's own -Xlog:disable would silence a log asked for through JAVA_TOOL_OPTIONS)
    String flags =
        Files.readAllLines(ROOT.resolve("cluster"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("startup_flags=("))
            .findFirst()
            .orElseThrow()
            .replaceAll("^startup_flags=\\((.*)\\)$", "$1");
    Path record =
        ROOT.resolve("target/startup/" + home.toString().replaceAll("[^A-Za-z0-9]", "_") + ".aot");
    assertThat(record).as("the launcher's record for %s", home).isRegularFile();
    Path classes = tmp.resolve("classes.txt");
    List<String> java = new ArrayList<>(List.of(home.resolve("bin/java").toString()));
    java.addAll(List.of(flags.split(" ")));
    java.addAll(
        List.of(
            "-XX:AOTCache=" + record,
            "-XX:AOTMode=on", // a cache the JVM cannot use stops it, saying why
            "-Xlog:class+load=info:file=" + classes,
            "-jar",
            ROOT.resolve("target/cluster.jar").toString()));
    java.addAll(rota.subList(1, rota.size()));
    assertThat(run(java, Map.of(), tmp)).as("%s", stderr(tmp)).isZero();
    List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
    assertThat(loaded).as("classes loaded").hasSizeGreaterThan(1000);
    // a class read from the JDK or the jar has its file as its source; one made at run time names
    // what defined it (__JVM_LookupDefineClass__, or a lambda's host class)
    assertThat(loaded)
        .as("classes made at run time")
        .allMatch(
            line -> {
              String source = line.substring(line.indexOf(" source: ") + " source: ".length());
              return source.startsWith("shared objects file")
                  || source.startsWith("jrt:/")
                  || source.startsWith("file:");
            });
  }

  /**
   * {@code ./cluster rota} on the repository's partnership, as on 23 November 2026, with {@code
   * more}.
   */
  private static List<String> rota(String... more) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ROOT.resolve("cluster").toString(),
                "-f",
                ROOT.resolve("partnership.yaml").toString(),
                "--today",
                "2026-11-23",
                "rota"));
    command.addAll(List.of(more));
    return command;
  }

  private static String stderr(Path tmp) throws java.io.IOException {
    return Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
  }

  private static int run(List<String> command, Map<String, String> env, Path tmp) throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(command)
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(tmp.resolve("err.txt").toFile());
    b.environment().remove("CLUSTER_JAVA_OPTS");
    b.environment().putAll(env);
    Process p = b.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return p.exitValue();
  }
}
