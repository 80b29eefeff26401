package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rosters that are not files to read (issue 10, item 18): a pipe, a device, an unreadable file.
 * Each is a located error that says what is wrong with it (never "does not exist; did you mean <its
 * own name>"), and nothing hangs waiting on a pipe that nobody writes to.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RosterFilesTest {
  private static final String ROSTER = "rosters/brook.csv";

  @Test
  void aPipeAsRosterIsAnErrorAtItsLineAndDoesNotWaitForAWriter(@TempDir Path tmp) throws Exception {
    Path yaml = Fixtures.copyFolder(Path.of("src/test/resources/valid/full"), tmp);
    Path roster = tmp.resolve(ROSTER);
    Files.delete(roster);
    Process mkfifo = new ProcessBuilder("mkfifo", roster.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

    CliResult r = Cli.run("-f", yaml.toString(), "validate");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern(
            "partnership\\.yaml:\\d+:\\d+: error: roster `"
                + Pattern.quote(roster.toString())
                + "` is not an ordinary file \\(a pipe or a device\\); name the CSV file")
        .doesNotContain("did you mean")
        .doesNotContain("does not exist");
  }

  @Test
  void aDeviceAsRosterIsRefusedWithoutReadingIt(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
    Path yaml = Fixtures.copyFolder(Path.of("src/test/resources/valid/full"), tmp);
    Path roster = tmp.resolve(ROSTER);
    Files.delete(roster);
    Files.createSymbolicLink(roster, Path.of("/dev/zero"));
    Files.writeString(
        tmp.resolve("zero.yaml"), Files.readString(yaml).replace(ROSTER, "/dev/zero"));

    CliResult linked = Cli.run("-f", yaml.toString(), "validate");
    CliResult named = Cli.run("-f", tmp.resolve("zero.yaml").toString(), "validate");

    // Through a link inside the folder, /dev/zero is outside the partnership's folder; named
    // directly too.
    // Either way it is refused before a byte is read (reading /dev/zero would never end).
    assertThat(linked.exit()).isEqualTo(1);
    assertThat(linked.err())
        .contains(
            "error: roster `"
                + roster
                + "` is outside the partnership's folder (through a symbolic link)")
        .doesNotContain("did you mean");
    assertThat(named.exit()).isEqualTo(1);
    assertThat(named.err())
        .contains("error: roster `/dev/zero` is outside the partnership's folder")
        .doesNotContain("did you mean");
  }

  @Test
  void anUnreadableRosterSaysPermissionDenied(@TempDir Path tmp) throws Exception {
    assumeTrue(
        tmp.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions");
    Path yaml = Fixtures.copyFolder(Path.of("src/test/resources/valid/full"), tmp);
    Path roster = tmp.resolve(ROSTER);
    Files.setPosixFilePermissions(roster, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(
          Files.isReadable(roster), "this user (root?) reads files whatever their permissions");

      CliResult r = Cli.run("-f", yaml.toString(), "validate");

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err())
          .containsPattern(
              "partnership\\.yaml:\\d+:\\d+: error: .*"
                  + Pattern.quote(ROSTER)
                  + ".*permission denied")
          .doesNotContain("did you mean")
          .doesNotContain("Exception");
    } finally {
      Files.setPosixFilePermissions(roster, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
