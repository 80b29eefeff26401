package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} to what is not a plain new or regular file: links, pipes, devices, read-only files,
 * SIGTERM.
 */
class OutputFilesTest {
  static final String EXAMPLE = "examples/collaborative-partnership/partnership.yaml";

  @TempDir Path dir;

  private static CliResult rota(Path out) {
    return Cli.run("-f", EXAMPLE, "rota", "-o", out.toString());
  }

  private List<String> tempFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  private boolean writtenTempFile() throws Exception {
    for (String name : tempFiles()) {
      if (Files.size(dir.resolve(name)) > 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws Exception {
    // given
    Path target = Files.writeString(dir.resolve("rota.md"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("rota.md"));

    // when
    CliResult r = rota(link);

    // then
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).contains("Collaborative").doesNotContain("old");
    assertThat(tempFiles()).isEmpty();
  }

  @Test
  void aPipeIsWrittenInPlaceNotReplaced() throws Exception {
    // given a FIFO with a reader
    Path fifo = dir.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is available");
    Path copy = dir.resolve("copy.md");
    Process cat = new ProcessBuilder("cat", fifo.toString()).redirectOutput(copy.toFile()).start();

    // when
    CliResult r = rota(fifo);

    // then
    assertThat(cat.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
    assertThat(Files.readString(copy)).contains("Collaborative");
  }

  @Test
  void devNullStaysADevice() {
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull), "a /dev/null");

    CliResult r = rota(devNull);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void aReadOnlyFileIsExitFourAndUntouched() throws Exception {
    // given
    Path target = Files.writeString(dir.resolve("rota.md"), "keep");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

    // when
    CliResult r = rota(target);

    // then
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("read-only");
    assertThat(Files.readString(target)).isEqualTo("keep");
    assertThat(tempFiles()).isEmpty();
  }

  @Test
  void staleTemporaryFilesOfOurNamingAreRemovedOnTheNextWrite() throws Exception {
    // given what a killed run left, and an unrelated file of another shape
    Path stale = Files.writeString(dir.resolve(".rota.md.123456789.tmp"), "half");
    Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Path other = Files.writeString(dir.resolve(".rota.md.notours.tmp"), "keep");

    // when
    CliResult r = rota(dir.resolve("rota.md"));

    // then
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(other).exists();
  }

  @Test
  void sigtermDuringAWriteLeavesNoTemporaryFile() throws Exception {
    // given a run paused between writing its temporary file and renaming it
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("rota.md");
    Process p =
        new ProcessBuilder(
                java,
                "-Dcluster.output.pause-millis=60000",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cluster.cli.Main",
                "-f",
                EXAMPLE,
                "rota",
                "-o",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long until = System.currentTimeMillis() + 60_000;
    // A temporary file with its text in it: the run has registered it for removal (that happens
    // before the
    // write) and is in the pause; an empty one may be a moment before that, which under load a
    // SIGTERM can hit.
    while (!writtenTempFile() && System.currentTimeMillis() < until && p.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(writtenTempFile()).as("the run reached its temporary file").isTrue();

    // when
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // then
    assertThat(tempFiles()).isEmpty();
    assertThat(out).doesNotExist();
  }
}
