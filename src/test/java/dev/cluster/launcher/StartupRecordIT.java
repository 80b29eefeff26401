package dev.cluster.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's start-up record follows the JVM that runs it (issue 9, item 13): for a copy of
 * each installed JDK, {@code bench/startup-cache.sh} has {@code ./cluster} record (a class-data
 * archive on JDK 17, an ahead-of-time cache on JDK 25), checks that the JVM accepts the record when
 * told to insist on it, regenerates the copy's base archive with {@code java -Xshare:dump} (what an
 * operating-system update of the JDK does, after which JDK 17 silently refused the old archive),
 * and checks that the next {@code ./cluster} records again and that the JVM accepts the new record.
 * The script is the scenario, so that it can be run by hand too; a JDK that is not installed is
 * skipped.
 */
class StartupRecordIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  static Stream<String> jdks() {
    return Stream.of(
        System.getProperty("java.home"),
        System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aRecordIsMadeAgainWhenTheJdksBaseArchiveIsRegenerated(String jdk, @TempDir Path tmp)
      throws Exception {
    Path home = Path.of(jdk).toRealPath();
    assumeTrue(Files.isExecutable(home.resolve("bin/java")), "no JDK at " + jdk);
    assumeTrue(
        Files.isRegularFile(home.resolve("lib/server/classes.jsa")),
        jdk + " has no base class-data archive to regenerate");
    // when
    Path out = tmp.resolve("out.txt");
    Process p =
        new ProcessBuilder(ROOT.resolve("bench/startup-cache.sh").toString(), home.toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("bench/startup-cache.sh finished").isTrue();
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    // then
    assertThat(p.exitValue()).as(printed).isZero();
    assertThat(printed)
        .as(printed)
        .contains("ok " + home.getFileName() + ": recorded ")
        .contains("the launcher recorded it again");
  }
}
