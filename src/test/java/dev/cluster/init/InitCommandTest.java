package dev.cluster.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cluster.load.PartnershipLoader;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  private static final String TODAY = "2026-11-23";
  private static final List<String> FILES = List.of(
      "partnership.yaml", "rosters/our-school.csv", ".gitignore", ".github/workflows/cluster.yml",
      "history/rota/README.md", "minutes/README.md",
      "terms-of-reference.md");

  @TempDir Path tmp;

  private CliResult init(Path dir) {
    return Cli.run("--today", TODAY, "init", dir.toString());
  }

  @Test
  void writes_every_file_and_says_what_next() {
    // given
    Path dir = tmp.resolve("partnership");

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    for (String f : FILES) {
      assertThat(dir.resolve(f)).as(f).isRegularFile();
      assertThat(result.out()).contains("  " + dir.resolve(f));
    }
    assertThat(result.out()).startsWith("Wrote 7 files of a new partnership repository in " + dir + ":\n")
        .contains("cluster -f " + dir.resolve("partnership.yaml") + " validate");
  }

  @Test
  void in_this_folder_the_paths_and_commands_are_short() {
    // when
    NewRepository.Result result = new NewRepository.Result(
        List.of(Path.of("partnership.yaml")), List.of(), List.of(), List.of());
    String summary = InitSummary.render(Path.of("."), result);

    // then
    assertThat(summary).startsWith("Wrote 1 file of a new partnership repository in this folder:\n  partnership.yaml\n")
        .contains("  3. Check everything:      cluster validate\n")
        .contains("run 'cluster init' again");
  }

  @Test
  void the_written_partnership_validates_without_problems() {
    // given
    Path dir = tmp.resolve("p");
    init(dir);

    // when
    CliResult result = Cli.run("--today", TODAY, "-f", dir.resolve("partnership.yaml").toString(),
        "validate", "--strict");

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).endsWith("no problems\n");
  }

  static Stream<String> todays() {
    return IntStream.rangeClosed(2024, 2045)
        .boxed()
        .flatMap(y -> Stream.of(y + "-01-15", y + "-07-25"));
  }

  @ParameterizedTest
  @MethodSource("todays")
  void the_placeholder_calendar_of_any_year_validates(String today) {
    // given
    Path dir = tmp.resolve("p");
    Cli.run("--today", today, "init", dir.toString());

    // when
    CliResult result = Cli.run("--today", today, "-f", dir.resolve("partnership.yaml").toString(),
        "validate", "--strict");

    // then
    assertThat(result.exit()).as("today %s: %s", today, result.err()).isZero();
  }

  @Test
  void a_second_run_skips_and_names_every_file_and_overwrites_nothing() throws IOException {
    // given
    Path dir = tmp.resolve("p");
    init(dir);
    Path yaml = dir.resolve("partnership.yaml");
    String edited = Files.readString(yaml).replace("Our School Partnership", "Edited Partnership");
    Files.writeString(yaml, edited);
    Files.writeString(dir.resolve("terms-of-reference.md"), "our own terms\n");

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    for (String f : FILES) {
      assertThat(result.err()).contains("cluster: skipped " + dir.resolve(f) + ": it exists");
    }
    assertThat(result.err().lines()).hasSize(FILES.size());
    assertThat(result.out()).startsWith("Nothing written");
    assertThat(yaml).hasContent(edited);
    assertThat(dir.resolve("terms-of-reference.md")).hasContent("our own terms");
  }

  @Test
  void a_missing_file_is_written_from_the_existing_partnership() throws IOException {
    // given: a repository whose partnership has been renamed, without its terms of reference
    Path dir = tmp.resolve("p");
    init(dir);
    Path yaml = dir.resolve("partnership.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("Our School Partnership", "Kentish Fields Partnership"));
    Files.delete(dir.resolve("terms-of-reference.md"));

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Wrote 1 file of a new partnership repository in " + dir + ":\n  "
        + dir.resolve("terms-of-reference.md") + "\n");
    assertThat(dir.resolve("terms-of-reference.md"))
        .content(StandardCharsets.UTF_8).startsWith("# Kentish Fields Partnership: terms of reference\n");
  }

  @Test
  void an_invalid_existing_partnership_is_reported_and_the_terms_are_not_written() throws IOException {
    // given
    Path dir = tmp.resolve("p");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("partnership.yaml"), "version: 1\npartnershp:\n  name: X\n");

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as("init wrote what it could; the existing file is not its failure").isZero();
    assertThat(result.err()).contains(dir.resolve("terms-of-reference.md") + " not written: the existing "
        + dir.resolve("partnership.yaml") + " has 4 problems; 'cluster -f " + dir.resolve("partnership.yaml")
        + " validate' lists them");
    assertThat(dir.resolve("partnership.yaml")).content(StandardCharsets.UTF_8)
        .isEqualTo("version: 1\npartnershp:\n  name: X\n");
    assertThat(dir.resolve("terms-of-reference.md")).doesNotExist();
    assertThat(dir.resolve("rosters/our-school.csv")).isRegularFile();
  }

  @Test
  void a_folder_that_cannot_be_written_is_exit_4() throws IOException {
    // given: DIR is a file
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

    // when
    CliResult result = init(file);

    // then
    assertThat(result.exit()).as(result.err()).isEqualTo(4);
    assertThat(result.err()).startsWith("cluster: cannot write " + file.resolve("partnership.yaml") + ": "
        + file + " is a file, not a folder");
  }

  @Test
  void the_workflow_validates_and_appends_the_report_to_the_job_summary() throws IOException {
    // given
    Path dir = tmp.resolve("p");
    init(dir);

    // when
    JsonNode workflow = new ObjectMapper(new YAMLFactory())
        .readTree(dir.resolve(".github/workflows/cluster.yml").toFile());

    // then
    List<String> runs = workflow.path("jobs").path("check").path("steps").findValuesAsText("run");
    assertThat(runs).contains(
        ".cluster-tool/cluster -f \"$GITHUB_WORKSPACE/partnership.yaml\" validate",
        ".cluster-tool/cluster -f \"$GITHUB_WORKSPACE/partnership.yaml\" report --append \"$GITHUB_STEP_SUMMARY\"");
    assertThat(workflow.path("on").has("push")).isTrue();
  }

  @Test
  void the_new_partnership_example_holds_the_terms_of_reference_of_its_own_data() throws IOException {
    // given
    Path example = Path.of("examples", "new-partnership");

    // when
    String rendered = TermsOfReference.render(
        PartnershipLoader.load(example.resolve("partnership.yaml")).partnership());

    // then: regenerate with `rm examples/new-partnership/terms-of-reference.md && cluster init examples/new-partnership`
    assertThat(Files.readString(example.resolve("terms-of-reference.md"))).isEqualTo(rendered);
  }

  @Test
  void the_output_for_a_fixed_today_is_golden() throws IOException {
    // given
    Path dir = tmp.resolve("p");

    // when
    init(dir);

    // then
    Golden.assertMatches("init", "partnership.yaml", Files.readString(dir.resolve("partnership.yaml")));
    Golden.assertMatches("init", "terms-of-reference.md", Files.readString(dir.resolve("terms-of-reference.md")));
  }
}
