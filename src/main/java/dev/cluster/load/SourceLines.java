package dev.cluster.load;

import dev.cluster.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the source line and a caret under each diagnostic located in partnership.yaml, GJF-style.
 */
final class SourceLines {
  /** The most of a source line shown under a diagnostic. */
  static final int WIDTH = 120;

  private SourceLines() {}

  /**
   * The lines of {@code text}, split at {@code \r\n}, {@code \r} and {@code \n} (a last empty one
   * kept), without a regular expression: this runs on every file at start-up.
   */
  static String[] split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(String[]::new);
  }

  static List<Diagnostic> attach(List<Diagnostic> diagnostics, String file, String text) {
    if (text == null) {
      return diagnostics;
    }
    String[] lines = split(text);
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      int line = d.location().line();
      if (d.location().file().equals(file)
          && line > 0
          && line <= lines.length
          && d.detail().isEmpty()) {
        String source = TextChecks.printable(lines[line - 1]);
        int column = Math.max(1, Math.min(d.location().column(), source.length() + 1));
        if (source.length() > WIDTH) {
          // a CI log is public and a terminal is no place for a megabyte: show the part around the
          // column
          int from = Math.max(0, Math.min(column - 1 - WIDTH / 2, source.length() - WIDTH));
          source =
              (from > 0 ? "..." : "")
                  + source.substring(from, from + WIDTH)
                  + (from + WIDTH < source.length() ? "..." : "");
          column = column - from + (from > 0 ? 3 : 0);
        }
        out.add(d.withDetail(List.of(source, " ".repeat(column - 1) + "^")));
      } else {
        out.add(d);
      }
    }
    return out;
  }
}
