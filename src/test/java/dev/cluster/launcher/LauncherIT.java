package dev.cluster.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.JavaOnlyPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher {@code ./cluster} on the packaged jar, from another working directory, as
 * a user would after cloning (failsafe runs this after {@code package}).
 */
class LauncherIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  private static JavaOnlyPath.Run cluster(Path cwd, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("cluster").toString());
    command.addAll(List.of(args));
    return JavaOnlyPath.run(new ProcessBuilder(command).directory(cwd.toFile()));
  }

  @Test
  void versionRunsFromAnyFolder(@TempDir Path elsewhere) throws Exception {
    // when
    JavaOnlyPath.Run run = cluster(elsewhere, "--version");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("cluster ");
  }

  @Test
  void wrongCommandLineIsExitTwoWithoutStackTrace(@TempDir Path elsewhere) throws Exception {
    // when
    JavaOnlyPath.Run run =
        cluster(
            elsewhere,
            "rota",
            "--format",
            "pdf",
            "-f",
            ROOT.resolve("partnership.yaml").toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("pdf").doesNotContain("\tat ");
  }

  @Test
  void missingPartnershipIsExitOneNamingTheFile(@TempDir Path elsewhere) throws Exception {
    // when
    JavaOnlyPath.Run run = cluster(elsewhere, "validate");

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("partnership.yaml: error: ").doesNotContain("\tat ");
  }

  /**
   * The launcher finds its own folder however it is reached: through a symlink to the script, by a
   * relative path through a symlinked folder while {@code CDPATH} names a folder of the same name
   * elsewhere, and by {@code ..} from inside a symlinked folder (where the path as typed and the
   * path on disk part ways).
   */
  @Test
  void theLauncherFindsItsFolderThroughSymlinksAndCdpath(@TempDir Path tmp) throws Exception {
    // given
    String version = cluster(tmp, "--version").out();
    Path script = Files.createSymbolicLink(tmp.resolve("cl"), ROOT.resolve("cluster"));
    Files.createSymbolicLink(tmp.resolve("clone"), ROOT);
    Path decoys = Files.createDirectories(tmp.resolve("decoys").resolve("clone"));
    Path inside = Files.createSymbolicLink(tmp.resolve("inside"), ROOT.resolve("src"));

    // when
    List<JavaOnlyPath.Run> runs =
        List.of(
            run(tmp, null, script.toString(), "--version"),
            run(tmp, decoys.getParent(), "bash", "clone/cluster", "--version"),
            run(inside, decoys.getParent(), "bash", "../cluster", "--version"));

    // then
    for (JavaOnlyPath.Run run : runs) {
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("cluster ").isEqualTo(version);
      assertThat(run.err()).isEmpty();
    }
  }

  private static JavaOnlyPath.Run run(Path cwd, Path cdpath, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    if (cdpath != null) {
      pb.environment().put("CDPATH", cdpath.toString());
    }
    return JavaOnlyPath.run(pb);
  }
}
