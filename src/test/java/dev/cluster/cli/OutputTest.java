package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
  @Test
  void appendStartsOnANewLineWhenTheFileEndsMidLine(@TempDir Path dir) throws Exception {
    // given a summary file whose last line has no newline
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "earlier step");

    // when
    Output.append(summary, "# Report\n");
    Output.append(summary, "# Again\n");

    // then the headings stay headings
    assertThat(Files.readString(summary)).isEqualTo("earlier step\n# Report\n# Again\n");
  }

  @Test
  void appendCreatesAMissingFile(@TempDir Path dir) throws Exception {
    Path summary = dir.resolve("new.md");

    Output.append(summary, "# Report\n");

    assertThat(Files.readString(summary)).isEqualTo("# Report\n");
  }

  @Test
  void atomicWriteReplacesTheFileOrLeavesItUntouched(@TempDir Path dir) throws Exception {
    // given
    Path target = dir.resolve("rota.md");
    Files.writeString(target, "old");

    // when / then: a successful write replaces it whole, with no temporary file left behind
    Output.writeAtomically(target, "new\n");
    assertThat(Files.readString(target)).isEqualTo("new\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }

    // when / then: a write into a missing folder is exit 4's exception and changes nothing
    assertThatThrownBy(() -> Output.writeAtomically(dir.resolve("missing/rota.md"), "x"))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("its folder does not exist");
    assertThat(Files.readString(target)).isEqualTo("new\n");
  }

  @Test
  void atomicWriteKeepsTheReplacedFilesPermissionsAndGivesNewFilesTheUsualOnes(@TempDir Path dir)
      throws Exception {
    // given a file others may read and write
    Path existing = dir.resolve("shared.md");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(
        existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));

    // when
    Output.writeAtomically(existing, "new\n");
    Output.writeAtomically(dir.resolve("fresh.md"), "new\n");

    // then
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(existing)))
        .isEqualTo("rw-rw-r--");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("fresh.md"))))
        .isEqualTo("rw-r--r--");
  }
}
