package dev.cluster.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cluster.init.StarterFiles;
import dev.cluster.testing.JavaOnlyPath;
import dev.cluster.testing.JavaOnlyPath.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps of {@code action.yml}, and of the workflow {@code cluster init} writes, run locally as
 * a GitHub runner would run them (failsafe runs this after {@code package}): each {@code run:} goes
 * to {@code bash --noprofile --norc -eo pipefail} with the variables GitHub sets ({@code
 * GITHUB_WORKSPACE}, {@code GITHUB_ACTION_PATH}, {@code GITHUB_OUTPUT}, {@code GITHUB_PATH}, {@code
 * GITHUB_STEP_SUMMARY}, {@code RUNNER_TEMP}, ...), its {@code if:} and {@code ${{ }}} expressions
 * evaluated. The {@code uses:} steps of other actions are stood in for: Java is on the PATH, the
 * cache is a folder that exists or not, checkout is the prepared workspace, upload-artifact checks
 * its files. The action's copy of cluster has a stand-in {@code mvnw} that "builds" by leaving the
 * real distribution of {@code target/} in place, so that the build step's unpacking runs without a
 * second Maven build; the PATH has no {@code mvn}.
 */
class ActionStepsIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
  private static final Pattern CONDITION = Pattern.compile("(\\S+)\\s*(==|!=)\\s*'([^']*)'");

  @TempDir Path tmp;
  Path workspace;
  Path actionPath;
  Path home;
  Path runnerTemp;
  Path summary;
  Path githubPath;
  Path builds;
  String path;

  /** What a simulated step run left: its exit code and output, or null for a step not run. */
  record Step(String name, Run run) {}

  @BeforeEach
  void runner() throws Exception {
    home = Files.createDirectories(tmp.resolve("home"));
    runnerTemp = Files.createDirectories(tmp.resolve("runner temp"));
    summary = Files.createFile(runnerTemp.resolve("step_summary"));
    githubPath = Files.createFile(runnerTemp.resolve("add_path"));
    builds = runnerTemp.resolve("builds.txt");
    workspace = Files.createDirectories(tmp.resolve("work space/partnership"));
    copy(ROOT.resolve("examples/collaborative-partnership"), workspace);

    // the action as GitHub downloads it, with a stand-in wrapper that records each build
    actionPath = Files.createDirectories(tmp.resolve("actions/cluster/v0.1.0"));
    Files.copy(ROOT.resolve("pom.xml"), actionPath.resolve("pom.xml"));
    Files.copy(ROOT.resolve("action.yml"), actionPath.resolve("action.yml"));
    Files.createSymbolicLink(actionPath.resolve("src"), ROOT.resolve("src"));
    Files.createDirectories(actionPath.resolve("target"));
    try (Stream<Path> files = Files.list(ROOT.resolve("target"))) {
      Path archive =
          files
              .filter(f -> f.getFileName().toString().matches("cluster-.+\\.tar\\.gz"))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("no target/cluster-<version>.tar.gz: run mvn package"));
      Files.copy(archive, actionPath.resolve("target").resolve(archive.getFileName()));
    }
    Path mvnw =
        Files.writeString(
            actionPath.resolve("mvnw"), "#!/bin/sh\necho \"$@\" >> '" + builds + "'\n");
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));

    // java and the usual tools, no mvn; `date` says November 2026, for the year the workflow
    // publishes
    Path tools = JavaOnlyPath.create(tmp.resolve("tools"));
    Path fixed = Files.createDirectories(tmp.resolve("fixed-date"));
    Path date =
        Files.writeString(
            fixed.resolve("date"),
            "#!/bin/sh\ncase \"$1\" in +%Y) echo 2026 ;; +%-m) echo 11 ;;"
                + " *) exec '"
                + tools.resolve("date")
                + "' \"$@\" ;; esac\n");
    Files.setPosixFilePermissions(date, PosixFilePermissions.fromString("rwxr-xr-x"));
    path = fixed + ":" + tools;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Everything a step's environment holds on a runner, before the step's own {@code env:}. */
  private Map<String, String> runnerEnv(Map<String, String> github) throws IOException {
    Map<String, String> env = new HashMap<>();
    List<String> added = new ArrayList<>(Files.readAllLines(githubPath));
    java.util.Collections.reverse(added);
    env.put("PATH", (added.isEmpty() ? "" : String.join(":", added) + ":") + path);
    env.put("HOME", home.toString());
    env.put("CI", "true");
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_PATH", githubPath.toString());
    env.put("GITHUB_EVENT_NAME", github.getOrDefault("github.event_name", "push"));
    env.put("RUNNER_TEMP", runnerTemp.toString());
    env.put("RUNNER_OS", "Linux");
    return env;
  }

  /** Runs one {@code run:} step; its {@code GITHUB_OUTPUT} lines go into {@code outputs}. */
  private Run runStep(
      JsonNode step,
      Map<String, String> context,
      Map<String, String> github,
      Map<String, String> extra,
      Map<String, String> outputs)
      throws Exception {
    Map<String, String> env = runnerEnv(github);
    env.putAll(extra);
    Path output = Files.createTempFile(runnerTemp, "output", ".txt");
    env.put("GITHUB_OUTPUT", output.toString());
    for (Iterator<Map.Entry<String, JsonNode>> it = step.path("env").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      env.put(e.getKey(), expand(e.getValue().asText(), context));
    }
    Path script = Files.createTempFile(runnerTemp, "step", ".sh");
    Files.writeString(script, step.path("run").asText(), StandardCharsets.UTF_8);
    Path cwd =
        workspace.resolve(expand(step.path("working-directory").asText("."), context)).normalize();
    Run run =
        JavaOnlyPath.run(
            cwd,
            env,
            List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
    for (String line : Files.readAllLines(output)) {
      int eq = line.indexOf('=');
      outputs.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return run;
  }

  /**
   * Runs the action's steps with the inputs {@code with}, as in a workflow's {@code uses:} step.
   */
  private List<Step> runAction(Map<String, String> with, Map<String, String> github)
      throws Exception {
    JsonNode action = YAML.readTree(actionPath.resolve("action.yml").toFile());
    Map<String, String> context = new HashMap<>(github);
    context.put("runner.temp", runnerTemp.toString());
    for (Iterator<Map.Entry<String, JsonNode>> it = action.path("inputs").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      context.put(
          "inputs." + e.getKey(),
          with.getOrDefault(e.getKey(), e.getValue().path("default").asText()));
    }
    assertThat(with.keySet())
        .as("inputs the action declares")
        .isSubsetOf(
            context.keySet().stream()
                .filter(k -> k.startsWith("inputs."))
                .map(k -> k.substring(7))
                .toList());
    List<Step> steps = new ArrayList<>();
    for (JsonNode step : action.path("runs").path("steps")) {
      String id = step.path("id").asText("");
      Map<String, String> outputs = new LinkedHashMap<>();
      String name = step.path("name").asText();
      if (step.has("if") && !condition(step.path("if").asText(), context)) {
        steps.add(new Step(name, null));
        continue;
      }
      String uses = step.path("uses").asText("");
      if (uses.startsWith("actions/setup-java@")) {
        assertThat(step.path("with").path("distribution").asText()).isEqualTo("temurin");
      } else if (uses.startsWith("actions/cache@")) {
        Path cached = Path.of(expand(step.path("with").path("path").asText(), context));
        assertThat(expand(step.path("with").path("key").asText(), context))
            .startsWith("cluster-Linux-");
        outputs.put("cache-hit", Files.isDirectory(cached) ? "true" : "false");
      } else if (!uses.isEmpty()) {
        throw new AssertionError("the test does not know the action " + uses);
      } else {
        Run run =
            runStep(
                step,
                context,
                github,
                Map.of("GITHUB_ACTION_PATH", actionPath.toString()),
                outputs);
        steps.add(new Step(name, run));
        if (run.exit() != 0) {
          return steps;
        }
      }
      outputs.forEach((k, v) -> context.put("steps." + id + ".outputs." + k, v));
    }
    return steps;
  }

  /**
   * {@code ${{ name }}} replaced from {@code context}; an expression the test does not know fails
   * it.
   */
  private static String expand(String text, Map<String, String> context) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = context.get(m.group(1));
      if (value == null) {
        throw new AssertionError("unknown expression ${{ " + m.group(1) + " }} in " + text);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    return m.appendTail(sb).toString();
  }

  private static boolean condition(String text, Map<String, String> context) {
    Matcher m = CONDITION.matcher(text.strip());
    if (!m.matches() || !context.containsKey(m.group(1))) {
      throw new AssertionError("the test cannot evaluate if: " + text);
    }
    return context.get(m.group(1)).equals(m.group(3)) == m.group(2).equals("==");
  }

  private static Run last(List<Step> steps) {
    return steps.stream().filter(s -> s.run() != null).reduce((a, b) -> b).orElseThrow().run();
  }

  @Test
  void validate_builds_once_then_runs_from_the_cache_and_puts_cluster_on_the_path()
      throws Exception {
    // when
    List<Step> first = runAction(Map.of("args", "validate --format github"), Map.of());
    List<Step> second = runAction(Map.of("args", "validate --format github"), Map.of());

    // then
    Run validate = last(first);
    assertThat(validate.exit()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("partnership.yaml: ").endsWith("no problems\n");
    assertThat(Files.readAllLines(builds))
        .as("one build, with the wrapper (no mvn on the PATH)")
        .containsExactly("-B -q -DskipTests package");
    assertThat(
            second.stream()
                .filter(s -> s.name().startsWith("Build"))
                .findFirst()
                .orElseThrow()
                .run())
        .as("the second run builds nothing")
        .isNull();
    assertThat(last(second).exit()).isZero();
    List<String> added = Files.readAllLines(githubPath);
    assertThat(added).isNotEmpty().allMatch(p -> p.endsWith("/bin"));
    assertThat(Path.of(added.get(0)).resolve("cluster")).isExecutable();
  }

  @Test
  void a_problem_is_an_annotation_and_fails_the_step() throws Exception {
    // given
    Path yaml = workspace.resolve("partnership.yaml");
    Files.writeString(yaml, Files.readString(yaml).replaceFirst("\n  name:", "\n  nmae:"));

    // when
    Run validate = last(runAction(Map.of("args", "validate --format github"), Map.of()));

    // then
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out()).contains("::error file=partnership.yaml,line=").contains("`nmae`");
  }

  @Test
  void args_are_read_as_a_terminal_reads_them() throws Exception {
    // when
    Run report =
        last(runAction(Map.of("args", "report --append \"$GITHUB_STEP_SUMMARY\""), Map.of()));

    // then
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(Files.readString(summary)).startsWith("# ");
  }

  /**
   * Runs the init workflow's job for {@code event}, the action standing for its {@code uses:} line.
   */
  private List<Step> runWorkflow(Map<String, String> github) throws Exception {
    String text =
        StarterFiles.files(LocalDate.of(2026, 11, 23)).stream()
            .filter(f -> f.path().equals(StarterFiles.WORKFLOW))
            .findFirst()
            .orElseThrow()
            .text();
    JsonNode workflow = YAML.readTree(text);
    Map<String, String> context = new HashMap<>(github);
    context.put("runner.temp", runnerTemp.toString());
    List<Step> steps = new ArrayList<>();
    for (JsonNode step : workflow.path("jobs").path("check").path("steps")) {
      String name = step.path("name").asText();
      if (step.has("if") && !condition(step.path("if").asText(), context)) {
        steps.add(new Step(name, null));
        continue;
      }
      String uses = step.path("uses").asText("");
      if (uses.startsWith("actions/checkout@")) {
        continue;
      }
      if (uses.equals(StarterFiles.DEFAULT_ACTION)) {
        List<Step> action =
            runAction(Map.of("args", step.path("with").path("args").asText()), github);
        steps.addAll(action);
        if (last(action).exit() != 0) {
          return steps;
        }
      } else if (uses.startsWith("actions/upload-artifact@")) {
        Path artifact = workspace.resolve(expand(step.path("with").path("path").asText(), context));
        try (Stream<Path> files = Files.list(artifact)) {
          steps.add(
              new Step(
                  name,
                  new Run(
                      0,
                      String.join(
                          "\n", files.map(f -> f.getFileName().toString()).sorted().toList()),
                      "")));
        }
      } else {
        Run run = runStep(step, context, github, Map.of(), new HashMap<>());
        steps.add(new Step(name, run));
        assertThat(run.exit()).as(name + ": " + run.err()).isZero();
      }
    }
    return steps;
  }

  @Test
  void a_push_publishes_the_report_and_uploads_the_years_calendar_and_spreadsheet()
      throws Exception {
    // when
    List<Step> steps = runWorkflow(Map.of("github.event_name", "push", "github.base_ref", ""));

    // then
    assertThat(last(steps).out()).isEqualTo("rota-2026-27.csv\nrota-2026-27.ics");
    assertThat(Files.readString(runnerTemp.resolve("rota/rota-2026-27.ics")))
        .startsWith("BEGIN:VCALENDAR");
    // the summary page gets the report's summary, naming the full report, which is uploaded
    assertThat(Files.readString(summary))
        .startsWith("# ")
        .contains(": report 2026-27 (summary)\n")
        .contains("is in cluster-report/report.md.")
        .endsWith("Download it from this run's page: Artifacts, `report`.\n")
        .doesNotContain("Rota changes", "## Duty ledger");
    assertThat(
            steps.stream()
                .filter(s -> s.name().equals("Upload the full report"))
                .findFirst()
                .orElseThrow()
                .run()
                .out())
        .isEqualTo("report.md");
    assertThat(Files.readString(workspace.resolve("cluster-report/report.md")))
        .contains("## Duty ledger");
  }

  @Test
  void a_pull_request_lists_its_rota_changes_against_the_base_branch_on_the_summary()
      throws Exception {
    // given: a repository whose base branch is origin/main, and a change that moves the rota
    Map<String, String> env =
        Map.of(
            "PATH",
            path,
            "HOME",
            home.toString(),
            "GIT_AUTHOR_NAME",
            "Test",
            "GIT_AUTHOR_EMAIL",
            "test@example.org",
            "GIT_COMMITTER_NAME",
            "Test",
            "GIT_COMMITTER_EMAIL",
            "test@example.org");
    for (List<String> git :
        List.of(
            List.of("git", "init", "-q", "-b", "main"),
            List.of("git", "add", "-A"),
            List.of("git", "commit", "-q", "-m", "base"),
            List.of("git", "update-ref", "refs/remotes/origin/main", "HEAD"))) {
      Run run = JavaOnlyPath.run(workspace, env, git);
      assertThat(run.exit()).as(git + ": " + run.err()).isZero();
    }
    Path yaml = workspace.resolve("partnership.yaml");
    String before = Files.readString(yaml);
    String after = before.replaceFirst("weekday: (\\w+)", "weekday: friday");
    assertThat(after).isNotEqualTo(before);
    Files.writeString(yaml, after);

    // when
    List<Step> steps =
        runWorkflow(Map.of("github.event_name", "pull_request", "github.base_ref", "main"));

    // then
    assertThat(
            steps.stream()
                .filter(s -> s.name().startsWith("Report"))
                .findFirst()
                .orElseThrow()
                .run())
        .isNull();
    assertThat(Files.readString(summary))
        .startsWith("## Rota changes against origin/main\n\n")
        .contains("origin/main");
  }
}
