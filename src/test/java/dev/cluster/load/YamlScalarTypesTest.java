package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * {@link YamlReader} types a scalar (for "must be a number, not a text" messages, and for what is
 * empty) as Jackson's YAML module did when the loader read YAML through it: the same values, with
 * the same text, on generated scalars built from the characters that decide a YAML 1.1 type.
 */
class YamlScalarTypesTest {
  /** Built as the loader built its factory when it read YAML through Jackson. */
  private static final YAMLFactory JACKSON =
      YAMLFactory.builder().loaderOptions(new LoaderOptions()).build();

  /** Pieces of numbers, booleans, nulls, times and dates, joined at random. */
  private static final String[] PIECES = {
    "0", "1", "7", "9", "_", "-", "+", ".", ":", "e", "E", "x", "b", "o", "a", "F", "12", "08",
    "1e3", "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", ".inf", ".NaN",
    "2026", "-09-03", "16:00", " ", "0x1F", "0b101", "017", "1_000", "60:30", "<<", "=",
  };

  private static String scalar(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  /** Jackson's kind of the value of {@code k}, as {@link Node.Scalar.Type} names it. */
  private static String jackson(String yaml) throws IOException {
    try (JsonParser p = JACKSON.createParser(yaml)) {
      p.nextToken(); // START_OBJECT
      p.nextToken(); // FIELD_NAME
      JsonToken t = p.nextToken();
      String kind =
          switch (t) {
            case VALUE_STRING -> "STRING " + p.getText();
            case VALUE_NUMBER_INT -> "INTEGER " + p.getText();
            case VALUE_NUMBER_FLOAT -> "DECIMAL " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN " + p.getText();
            case VALUE_NULL -> "NULL ";
            default -> t.toString();
          };
      while (p.nextToken() != null) {
        // to the end: a syntax error after the value makes the whole document unreadable
      }
      return kind;
    } catch (IOException e) {
      return "error";
    }
  }

  private static String ours(String yaml) {
    Problems problems = new Problems();
    Node root = new YamlReader("t.yaml", problems).read(yaml);
    if (!(root instanceof Node.MapNode map) || !(map.get("k") instanceof Node.Scalar s)) {
      return "error";
    }
    return s.type() + " " + s.text();
  }

  @Test
  void aScalarIsTypedAsJacksonTypedIt() throws IOException {
    int checked = 0;
    for (int seed = 0; seed < 4000; seed++) {
      Random random = new Random(seed);
      String value = scalar(random);
      String yaml =
          switch (random.nextInt(4)) {
            case 0 -> "k: \"" + value + "\"\n";
            case 1 -> "k: '" + value + "'\n";
            default -> "k: " + value + "\n";
          };
      String expected = jackson(yaml);
      if (expected.equals("error")) {
        continue; // not YAML a scalar (`k: - 1`, `k: a: b`): the syntax-error tests cover those
      }
      checked++;
      assertThat(ours(yaml)).as("seed %d: %s", seed, yaml.strip()).isEqualTo(expected);
    }
    assertThat(checked).as("generated scalars that are YAML").isGreaterThan(3000);
  }

  @Test
  void theScalarsPartnershipFilesUseAreTypedAsJacksonTypedThem() throws IOException {
    String[] written = {
      "1",
      "2026-09-03",
      "\"09:30\"",
      "09:30",
      "16:00",
      "120",
      "1.5",
      "yes",
      "no",
      "on",
      "off",
      "",
      "~",
      "null",
      "Test Cluster",
      "Rhyl Primary School",
      "FS",
      "Y1",
      "2026-27",
      "0",
      "-1",
      "+3",
      "1_000",
      "0x1F",
      "017",
      "0b11",
      "08",
      "1e3",
      ".5",
      ".inf",
      "\"\"",
      "''",
    };
    for (String value : written) {
      String yaml = "k: " + value + "\n";
      assertThat(ours(yaml)).as(yaml.strip()).isEqualTo(jackson(yaml));
    }
  }
}
