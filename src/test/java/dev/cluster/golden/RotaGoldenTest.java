package dev.cluster.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs of {@code cluster rota} in every format. Each folder {@code golden/rota-<case>/}
 * holds a {@code cases.txt} ({@code OUTPUT | ARGS...} per line), the expected standard output in
 * {@code OUTPUT} and the expected standard error, when there is any, in {@code OUTPUT.err}. The
 * partnership is the folder's own {@code partnership.yaml}, or the one named (from the project
 * root) in its {@code source.txt}. Regenerate deliberately with {@code mvn test
 * -Dtest=RotaGoldenTest -Dgolden.update=true} and review the diff.
 */
class RotaGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir :
          dirs.filter(d -> d.getFileName().toString().startsWith("rota-")).sorted().toList()) {
        Path source = dir.resolve("source.txt");
        String yaml =
            Files.exists(source)
                ? Files.readString(source).trim()
                : dir.resolve("partnership.yaml").toString().replace('\\', '/');
        for (String line : Files.readAllLines(dir.resolve("cases.txt"))) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] parts = line.split("\\|", 2);
          out.add(Arguments.of(dir.getFileName() + "/" + parts[0].trim(), yaml, parts[1].trim()));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rotaOutputIsByteForByteTheGoldenFile(String output, String yaml, String args)
      throws IOException {
    List<String> argv = new ArrayList<>(List.of("-f", yaml));
    argv.addAll(Arrays.asList(args.split("\\s+")));
    CliResult r = Cli.run(argv.toArray(String[]::new));
    Path expectedOut = ROOT.resolve(output);
    Path expectedErr = ROOT.resolve(output + ".err");
    if (UPDATE) {
      Files.writeString(expectedOut, r.out(), StandardCharsets.UTF_8);
      if (r.err().isEmpty()) {
        Files.deleteIfExists(expectedErr);
      } else {
        Files.writeString(expectedErr, r.err(), StandardCharsets.UTF_8);
      }
    }
    assertThat(r.exit()).as("exit code of cluster %s (stderr: %s)", args, r.err()).isZero();
    assertThat(r.out())
        .as("standard output of cluster %s", args)
        .isEqualTo(Files.readString(expectedOut, StandardCharsets.UTF_8));
    assertThat(r.err())
        .as("standard error of cluster %s", args)
        .isEqualTo(
            Files.exists(expectedErr) ? Files.readString(expectedErr, StandardCharsets.UTF_8) : "");
  }
}
