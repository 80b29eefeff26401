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
    String ascii = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
