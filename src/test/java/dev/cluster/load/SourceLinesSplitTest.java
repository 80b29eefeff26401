package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SourceLines#split} splits as {@code text.split("\r\n|\r|\n", -1)} did. */
class SourceLinesSplitTest {
  @Test
  void splitsAsTheRegularExpressionDidOnRandomText() {
    for (int seed = 0; seed < 2000; seed++) {
      Random random = new Random(seed);
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        s.append("a\r\n- ".charAt(random.nextInt(5)));
      }
      String text = s.toString();
      assertThat(SourceLines.split(text))
          .as("seed %d: %s", seed, text.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(text.split("\r\n|\r|\n", -1));
    }
  }
}
