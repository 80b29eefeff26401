package dev.cluster.load;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?" for a misspelt key or id: the closest candidate by edit distance, when close
 * enough.
 */
public final class Suggest {
  private Suggest() {}

  /** {@code "; did you mean `x`?"}, or {@code ""} when no candidate is close to {@code value}. */
  public static String didYouMean(String value, Collection<String> candidates) {
    String best = closest(value, candidates);
    return best == null ? "" : "; did you mean `" + best + "`?";
  }

  /**
   * The candidate nearest to {@code value} within a third of its length (at least 2 edits), else
   * one that {@code value} begins, or null.
   */
  static String closest(String value, Collection<String> candidates) {
    String v = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(v, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, v.length() / 3);
    if (best != null && bestDistance <= allowed && bestDistance < Math.max(v.length(), 1)) {
      return best;
    }
    // a shortened id (`gospel` for `gospel-oak`) is a likely slip too
    for (String c : candidates) {
      if (v.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(v)) {
        return c;
      }
    }
    return null;
  }

  /** Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
