package dev.cluster.report;

/**
 * Finds e-mail addresses in any script in one pass (linear in the text: a regular expression with a
 * repeated local part is quadratic on a long word without {@code @}). An address is a local part,
 * an at sign ({@code @}, the full-width {@code ＠} or the small {@code ﹫}) and a domain: letters and
 * digits of any script with {@code . - _}, or an address literal in brackets ({@code
 * dave@[10.0.0.1]}). A domain needs no dot ({@code bob@localhost}); case does not matter.
 */
public final class Emails {
  private Emails() {}

  /** {@code text} with every address replaced by {@code replacement}. */
  public static String replace(String text, String replacement) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isAt(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (start > copied && isLocal(text.charAt(start - 1))) {
        start--;
      }
      int end = domainEnd(text, i + 1);
      if (start == i || end == i + 1) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, start).append(replacement);
      copied = end;
      i = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** Whether {@code text} holds an address. */
  public static boolean contains(String text) {
    return !replace(text, "").equals(text);
  }

  private static boolean isAt(char c) {
    return c == '@' || c == '\uFF20' || c == '\uFE6B';
  }

  private static boolean isLocal(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0
        || c >= '\uFF01' && c <= '\uFF5E' && !isAt(c);
  }

  private static boolean isDomain(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '.'
        || c == '-'
        || c == '_'
        || c == '\uFF0E'
        || c == '\u3002';
  }

  /** The end of the domain starting at {@code from} ({@code from} itself when there is none). */
  private static int domainEnd(String text, int from) {
    if (from < text.length() && text.charAt(from) == '[') {
      for (int j = from + 1; j < text.length() && j - from < 64; j++) {
        char c = text.charAt(j);
        if (c == ']') {
          return j > from + 1 ? j + 1 : from;
        }
        if (!isDomain(c) && c != ':') {
          return from;
        }
      }
      return from;
    }
    int end = from;
    while (end < text.length() && isDomain(text.charAt(end))) {
      end++;
    }
    while (end > from && ".-_\uFF0E\u3002".indexOf(text.charAt(end - 1)) >= 0) {
      end--; // a full stop after an address ends the sentence
    }
    return end;
  }
}
