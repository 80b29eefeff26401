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
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitCommandTest {
  private static final String TODAY = "2026-11-23";
  private static final List<String> FILES =
      List.of(
          "partnership.yaml",
          "rosters/our-school.csv",
          ".gitignore",
          "partnership.schema.json",
          ".github/workflows/cluster.yml",
          "history/rota/README.md",
          "minutes/README.md",
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
    assertThat(result.out())
        .startsWith("Wrote 8 files of a new partnership repository in " + dir + ":\n")
        .contains("cluster -f " + dir.resolve("partnership.yaml") + " validate");
  }

  @Test
  void a_folder_outside_any_repository_becomes_a_git_repository() {
    // given
    Assumptions.assumeTrue(gitIsInstalled(), "git is not installed here");
    Path dir = tmp.resolve("partnership");

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(dir.resolve(".git")).isDirectory();
    assertThat(result.out())
        .contains("Ran 'git init': " + dir + " is now a Git repository (branch main).\n");
  }

  @Test
  void a_folder_inside_a_repository_is_left_to_it() throws IOException {
    // given: a folder inside a repository (a .git folder above it)
    Files.createDirectories(tmp.resolve(".git"));
    Path dir = tmp.resolve("partnership");

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(dir.resolve(".git")).doesNotExist();
    assertThat(result.out()).doesNotContain("git init");
  }

  @Test
  void without_git_the_files_are_written_and_the_user_told_how_to_do_it_later() {
    // given
    Path dir = tmp.resolve("partnership");

    // when
    NewRepository.Result result =
        NewRepository.create(
            dir, LocalDate.parse(TODAY), StarterFiles.DEFAULT_ACTION, "no-such-git-command-here");

    // then
    assertThat(result.written()).hasSize(FILES.size());
    assertThat(result.git().problem()).isTrue();
    assertThat(result.git().message())
        .isEqualTo(
            dir
                + " is not a Git repository and Git is not installed here:"
                + " install it from https://git-scm.com/downloads, then run 'git init' in "
                + dir);
    assertThat(dir.resolve(".git")).doesNotExist();
  }

  @Test
  void the_cluster_tools_own_clone_is_refused_and_nothing_is_written() {
    // given: the project's own folder (Maven's working directory for tests)
    Path clone = Path.of("").toAbsolutePath();

    // when
    CliResult result = Cli.run("--today", TODAY, "init", clone.toString());

    // then
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "cluster: "
                + clone
                + " is the cluster tool's own folder, not a"
                + " partnership's; give init a folder of its own");
    assertThat(clone.resolve("partnership.schema.json")).doesNotExist();
    assertThat(clone.resolve("rosters/our-school.csv")).doesNotExist();
  }

  @Test
  void an_unpacked_distribution_is_refused() throws IOException {
    // given
    Path unpacked = tmp.resolve("cluster-0.1.0");
    Files.createDirectories(unpacked.resolve("bin"));
    Files.createDirectories(unpacked.resolve("lib"));
    Files.writeString(unpacked.resolve("lib/cluster.jar"), "");

    // when
    CliResult result = init(unpacked);

    // then
    assertThat(result.exit()).isEqualTo(2);
    assertThat(unpacked.resolve("partnership.yaml")).doesNotExist();
  }

  private static boolean gitIsInstalled() {
    try {
      return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void in_this_folder_the_paths_and_commands_are_short() {
    // when
    NewRepository.Result result =
        new NewRepository.Result(
            List.of(Path.of("partnership.yaml")), List.of(), List.of(), List.of());
    String summary = InitSummary.render(Path.of("."), result);

    // then
    assertThat(summary)
        .startsWith(
            "Wrote 1 file of a new partnership repository in this folder:\n  partnership.yaml\n")
        .contains("  3. Check everything:      cluster validate\n")
        .contains("delete it, run 'cluster init --terms-of-reference'");
  }

  @Test
  void the_written_partnership_validates_without_problems() {
    // given
    Path dir = tmp.resolve("p");
    init(dir);

    // when
    CliResult result =
        Cli.run(
            "--today",
            TODAY,
            "-f",
            dir.resolve("partnership.yaml").toString(),
            "validate",
            "--strict");

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
    CliResult result =
        Cli.run(
            "--today",
            today,
            "-f",
            dir.resolve("partnership.yaml").toString(),
            "validate",
            "--strict");

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
    assertThat(result.out()).startsWith("Nothing written: " + dir + " already holds a partnership");
    assertThat(yaml).hasContent(edited);
    assertThat(dir.resolve("terms-of-reference.md")).hasContent("our own terms");
  }

  @Test
  void a_file_deleted_from_an_existing_repository_is_not_re_created() throws IOException {
    // given: a repository whose owner deleted the workflow and the terms of reference
    Path dir = tmp.resolve("p");
    init(dir);
    Files.delete(dir.resolve(".github/workflows/cluster.yml"));
    Files.delete(dir.resolve("terms-of-reference.md"));

    // when
    CliResult result = init(dir);

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(dir.resolve(".github/workflows/cluster.yml")).doesNotExist();
    assertThat(dir.resolve("terms-of-reference.md")).doesNotExist();
    assertThat(result.out())
        .isEqualTo(
            "Nothing written: "
                + dir
                + " already holds a partnership (partnership.yaml),"
                + " and init does not re-create files deleted from it.\n"
                + "To write terms-of-reference.md again from your data, delete it and run\n"
                + "  cluster init --terms-of-reference "
                + dir
                + "\n");
  }

  @Test
  void terms_of_reference_writes_only_them_from_the_existing_partnership() throws IOException {
    // given: a repository whose partnership has been renamed, without its terms of reference or
    // roster
    Path dir = tmp.resolve("p");
    init(dir);
    Path yaml = dir.resolve("partnership.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml).replace("Our School Partnership", "Kentish Fields Partnership"));
    Files.delete(dir.resolve("terms-of-reference.md"));
    Files.delete(dir.resolve(".gitignore"));

    // when
    CliResult result = Cli.run("--today", TODAY, "init", "--terms-of-reference", dir.toString());

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "Wrote 1 file in " + dir + ":\n  " + dir.resolve("terms-of-reference.md") + "\n");
    assertThat(dir.resolve("terms-of-reference.md"))
        .content(StandardCharsets.UTF_8)
        .startsWith("# Kentish Fields Partnership: terms of reference\n");
    assertThat(dir.resolve(".gitignore")).doesNotExist();
  }

  @Test
  void terms_of_reference_that_exist_are_skipped_and_named() throws IOException {
    // given
    Path dir = tmp.resolve("p");
    init(dir);
    Files.writeString(dir.resolve("terms-of-reference.md"), "our own terms\n");

    // when
    CliResult result = Cli.run("--today", TODAY, "init", "--terms-of-reference", dir.toString());

    // then
    assertThat(result.exit()).isZero();
    assertThat(result.err())
        .isEqualTo(
            "cluster: skipped "
                + dir.resolve("terms-of-reference.md")
                + ": it exists, and init never overwrites a file\n");
    assertThat(dir.resolve("terms-of-reference.md")).hasContent("our own terms");
  }

  @Test
  void an_invalid_existing_partnership_is_reported_and_the_terms_are_not_written()
      throws IOException {
    // given
    Path dir = tmp.resolve("p");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("partnership.yaml"), "version: 1\npartnershp:\n  name: X\n");

    // when
    CliResult result = Cli.run("--today", TODAY, "init", "--terms-of-reference", dir.toString());

    // then
    assertThat(result.exit()).as("the existing file is not init's failure").isZero();
    assertThat(result.err())
        .contains(
            dir.resolve("terms-of-reference.md")
                + " not written: the existing "
                + dir.resolve("partnership.yaml")
                + " has 4 problems; 'cluster -f "
                + dir.resolve("partnership.yaml")
                + " validate' lists them");
    assertThat(dir.resolve("partnership.yaml"))
        .content(StandardCharsets.UTF_8)
        .isEqualTo("version: 1\npartnershp:\n  name: X\n");
    assertThat(dir.resolve("terms-of-reference.md")).doesNotExist();
    assertThat(dir.resolve("rosters/our-school.csv")).doesNotExist();
  }

  @Test
  void a_folder_that_cannot_be_written_is_exit_4() throws IOException {
    // given: DIR is a file
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

    // when
    CliResult result = init(file);

    // then
    assertThat(result.exit()).as(result.err()).isEqualTo(4);
    assertThat(result.err())
        .startsWith(
            "cluster: cannot write "
                + file.resolve("partnership.yaml")
                + ": "
                + file
                + " is a file, not a folder");
  }

  @Test
  void the_workflow_validates_with_annotations_compares_pull_requests_and_publishes_pushes()
      throws IOException {
    // given
    Path dir = tmp.resolve("p");
    init(dir);

    // when
    String text = Files.readString(dir.resolve(".github/workflows/cluster.yml"));
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(text);

    // then: one `uses:` of the cluster action, on the one line marked EDIT
    List<String> edit = text.lines().filter(l -> l.contains("EDIT")).toList();
    assertThat(edit).hasSize(2); // the explanation at the top, and the line itself
    assertThat(edit.get(1))
        .isEqualTo(
            "        uses: "
                + StarterFiles.DEFAULT_ACTION
                + " # EDIT: where cluster is published, and the release");
    JsonNode steps = workflow.path("jobs").path("check").path("steps");
    List<String> uses = steps.findValuesAsText("uses");
    assertThat(uses)
        .containsExactly(
            "actions/checkout@v4",
            StarterFiles.DEFAULT_ACTION,
            "actions/upload-artifact@v4",
            "actions/upload-artifact@v4");
    assertThat(steps.get(1).path("with").path("args").asText())
        .isEqualTo("validate --format github");
    String runs = String.join("\n", steps.findValuesAsText("run"));
    // the summary page (at most 1 MiB) gets the report's summary; the full report is an artifact
    assertThat(runs)
        .contains(
            "cluster rota --compare \"$BASE\"",
            "cluster report --summary --full cluster-report/report.md --append \"$GITHUB_STEP_SUMMARY\"",
            "--format ics -o",
            "--format csv -o");
    assertThat(runs).doesNotContain("cluster report --append");
    assertThat(steps.findValues("path").stream().map(JsonNode::asText)).contains("cluster-report/");
    assertThat(workflow.path("on").has("push")).isTrue();
    assertThat(workflow.path("on").has("pull_request")).isTrue();
  }

  @Test
  void action_names_the_published_cluster_in_the_workflow() throws IOException {
    // given
    Path dir = tmp.resolve("p");

    // when
    CliResult result =
        Cli.run(
            "--today", TODAY, "init", "--action", "camden-schools/cluster@v0.2.0", dir.toString());

    // then
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(dir.resolve(".github/workflows/cluster.yml"))
        .content()
        .contains("        uses: camden-schools/cluster@v0.2.0 # EDIT")
        .doesNotContain("CLUSTER_OWNER");
  }

  @Test
  void an_action_that_is_not_owner_name_at_tag_is_a_usage_error() {
    // when
    CliResult result = Cli.run("init", "--action", "cluster", tmp.resolve("p").toString());

    // then
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--action `cluster` is not OWNER/NAME@TAG");
    assertThat(tmp.resolve("p")).doesNotExist();
  }

  @Test
  void the_default_action_is_this_versions_release_of_an_owner_no_github_account_can_have()
      throws IOException {
    // given
    String pom = Files.readString(Path.of("pom.xml"));
    String version =
        pom.replaceFirst("(?s).*?</parent>", "")
            .replaceFirst(
                "(?s).*?<artifactId>cluster</artifactId>\\s*<version>([^<]+)</version>.*", "$1");

    // then: GitHub account names are letters, digits and hyphens only, so the underscore never
    // resolves
    assertThat(StarterFiles.DEFAULT_ACTION).isEqualTo("CLUSTER_OWNER/cluster@v" + version);
  }

  @Test
  void the_schema_line_names_the_schema_init_writes_beside_it() throws IOException {
    // given
    Path dir = tmp.resolve("p");

    // when
    init(dir);

    // then
    assertThat(Files.readAllLines(dir.resolve("partnership.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=./partnership.schema.json");
    assertThat(dir.resolve("partnership.schema.json"))
        .content(StandardCharsets.UTF_8)
        .isEqualTo(Cli.run("schema").out());
  }

  @Test
  void the_new_partnership_example_holds_the_terms_of_reference_of_its_own_data()
      throws IOException {
    // given
    Path example = Path.of("examples", "new-partnership");

    // when
    String rendered =
        TermsOfReference.render(
            PartnershipLoader.load(example.resolve("partnership.yaml")).partnership());

    // then: regenerate with `rm examples/new-partnership/terms-of-reference.md && cluster init
    // --terms-of-reference examples/new-partnership`
    assertThat(Files.readString(example.resolve("terms-of-reference.md"))).isEqualTo(rendered);
  }

  @Test
  void the_output_for_a_fixed_today_is_golden() throws IOException {
    // given
    Path dir = tmp.resolve("p");

    // when
    init(dir);

    // then
    Golden.assertMatches(
        "init", "partnership.yaml", Files.readString(dir.resolve("partnership.yaml")));
    Golden.assertMatches(
        "init", "terms-of-reference.md", Files.readString(dir.resolve("terms-of-reference.md")));
    Golden.assertMatches(
        "init", "cluster.yml", Files.readString(dir.resolve(".github/workflows/cluster.yml")));
  }
}
