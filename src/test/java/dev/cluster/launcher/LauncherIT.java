package dev.cluster.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher {@code ./cluster} on the packaged jar, from another working directory, as a user
 * would after cloning (failsafe runs this after {@code package}).
 */
class LauncherIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  record Run(int exit, String out, String err) {}

  private static Run cluster(Path cwd, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("cluster").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cluster-out", ".txt");
    Path err = Files.createTempFile("cluster-err", ".txt");
    Process p = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionRunsFromAnyFolder(@TempDir Path elsewhere) throws Exception {
    // when
    Run run = cluster(elsewhere, "--version");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("cluster ");
  }

  @Test
  void wrongCommandLineIsExitTwoWithoutStackTrace(@TempDir Path elsewhere) throws Exception {
    // when
    Run run = cluster(elsewhere, "rota", "--format", "pdf", "-f", ROOT.resolve("partnership.yaml").toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("pdf").doesNotContain("\tat ");
  }

  @Test
  void missingPartnershipIsExitOneNamingTheFile(@TempDir Path elsewhere) throws Exception {
    // when
    Run run = cluster(elsewhere, "validate");

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("partnership.yaml: error: ").doesNotContain("\tat ");
  }
}
