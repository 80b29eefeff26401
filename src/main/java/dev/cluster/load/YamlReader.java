package dev.cluster.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cluster.model.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text with Jackson's streaming parser into a tree of located {@link Node}s. Anchors,
 * aliases and merge keys are refused (Jackson does not expand them, so accepting them would
 * silently give wrong data), as is nesting deeper than {@link #MAX_DEPTH}.
 */
final class YamlReader {
  /**
   * Deeper than any real partnership.yaml needs (it uses five levels); stops pathological input
   * early.
   */
  static final int MAX_DEPTH = 32;

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().loaderOptions(loaderOptions()).build();

  private final String file;
  private final Problems problems;
  private YAMLParser parser;

  YamlReader(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    // the loader refuses files over 4 MB before parsing; let SnakeYAML read anything below that
    options.setCodePointLimit(8 * 1024 * 1024);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    return options;
  }

  /** The document's root, or null (with an error reported) when the text is not readable YAML. */
  Node read(String text) {
    if (!plainText(text) || !oneDocument(text)) {
      return null;
    }
    try (Reader reader = new StringReader(text);
        YAMLParser p = (YAMLParser) FACTORY.createParser(reader)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.error(new Location(file, 1, 1), "the file is empty; start it with `version: 1`");
        return null;
      }
      return value(first, 1);
    } catch (Refused r) {
      return null;
    } catch (JsonParseException e) {
      Location at = syntaxLocation(e);
      String indentation = indentationHint(e, text, at.line());
      problems.error(
          at,
          "YAML syntax error: "
              + (indentation != null
                  ? indentation
                  : syntaxMessage(e) + openQuote(text, at.line())));
      return null;
    } catch (IOException e) {
      problems.error(Location.of(file), "cannot read the file: " + e.getMessage());
      return null;
    }
  }

  /** Raw control characters are refused at their own line and column (SnakeYAML would say 1:1). */
  private boolean plainText(String text) {
    int bad = TextChecks.refused(text);
    if (bad < 0) {
      return true;
    }
    problems.error(
        TextChecks.at(file, text, bad), TextChecks.message(text.charAt(bad), "this line"));
    return false;
  }

  /**
   * A line {@code ---} or {@code ...} after the content starts would end the document there:
   * SnakeYAML would read only the first and everything below would be silently ignored. One
   * document only.
   */
  private boolean oneDocument(String text) {
    String[] lines = SourceLines.split(text);
    boolean content = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean marker = isDocumentMarker(line);
      if (marker && content && restHasContent(lines, i)) {
        problems.error(
            new Location(file, i + 1, 1),
            "`"
                + line.substring(0, 3)
                + "` ends the YAML document here, "
                + "so everything below it would be ignored; partnership.yaml is one document: delete this line");
        return false;
      }
      String t = line.strip();
      if (!marker && !t.isEmpty() && !t.startsWith("#") && !(t.startsWith("%") && !content)) {
        content = true;
      }
    }
    return true;
  }

  /**
   * {@code ---} or {@code ...}, alone or followed by a space or tab and text without a line break
   * (the regular expression {@code (---|\.\.\.)([ \t].*)?}, written out: it runs on every line).
   */
  static boolean isDocumentMarker(String line) {
    if (!(line.startsWith("---") || line.startsWith("..."))) {
      return false;
    }
    if (line.length() == 3) {
      return true;
    }
    if (line.charAt(3) != ' ' && line.charAt(3) != '\t') {
      return false;
    }
    for (int i = 4; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false; // what `.` does not match
      }
    }
    return true;
  }

  private static boolean restHasContent(String[] lines, int marker) {
    String after = lines[marker].substring(3).strip();
    if (!after.isEmpty() && !after.startsWith("#")) {
      return true;
    }
    for (int i = marker + 1; i < lines.length; i++) {
      String t = lines[i].strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Escapes (`"\e"`, `"\0"`, `"\ud800"`) can still make refused characters: report them at the
   * value.
   */
  private void checkEscapes(Location at, String value, String what) {
    int bad = TextChecks.refused(value);
    if (bad >= 0) {
      problems.error(at, TextChecks.message(value.charAt(bad), what));
    }
  }

  private Node value(JsonToken token, int depth) throws IOException {
    Location at = here();
    if (depth > MAX_DEPTH) {
      problems.error(
          at, "nesting deeper than " + MAX_DEPTH + " levels; partnership.yaml never needs that");
      throw new Refused();
    }
    refuseAnchorsAndAliases(at);
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node.Entry> entries = new LinkedHashMap<>();
          JsonToken t;
          while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            checkEscapes(keyAt, key, "this key");
            refuseAnchorsAndAliases(keyAt);
            if (parser.isCurrentAlias()) {
              problems.error(
                  keyAt,
                  "YAML aliases (`*" + key + "`) are not supported; write the value out in full");
              throw new Refused();
            }
            if ("<<".equals(key)) {
              problems.error(
                  keyAt, "YAML merge keys (`<<`) are not supported; write the keys out in full");
              throw new Refused();
            }
            Node v = value(parser.nextToken(), depth + 1);
            if (entries.containsKey(key)) {
              Location first = entries.get(key).keyLocation();
              problems.error(
                  keyAt,
                  "`"
                      + key
                      + "` is given twice in this mapping (first at line "
                      + first.line()
                      + "); keep one");
            } else {
              entries.put(key, new Node.Entry(key, keyAt, v));
            }
          }
          return new Node.MapNode(at, entries);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          JsonToken t;
          while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(t, depth + 1));
          }
          return new Node.ListNode(at, items);
        }
      case VALUE_STRING:
        checkEscapes(at, parser.getText(), "this value");
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.STRING);
      case VALUE_NUMBER_INT:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.DECIMAL);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.BOOLEAN);
      case VALUE_NULL:
        return new Node.Scalar(at, "", Node.Scalar.Type.NULL);
      default:
        // VALUE_EMBEDDED_OBJECT: a !!binary scalar; nothing in partnership.yaml is binary
        problems.error(at, "unsupported YAML value; write plain text");
        throw new Refused();
    }
  }

  private void refuseAnchorsAndAliases(Location at) throws IOException {
    if (parser.getTypeId() != null) {
      problems.error(
          at,
          "YAML tags (`"
              + shownTag(parser.getTypeId())
              + "`) are not supported; write plain text "
              + "without the tag");
      throw new Refused();
    }
    if (parser.isCurrentAlias()) {
      problems.error(
          at,
          "YAML aliases (`*"
              + parser.getText()
              + "`) are not supported; write the value out in full");
      throw new Refused();
    }
    if (parser.getObjectId() != null) {
      problems.error(
          at,
          "YAML anchors (`&"
              + parser.getObjectId()
              + "`) are not supported; write each value out in full");
      throw new Refused();
    }
  }

  private static String shownTag(String tag) {
    return tag.startsWith("tag:yaml.org,2002:")
        ? "!!" + tag.substring("tag:yaml.org,2002:".length())
        : tag.startsWith("!") ? tag : "!" + tag;
  }

  private Location here() {
    JsonLocation l = parser.currentTokenLocation();
    return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private Location syntaxLocation(JsonParseException e) {
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      // an unclosed quote is only noticed at the end of the file: point at where it opens
      var mark =
          isUnclosedQuote(m) && m.getContextMark() != null
              ? m.getContextMark()
              : m.getProblemMark();
      return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
    JsonLocation l = e.getLocation();
    return l == null || l.getLineNr() < 1
        ? new Location(file, 1, 1)
        : new Location(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  /**
   * A quote left open runs on to the next quote in the file, so SnakeYAML reports a later line:
   * name the first line before the error with an odd number of double quotes, if any.
   */
  private static String openQuote(String text, int errorLine) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < Math.min(errorLine - 1, lines.length); i++) {
      String line = lines[i].replace("\\\"", "");
      int hash = line.indexOf(" #");
      if (hash >= 0 && line.substring(0, hash).chars().filter(c -> c == '"').count() % 2 == 0) {
        line = line.substring(0, hash);
      }
      if (line.chars().filter(c -> c == '"').count() % 2 == 1) {
        return "; the quote opened on line " + (i + 1) + " may not be closed";
      }
    }
    return "";
  }

  private static boolean isUnclosedQuote(MarkedYAMLException m) {
    return m.getContext() != null
        && m.getContext().contains("quoted scalar")
        && m.getProblem() != null
        && m.getProblem().contains("end of stream");
  }

  private static String syntaxMessage(JsonParseException e) {
    if (e.getCause() instanceof MarkedYAMLException m) {
      String problem = m.getProblem() == null ? "" : m.getProblem();
      if (isUnclosedQuote(m)) {
        return "this quote is never closed; add the closing quote";
      }
      if (problem.contains("(TAB)")) {
        return "a tab character; indent with spaces, not tabs";
      }
      String context = m.getContext() == null ? "" : m.getContext();
      String text = context.isEmpty() ? problem : problem + " (" + context + ")";
      return text.replace('\n', ' ').trim() + hint(problem);
    }
    String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    if (message.contains("Expected a field name")) {
      return "a key must be a single plain value, not a list or mapping; write `key: value`";
    }
    if (message.contains("base64")) {
      return "binary values (`!!binary`) are not supported; write plain text";
    }
    // Jackson's and SnakeYAML's own words name Java classes, which mean nothing to a headteacher
    return message.matches(".*\\b(org|com|java)\\.[a-z]+\\..*")
        ? "this cannot be read as YAML; check the " + "indentation and quotes"
        : message;
  }

  /**
   * SnakeYAML's words for a key indented one step too far or too short ("mapping values are not
   * allowed here", "expected <block end>") mean nothing to a headteacher: where the line's
   * indentation differs from the line above, say that instead. Null when it does not apply.
   */
  private static String indentationHint(JsonParseException e, String text, int line) {
    if (!(e.getCause() instanceof MarkedYAMLException m)
        || m.getProblem() == null
        || !(m.getProblem().contains("mapping values are not allowed")
            || m.getProblem().contains("expected <block end>"))) {
      return null;
    }
    String[] lines = text.split("\\R", -1);
    if (line < 2 || line > lines.length) {
      return null;
    }
    int here = indent(lines[line - 1]);
    for (int i = line - 2; i >= 0; i--) {
      String above = lines[i];
      if (above.isBlank() || above.trim().startsWith("#")) {
        continue;
      }
      int there = indent(above);
      if (here == there || above.trim().startsWith("- ") && here == there + 2) {
        return null;
      }
      return "this line is indented "
          + (here > there ? "more" : "less")
          + " than the line above ("
          + spaces(here)
          + " against "
          + there
          + "); keys of the same entry must line up exactly, in spaces";
    }
    return null;
  }

  private static String spaces(int n) {
    return n + (n == 1 ? " space" : " spaces");
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static String hint(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "; put text containing `: ` in quotes";
    }
    if (problem.contains("expected <block end>") || problem.contains("could not find expected")) {
      return "; check the indentation and quotes";
    }
    return "";
  }

  /** Thrown once a refused construct has been reported: the rest of the document is not read. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }
}
