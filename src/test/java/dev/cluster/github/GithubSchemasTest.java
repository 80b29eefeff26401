package dev.cluster.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cluster.init.StarterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code action.yml} and the workflow {@code cluster init} writes, against GitHub's schemas: the
 * copies of SchemaStore's {@code github-action.json} and {@code github-workflow.json} in {@code
 * src/test/resources/github/} always, and the npm tool {@code action-validator} too where it is
 * installed ({@code .ci/run} installs it).
 */
class GithubSchemasTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A file to check: its text and the schema it must follow. */
  record Case(String name, String text, String schema) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    String workflow =
        StarterFiles.files(LocalDate.of(2026, 11, 23)).stream()
            .filter(f -> f.path().equals(StarterFiles.WORKFLOW))
            .findFirst()
            .orElseThrow()
            .text();
    return Stream.of(
        new Case("action.yml", Files.readString(Path.of("action.yml")), "github-action.json"),
        new Case("init's " + StarterFiles.WORKFLOW, workflow, "github-workflow.json"),
        new Case(
            "examples/new-partnership/" + StarterFiles.WORKFLOW,
            Files.readString(Path.of("examples/new-partnership").resolve(StarterFiles.WORKFLOW)),
            "github-workflow.json"));
  }

  static JsonSchema schema(String name) throws IOException {
    try (InputStream in = GithubSchemasTest.class.getResourceAsStream("/github/" + name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void followsGithubsSchema(Case c) throws IOException {
    // when
    Set<ValidationMessage> problems = schema(c.schema()).validate(YAML.readTree(c.text()));

    // then
    assertThat(problems).as(c.name()).isEmpty();
  }

  @Test
  void theSchemasCatchAMistake() throws IOException {
    // given: a step with a misspelt key
    JsonNode bad =
        YAML.readTree(
            "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - ruxn: echo\n");

    // then
    assertThat(schema("github-workflow.json").validate(bad)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void actionValidatorAccepts(Case c, @TempDir Path tmp) throws Exception {
    // given
    Assumptions.assumeTrue(
        installed(), "action-validator (npm @action-validator/cli) is not installed");
    Path file = tmp.resolve(c.schema().equals("github-action.json") ? "action.yml" : "cluster.yml");
    Files.writeString(file, c.text(), StandardCharsets.UTF_8);

    // when
    Process p =
        new ProcessBuilder("action-validator", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  private static boolean installed() {
    try {
      Process p =
          new ProcessBuilder("action-validator", "--help").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(1, TimeUnit.MINUTES);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
