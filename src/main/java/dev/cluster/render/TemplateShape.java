package dev.cluster.render;

import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;

/**
 * A linear scan of a partnership's own template before Mustache compiles it: sections nested deeper
 * than {@link #MAX_DEPTH} (Mustache.java's compile time grows steeply with depth, and thousands of
 * levels overflow its stack) and partials ({@code {{> name}}}, which would read other files) are
 * errors at their line. Delimiter changes ({@code {{=<% %>=}}}) are followed.
 */
final class TemplateShape {
  /** Far deeper than any report needs (the built-in templates nest three levels). */
  static final int MAX_DEPTH = 16;

  private TemplateShape() {}

  static void check(String file, String text) {
    String open = "{{";
    String close = "}}";
    int depth = 0;
    int line = 1;
    int counted = 0;
    int i = 0;
    while (true) {
      int start = text.indexOf(open, i);
      if (start < 0) {
        return;
      }
      line += lines(text, counted, start);
      counted = start;
      int from = start + open.length();
      boolean triple = open.equals("{{") && text.startsWith("{", from);
      int end = text.indexOf(triple ? "}" + close : close, from);
      if (end < 0) {
        return; // Mustache itself reports the unclosed tag
      }
      String tag = text.substring(from + (triple ? 1 : 0), end).strip();
      i = end + close.length() + (triple ? 1 : 0);
      if (tag.isEmpty() || triple) {
        continue;
      }
      char kind = tag.charAt(0);
      if (kind == '#' || kind == '^') {
        if (++depth > MAX_DEPTH) {
          throw error(
              file,
              line,
              "sections are nested more than "
                  + MAX_DEPTH
                  + " deep here; no report needs "
                  + "that: close some `{{/...}}` sections first");
        }
      } else if (kind == '/') {
        depth = Math.max(0, depth - 1);
      } else if (kind == '>' || kind == '<' || kind == '$') {
        throw error(
            file,
            line,
            "partials are not supported (`{{"
                + kind
                + " ...}}` would read another file); "
                + "copy the text into this template instead");
      } else if (kind == '=' && tag.endsWith("=")) {
        String[] delimiters = tag.substring(1, tag.length() - 1).strip().split("\\s+");
        if (delimiters.length == 2) {
          open = delimiters[0];
          close = delimiters[1];
        }
      }
    }
  }

  private static int lines(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static DataException error(String file, int line, String message) {
    return new DataException(Diagnostic.error(new Location(file, line, 1), message));
  }
}
