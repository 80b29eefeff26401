package dev.cluster.render;

/**
 * Escaping of text from the partnership's data for a Mermaid diagram inside a fenced block, where Markdown
 * escaping does not apply: Mermaid reads {@code :} as the start of a task's data, {@code #} as an entity and
 * {@code ;} as a statement end, and a line break would end the statement.
 */
public final class Mermaid {
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
      "gantt", "title", "section", "dateformat", "axisformat", "tickinterval", "excludes", "includes",
      "todaymarker", "weekday", "weekend", "click", "acctitle", "accdescr", "inclusiveenddates",
      "topaxis", "displaymode", "end");

  private Mermaid() {}

  /** {@code text} with every character Mermaid could read as syntax replaced, on one line, trimmed. */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ':', ';', '#', '\r', '\n', '\t' -> sb.append(' ');
        // a fence inside the block would close it; angle brackets could reach Mermaid's HTML labels
        case '`' -> sb.append('\'');
        case '<' -> sb.append('(');
        case '>' -> sb.append(')');
        default -> sb.append(c);
      }
    }
    String s = sb.toString().replace("%%", "%").replaceAll(" {2,}", " ").trim();
    if (s.isEmpty()) {
      return "-";
    }
    // a statement that starts with a keyword would be read as that keyword, not as a task title
    String first = s.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return KEYWORDS.contains(first) ? "(" + s + ")" : s;
  }
}
