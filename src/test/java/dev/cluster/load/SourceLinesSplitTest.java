package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceLines#split} splits as {@code text.split("\r\n|\r|\n", -1)} did, and {@link
 * RecordReader#lines} (minutes) as {@code text.split("\r?\n", -1)} did.
 */
class SourceLinesSplitTest {
  @Test
  void splitsAsTheRegularExpressionDidOnRandomText() {
    for (int seed = 0; seed < 2000; seed++) {
      String text = randomText(seed);
      assertThat(SourceLines.split(text))
          .as("seed %d: %s", seed, shown(text))
          .containsExactly(text.split("\r\n|\r|\n", -1));
    }
  }

  @Test
  void minutesLinesSplitAsTheirRegularExpressionDidOnRandomText() {
    for (int seed = 0; seed < 2000; seed++) {
      String text = randomText(seed);
      assertThat(RecordReader.lines(text))
          .as("seed %d: %s", seed, shown(text))
          .containsExactly(text.split("\r?\n", -1));
    }
  }

  /** Up to nine characters of text, line breaks of every kind among them. */
  private static String randomText(int seed) {
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(10); i > 0; i--) {
      s.append("a\r\n- ".charAt(random.nextInt(5)));
    }
    return s.toString();
  }

  private static String shown(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }
}
