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

  static List<Diagnostic> attach(List<Diagnostic> diagnostics, String file, String text) {
    if (text == null) {
      return diagnostics;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
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
