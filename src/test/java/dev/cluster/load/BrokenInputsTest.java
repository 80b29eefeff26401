package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken partnerships under {@code src/test/resources/broken/}: {@code cluster
 * validate} on each must exit as {@code expected.txt}'s first line says and print exactly its other
 * lines on stderr (file, line, column, message, source line and caret). See the README in that
 * folder; {@code -Dbroken.update=true} rewrites the expected files from the current output, to be
 * reviewed before committing.
 */
class BrokenInputsTest {
  static final Path CORPUS = Path.of("src/test/resources/broken");
  static final boolean UPDATE = Boolean.getBoolean("broken.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHasAtLeastTwentyFiveCases() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validateReportsEveryProblemPrecisely(String name) throws IOException {
    // given
    Path dir = CORPUS.resolve(name);
    Path expectedFile = dir.resolve("expected.txt");

    // when
    CliResult result = Cli.run("-f", dir.resolve("partnership.yaml").toString(), "validate");

    // then: paths are shown as reachable from the working directory, that is, under the case's
    // folder
    String prefix = dir + "/";
    List<String> actual = new ArrayList<>();
    actual.add("exit: " + result.exit());
    for (String line : result.err().split("\n", -1)) {
      actual.add(line.replace(prefix, ""));
    }
    if (actual.get(actual.size() - 1).isEmpty()) {
      actual.remove(actual.size() - 1);
    }
    if (UPDATE) {
      Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    // exit 1 for invalid data; exit 0 for the few cases kept to pin down a warning that used to be
    // an error
    assertThat(expected.get(0)).as("first line of %s", expectedFile).isIn("exit: 1", "exit: 0");
    assertThat(actual).as("exit code and stderr of %s", name).containsExactlyElementsOf(expected);
    assertThat(result.err())
        .as("every problem names its file under the case folder")
        .contains(prefix);
    assertThat(result.out())
        .as("summary")
        .startsWith(dir.resolve("partnership.yaml") + ": ")
        .contains(result.exit() == 0 ? "warning" : "error");
  }

  /**
   * The same corpus with {@code --format github}: {@code github.txt} holds the exit code and
   * standard output, one GitHub workflow command per problem (file relative to the case folder, as
   * in a partnership's repository), then the summary line. Nothing goes to stderr.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validateFormatGithubPrintsOneWorkflowCommandPerProblem(String name) throws IOException {
    // given
    Path dir = CORPUS.resolve(name);
    Path expectedFile = dir.resolve("github.txt");

    // when
    CliResult result =
        Cli.run("-f", dir.resolve("partnership.yaml").toString(), "validate", "--format", "github");

    // then
    String prefix = dir + "/";
    List<String> actual = new ArrayList<>();
    actual.add("exit: " + result.exit());
    for (String line : result.out().split("\n", -1)) {
      actual.add(line.replace(prefix, ""));
    }
    if (actual.get(actual.size() - 1).isEmpty()) {
      actual.remove(actual.size() - 1);
    }
    if (UPDATE) {
      Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(expectedFile)
        .as("golden file; write it with -Dbroken.update=true and review it")
        .exists();
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).as("exit code and stdout of %s", name).containsExactlyElementsOf(expected);
    assertThat(result.err()).as("stderr").isEmpty();
    List<String> commands = actual.subList(1, actual.size() - 1);
    assertThat(commands)
        .as("one workflow command per problem")
        .isNotEmpty()
        .allMatch(l -> l.startsWith("::error file=") || l.startsWith("::warning file="));
  }
}
