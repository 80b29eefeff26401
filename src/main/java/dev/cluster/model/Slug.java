package dev.cluster.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How written names become ids: folded to ASCII, lower case, each run of other characters one
 * {@code -}.
 */
public final class Slug {
  private Slug() {}

  /**
   * {@code Class Teacher} → {@code class-teacher}, {@code Zoë's} → {@code zoe-s}; possibly empty.
   */
  public static String kebab(String written) {
    String ascii =
        isAscii(written)
            ? written // nothing to fold: the normaliser (slow to start) is not needed
            : Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String lower = ascii.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
