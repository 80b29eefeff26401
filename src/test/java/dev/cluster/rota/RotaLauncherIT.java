package dev.cluster.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        new ProcessBuilder(
                List.of(
                    ROOT.resolve("cluster").toString(),
                    "-f",
                    ROOT.resolve("partnership.yaml").toString(),
                    "--today",
                    "2026-11-23",
                    "rota",
                    "--year",
                    "2026-27",
                    "--format",
                    format))
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.size(tmp.resolve("out.txt"))).isPositive();
  }
}
