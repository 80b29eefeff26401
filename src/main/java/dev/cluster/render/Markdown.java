package dev.cluster.render;

/** Escaping of text from the partnership's data for GitHub-flavoured Markdown. */
public final class Markdown {
  private Markdown() {}

  /**
   * Makes {@code text} inert inline Markdown: characters that start markup are backslash-escaped,
   * {@code <} and {@code >} become entities (so no HTML can be injected), {@code |} is escaped so a
   * table cell cannot be split, and line breaks become spaces so a table row cannot be broken.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          sb.append(' ');
        }
        case '\n' -> sb.append(' ');
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
