package dev.cluster.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.JavaOnlyPath;
import dev.cluster.testing.JavaOnlyPath.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user gets it (failsafe runs this after {@code package}): unpacked
 * into a folder whose name has a space, {@code bin/cluster} runs an example with a PATH holding
 * {@code java} and no {@code mvn}, gives the same output as the command in-process, and makes its
 * class-data archive in the per-user cache folder only as a speed-up.
 */
class DistributionIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path EXAMPLE =
      ROOT.resolve("examples/collaborative-partnership/partnership.yaml");
  private static final List<String> ENTRIES =
      List.of(
          "bin/cluster",
          "bin/cluster.cmd",
          "lib/cluster.jar",
          "completion/cluster_completion",
          "LICENSE",
          "README.md");

  @TempDir static Path tmp;
  static Path home;
  static Path path;

  @BeforeAll
  static void unpack() throws Exception {
    Path unpacked = Files.createDirectories(tmp.resolve("Program Files with spaces"));
    Run tar =
        JavaOnlyPath.run(
            unpacked,
            Map.of("PATH", "/usr/bin:/bin"),
            List.of("tar", "xzf", archive("tar.gz").toString()));
    assertThat(tar.exit()).as(tar.err()).isZero();
    home = unpacked.resolve("cluster-" + version());
    path = JavaOnlyPath.create(tmp.resolve("java-only"));
  }

  private static String version() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("target"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("cluster-.+\\.zip"))
          .map(n -> n.substring("cluster-".length(), n.length() - ".zip".length()))
          .findFirst()
          .orElseThrow(
              () -> new AssertionError("no target/cluster-<version>.zip: run mvn package"));
    }
  }

  private static Path archive(String extension) throws IOException {
    return ROOT.resolve("target/cluster-" + version() + "." + extension);
  }

  private static Run cluster(Path cwd, Map<String, String> extra, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/cluster").toString());
    command.addAll(List.of(args));
    Map<String, String> env =
        new java.util.HashMap<>(
            Map.of("PATH", path.toString(), "HOME", tmp.resolve("a user's home").toString()));
    env.putAll(extra);
    return JavaOnlyPath.run(cwd, env, command);
  }

  @Test
  void theArchivesHoldTheLaunchersTheJarTheCompletionTheLicenceAndTheReadme() throws IOException {
    // when
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive("zip").toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        names.add(e.getName());
        // then: reproducible, every entry stamped with project.build.outputTimestamp
        assertThat(e.getTimeLocal().toLocalDate())
            .as(e.getName())
            .isEqualTo(java.time.LocalDate.of(2026, 11, 23));
      }
    }

    // then
    for (String entry : ENTRIES) {
      assertThat(names).contains("cluster-" + version() + "/" + entry);
      assertThat(home.resolve(entry)).as("tar.gz holds " + entry).isRegularFile();
    }
    assertThat(home.resolve("bin/cluster")).isExecutable();
    assertThat(Files.readString(home.resolve("bin/cluster.cmd")))
        .as("Windows line endings")
        .contains("\r\n");
    assertThat(Files.readString(home.resolve("completion/cluster_completion")))
        .contains("complete -F _complete_cluster", "rota", "validate", "--format");
  }

  @Test
  void theMachineHasJavaAndNoMaven() throws Exception {
    // when
    Run which =
        JavaOnlyPath.run(
            tmp,
            Map.of("PATH", path.toString()),
            List.of(path.resolve("sh").toString(), "-c", "command -v java && ! command -v mvn"));

    // then
    assertThat(which.exit()).as(which.out() + which.err()).isZero();
  }

  @Test
  void
      bin_cluster_runs_an_example_from_another_folder_as_in_process_twice_the_second_time_with_its_archive(
          @TempDir Path elsewhere) throws Exception {
    // given
    String[] args = {"-f", EXAMPLE.toString(), "--today", "2026-11-23", "rota", "--format", "csv"};
    CliResult expected = Cli.run(args);
    Path cache = tmp.resolve("a user's home/.cache/cluster");

    // when
    Run first = cluster(elsewhere, Map.of(), args);
    Run second = cluster(elsewhere, Map.of(), args);

    // then
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo(expected.out());
    assertThat(first.err()).isEqualTo(expected.err());
    assertThat(second.out()).isEqualTo(expected.out());
    assertThat(second.err()).isEqualTo(expected.err());
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .as("one complete class-data archive, no partial one left")
          .singleElement()
          .asString()
          .matches("cluster-[0-9]+\\.jsa");
    }
  }

  @Test
  void a_cache_folder_that_cannot_be_written_only_costs_speed(@TempDir Path elsewhere)
      throws Exception {
    // given: the cache "folder" is a file
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

    // when
    Run run =
        cluster(
            elsewhere,
            Map.of("CLUSTER_CACHE", file.resolve("cluster").toString()),
            "-f",
            EXAMPLE.toString(),
            "validate");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).endsWith("no problems\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void a_link_to_bin_cluster_on_the_path_finds_its_jar(@TempDir Path elsewhere) throws Exception {
    // given
    Path link = Files.createSymbolicLink(elsewhere.resolve("cluster"), home.resolve("bin/cluster"));

    // when
    Run run =
        JavaOnlyPath.run(
            elsewhere,
            Map.of("PATH", path.toString(), "HOME", elsewhere.toString()),
            List.of(link.toString(), "--version"));

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("cluster " + version() + "\n");
  }

  @Test
  void without_java_it_says_where_to_get_it(@TempDir Path elsewhere) throws Exception {
    // given: the tools, but no java
    Path noJava = JavaOnlyPath.create(elsewhere.resolve("bin"));
    Files.delete(noJava.resolve("java"));

    // when
    Run run =
        JavaOnlyPath.run(
            elsewhere,
            Map.of("PATH", noJava.toString(), "HOME", elsewhere.toString()),
            List.of(home.resolve("bin/cluster").toString(), "--version"));

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("cluster: Java was not found. Install a Java 17 (or newer) runtime")
        .contains("https://adoptium.net");
  }
}
