package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The YAML document-marker check and the CSV header rule are written by hand for start-up time:
 * they must decide as the regular expressions they replaced, on any text.
 */
class HandWrittenMatchersTest {
  private static final String ALPHABET = "-. \t\u000Ba_Zé\u0085\u2028\u2029\u00A0x";

  private static String random(Random random, String prefix) {
    StringBuilder s = new StringBuilder(prefix);
    for (int i = random.nextInt(7); i > 0; i--) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @Test
  void aDocumentMarkerIsWhatTheRegularExpressionMatched() {
    String[] starts = {"", "---", "...", "--", "-- -"};
    for (int seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      String line = random(random, starts[random.nextInt(starts.length)]);
      assertThat(YamlReader.isDocumentMarker(line))
          .as("seed %d: %s", seed, line.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(line.matches("(---|\\.\\.\\.)([ \t].*)?"));
    }
  }

  @Test
  void aHeaderIsComparedAsTheRegularExpressionComparedIt() {
    for (int seed = 0; seed < 3000; seed++) {
      String written = random(new Random(seed), "");
      assertThat(Names.header(written))
          .as("seed %d: %s", seed, written.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", ""));
    }
  }
}
