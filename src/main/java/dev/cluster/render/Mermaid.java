package dev.cluster.render;

/**
 * Escaping of text from the partnership's data for a Mermaid diagram inside a fenced block, where
 * Markdown escaping does not apply: Mermaid reads {@code :} as the start of a task's data, {@code
 * #} as an entity, {@code ;} as a statement end, {@code %%} as a comment, {@code {}} as a directive
 * or an accessibility block, a keyword or a date at the start of a statement as syntax, and a line
 * break would end the statement. Checked against Mermaid 11's own parser ({@code
 * MermaidParserTest}).
 */
public final class Mermaid {
  private static final java.util.Set<String> KEYWORDS =
      java.util.Set.of(
          "gantt",
          "title",
          "section",
          "dateformat",
          "axisformat",
          "tickinterval",
          "excludes",
          "includes",
          "todaymarker",
          "weekday",
          "weekend",
          "click",
          "acctitle",
          "accdescr",
          "inclusiveenddates",
          "topaxis",
          "displaymode",
          "end",
          "vert");

  private static final java.util.regex.Pattern DATE_FIRST =
      java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d");

  private Mermaid() {}

  /**
   * {@code text} with every character Mermaid could read as syntax replaced, on one line, trimmed.
   */
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
        case '<', '{' -> sb.append('(');
        case '>', '}' -> sb.append(')');
        // `%%` starts a comment or a directive anywhere on a line (and Mermaid 11 drops a task
        // after a lone
        // `%`): the full-width percent sign looks the same and means nothing to Mermaid
        case '%' -> sb.append('\uFF05');
        default -> sb.append(c);
      }
    }
    String s = sb.toString().replaceAll(" {2,}", " ").trim();
    if (s.isEmpty()) {
      return "-";
    }
    // Mermaid's lexer reads a keyword at the start of a statement even inside a word (`Gantt's
    // School`,
    // `topAxis-School`), and a date there as data: in brackets, the statement is plain text
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    boolean keyword = KEYWORDS.stream().anyMatch(lower::startsWith);
    return keyword || DATE_FIRST.matcher(s).lookingAt() ? "(" + s + ")" : s;
  }
}
