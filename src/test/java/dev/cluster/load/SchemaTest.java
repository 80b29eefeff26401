package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema printed by {@code cluster schema} against what the loader accepts: every
 * partnership that validates (the repository's own, the examples, the valid fixtures) conforms, and
 * the broken inputs that are wrong in structure, type or format are rejected by both.
 */
class SchemaTest {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  static final JsonSchema SCHEMA = schema();

  /** Broken cases (folders of {@code src/test/resources/broken}) whose mistake a schema can see. */
  static final List<String> STRUCTURAL =
      List.of(
          "unknown-keys",
          "wrong-types",
          "impossible-dates",
          "bad-time-and-weekday",
          "bad-ids",
          "schedule-rules",
          "version-unsupported",
          "yaml-not-a-mapping",
          "meeting-without-schedule",
          "partnership-section",
          "missing-sections",
          "override-outside-terms-and-bad-booleans",
          "unknown-plan-owner",
          "roster-columns-rename-missing",
          "unknown-year-groups",
          "pairing-rules",
          "venues",
          "misspelt-required-key",
          "roster-blank",
          "unavailable",
          "yaml-empty-value");

  static JsonSchema schema() {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/partnership.schema.json")) {
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every partnership that must validate: the repository's, the examples' and the valid fixtures.
   */
  static Stream<Path> partnerships() throws IOException {
    List<Path> all = new ArrayList<>();
    Path root = Path.of("partnership.yaml");
    if (Files.isRegularFile(root)) {
      all.add(root);
    }
    for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/valid"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> children = Files.list(dir)) {
          children
              .map(c -> c.resolve("partnership.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(all::add);
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partnerships")
  void everyValidPartnershipConformsToTheSchema(Path file) throws IOException {
    CliResult validate = Cli.run("-f", file.toString(), "validate");
    assertThat(validate.exit()).as("validate %s: %s", file, validate.err()).isZero();

    assertThat(errors(file)).as("schema errors in %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralCases")
  void brokenStructureIsRejectedByTheSchemaAsByTheLoader(String name) throws IOException {
    Path file = Path.of("src/test/resources/broken", name, "partnership.yaml");

    assertThat(Cli.run("-f", file.toString(), "validate").exit()).isEqualTo(1);
    assertThat(errors(file)).as("schema errors in %s", name).isNotEmpty();
  }

  static Stream<String> structuralCases() {
    return STRUCTURAL.stream();
  }

  /**
   * The other direction, over the whole broken corpus: a case that is not in {@link #STRUCTURAL} is
   * refused by {@code validate} only for what a schema cannot see (cross-references, dates against
   * the calendar, rosters, the record and minutes), so the schema accepts its {@code
   * partnership.yaml}; a case whose YAML cannot be read at all is neither. A new broken case is
   * thus classified, and a structural error that validate reports but the schema misses (or the
   * reverse) fails here or in the test above.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("otherCases")
  void everyOtherBrokenCaseIsStructurallyValidForBoth(String name) throws IOException {
    Path file = Path.of("src/test/resources/broken", name, "partnership.yaml");
    Set<ValidationMessage> errors;
    try {
      errors = errors(file);
    } catch (java.nio.charset.MalformedInputException e) {
      errors = Set.of(new ValidationMessage.Builder().message("unreadable: not UTF-8").build());
    }
    boolean unreadable =
        errors.size() == 1
            && errors.iterator().next().getMessage() != null
            && (errors.iterator().next().getMessage().startsWith("unreadable: ")
                || errors.iterator().next().getMessage().startsWith("refused: "));
    org.junit.jupiter.api.Assumptions.assumeFalse(
        unreadable,
        name + ": YAML that is refused while reading, before" + " any schema or structure");

    assertThat(Cli.run("-f", file.toString(), "validate").exit()).as(name).isIn(0, 1);
    assertThat(errors)
        .as(
            "%s is not in STRUCTURAL, yet the schema flags it: list it there (validate must refuse "
                + "it for that reason too) or make the schema agree with validate",
            name)
        .isEmpty();
  }

  static Stream<String> otherCases() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/broken"))) {
      List<String> all =
          dirs.filter(d -> Files.isRegularFile(d.resolve("partnership.yaml")))
              .map(d -> d.getFileName().toString())
              .filter(n -> !STRUCTURAL.contains(n))
              .sorted()
              .toList();
      assertThat(all).as("broken cases besides the structural ones").isNotEmpty();
      return all.stream();
    }
  }

  @Test
  void theCommandPrintsTheSchemaAsIs() throws IOException {
    CliResult result = Cli.run("schema");

    assertThat(result.exit()).isZero();
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/partnership.schema.json")) {
      assertThat(result.out())
          .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(result.out())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  @Test
  void theSchemaNamesEveryKeyTheLoaderReads() throws IOException {
    String schema = Cli.run("schema").out();
    List<Set<String>> keySets =
        List.of(
            PartnershipBinder.ROOT_KEYS,
            PartnershipBinder.PARTNERSHIP_KEYS,
            PartnershipBinder.YEAR_KEYS,
            PartnershipBinder.TERM_KEYS,
            PartnershipBinder.SCHOOL_KEYS,
            PartnershipBinder.VENUE_KEYS,
            PartnershipBinder.MEETING_KEYS,
            PartnershipBinder.ATTENDEES_KEYS,
            PartnershipBinder.SCHEDULE_KEYS,
            PartnershipBinder.REVIEW_KEYS,
            PartnershipBinder.OVERRIDE_KEYS,
            PartnershipBinder.AGENDA_KEYS,
            PartnershipBinder.PLAN_KEYS,
            FairnessBinder.ABSENCE_KEYS,
            RosterReader.COLUMNS.keySet());
    for (Set<String> keys : keySets) {
      for (String key : keys) {
        assertThat(schema).as("schema property %s", key).contains("\"" + key + "\": {");
      }
    }
  }

  /**
   * Schema errors for the file, read as an editor would (YAML 1.2: `no` is text, `true`/`false`
   * booleans).
   */
  static Set<ValidationMessage> errors(Path file) throws IOException {
    Problems problems = new Problems();
    Node root = new YamlReader(file.toString(), problems).read(Files.readString(file));
    if (root == null) {
      // not YAML the tool reads at all (duplicate keys are refused while reading): no document to
      // check
      return Set.of(
          new ValidationMessage.Builder().message("unreadable: " + problems.ordered()).build());
    }
    if (problems.hasErrors()) {
      return Set.of(
          new ValidationMessage.Builder().message("refused: " + problems.ordered()).build());
    }
    return SCHEMA.validate(json(root));
  }

  static JsonNode json(Node node) {
    if (node instanceof Node.MapNode m) {
      ObjectNode o = JSON.objectNode();
      m.entries().forEach((k, e) -> o.set(k, json(e.value())));
      return o;
    }
    if (node instanceof Node.ListNode l) {
      var a = JSON.arrayNode();
      l.items().forEach(i -> a.add(json(i)));
      return a;
    }
    Node.Scalar s = (Node.Scalar) node;
    String lower = s.text().toLowerCase(Locale.ROOT);
    return switch (s.type()) {
      case NULL -> JSON.nullNode();
      case INTEGER -> JSON.numberNode(new BigInteger(s.text().replace("_", "")));
      case DECIMAL -> JSON.numberNode(new BigDecimal(s.text()));
      case BOOLEAN ->
          lower.equals("true") || lower.equals("false")
              ? JSON.booleanNode(lower.equals("true"))
              : JSON.textNode(s.text());
      case STRING -> JSON.textNode(s.text());
    };
  }
}
