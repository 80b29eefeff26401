package dev.cluster.cli;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs of the command line itself: every help text, the versions, the messages of wrong
 * command lines and the bash completion script, byte for byte, so that a change to how picocli's
 * model is built cannot change what a user sees. Each case of {@code cases.txt} ({@code NAME |
 * ARGS...}) has its exit code, standard output and standard error in {@code golden/cli/NAME.txt}.
 * Regenerate deliberately with {@code mvn test -Dtest=CommandLineGoldenTest -Dgolden.update=true}
 * and review the diff.
 */
class CommandLineGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden/cli");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("cases.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String args = parts.length < 2 ? "" : parts[1].trim();
      out.add(Arguments.of(parts[0].trim(), args));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: cluster {1}")
  @MethodSource("cases")
  void whatACommandLinePrintsIsTheGoldenFile(String name, String args) throws IOException {
    String[] argv = args.isEmpty() ? new String[0] : args.split("\\s+");
    CliResult r = Cli.run(argv);
    String actual = "exit " + r.exit() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err();
    check(ROOT.resolve(name + ".txt"), actual, "cluster " + args);
  }

  @Test
  void theBashCompletionScriptIsTheGoldenFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cluster_completion");
    Completion.main(new String[] {file.toString()});
    check(
        ROOT.resolve("completion.bash"),
        Files.readString(file, StandardCharsets.UTF_8),
        "the completion script");
  }

  @Test
  void everyGoldenFileHasItsCase() throws IOException {
    List<String> names =
        cases().map(a -> a.get()[0] + ".txt").collect(java.util.stream.Collectors.toList());
    names.add("cases.txt");
    names.add("completion.bash");
    try (Stream<Path> files = Files.list(ROOT)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("golden files in %s without a case in cases.txt", ROOT)
          .allMatch(names::contains);
    }
  }

  private static void check(Path expected, String actual, String what) throws IOException {
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("%s (golden file %s)", what, expected)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
