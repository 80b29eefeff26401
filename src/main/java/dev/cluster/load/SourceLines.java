package dev.cluster.load;

import dev.cluster.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Adds the source line and a caret under each diagnostic located in partnership.yaml, GJF-style. */
final class SourceLines {
  private SourceLines() {}

  static List<Diagnostic> attach(List<Diagnostic> diagnostics, String file, String text) {
    if (text == null) {
      return diagnostics;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      int line = d.location().line();
      if (d.location().file().equals(file) && line > 0 && line <= lines.length && d.detail().isEmpty()) {
        String source = lines[line - 1].replace('\t', ' ');
        int column = Math.max(1, Math.min(d.location().column(), source.length() + 1));
        out.add(d.withDetail(List.of(source, " ".repeat(column - 1) + "^")));
      } else {
        out.add(d);
      }
    }
    return out;
  }
}
