package dev.cluster.load;

import dev.cluster.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text with SnakeYAML's event parser into a tree of located {@link Node}s. Anchors,
 * aliases, tags and merge keys are refused (nothing expands them, so accepting them would silently
 * give wrong data), as is nesting deeper than {@link #MAX_DEPTH}.
 *
 * <p>SnakeYAML is the parser Jackson's YAML module wraps; it is used directly because Jackson's
 * parser classes cost the start-up of every command tens of milliseconds (README, "Performance"). A
 * scalar is typed as Jackson's YAML module typed it (YAML 1.1's implicit types, with {@code 16:00}
 * and other base-60 numbers kept as text), so every message is worded as before.
 */
final class YamlReader {
  /**
   * Deeper than any real partnership.yaml needs (it uses five levels); stops pathological input
   * early.
   */
  static final int MAX_DEPTH = 32;

  private static final LoaderOptions OPTIONS = loaderOptions();

  /** YAML 1.1's implicit types; read-only once made, so one serves every file and thread. */
  private static final Resolver RESOLVER = new Resolver();

  private final String file;
  private final Problems problems;
  private Parser parser;
  private String text;
  private Event last;

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
    this.text = text;
    parser = new ParserImpl(new StreamReader(text), OPTIONS);
    try {
      Event first = next();
      if (first.is(Event.ID.StreamEnd)) {
        problems.error(new Location(file, 1, 1), "the file is empty; start it with `version: 1`");
        return null;
      }
      return value(first, 1);
    } catch (Refused r) {
      return null;
    } catch (MarkedYAMLException e) {
      Location at = syntaxLocation(e);
      String indentation = indentationHint(e, text, at.line());
      problems.error(
          at,
          "YAML syntax error: "
              + (indentation != null
                  ? indentation
                  : syntaxMessage(e) + openQuote(text, at.line())));
      return null;
    } catch (YAMLException | NumberFormatException e) {
      // a problem SnakeYAML gives no place for (a limit, or an escape it cannot decode): where it
      // stopped reading
      Location at = last == null ? new Location(file, 1, 1) : at(last.getEndMark());
      String words = e instanceof YAMLException ? firstLine(e.getMessage()) : "";
      problems.error(
          at,
          "YAML syntax error: "
              + (words.isEmpty() || namesJavaClasses(words) ? UNREADABLE : words)
              + openQuote(text, at.line()));
      return null;
    }
  }

  private static final String UNREADABLE =
      "this cannot be read as YAML; check the indentation and quotes";

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").trim();
  }

  /** SnakeYAML's own words can name Java classes, which mean nothing to a headteacher. */
  private static boolean namesJavaClasses(String words) {
    return words.matches(".*\\b(org|com|java)\\.[a-z]+\\..*");
  }

  /** The next event that stands for a value or ends one: stream and document starts are skipped. */
  private Event next() {
    Event e;
    do {
      e = parser.getEvent();
      last = e;
    } while (e.is(Event.ID.StreamStart)
        || e.is(Event.ID.DocumentStart)
        || e.is(Event.ID.DocumentEnd));
    return e;
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

  private Node value(Event event, int depth) {
    Location at = at(event.getStartMark());
    if (depth > MAX_DEPTH) {
      problems.error(
          at, "nesting deeper than " + MAX_DEPTH + " levels; partnership.yaml never needs that");
      throw new Refused();
    }
    refuseAnchorsAndAliases(event, at);
    if (event.is(Event.ID.MappingStart)) {
      Map<String, Node.Entry> entries = new LinkedHashMap<>();
      Event k;
      while (!(k = next()).is(Event.ID.MappingEnd)) {
        if (!(k instanceof ScalarEvent keyEvent)) {
          // where the list or mapping used as a key opens, as Jackson's YAML module reported it
          Location keyAt = at(k.getEndMark());
          problems.error(
              keyAt,
              "YAML syntax error: a key must be a single plain value, not a list or mapping; "
                  + "write `key: value`"
                  + openQuote(text, keyAt.line()));
          throw new Refused();
        }
        String key = keyEvent.getValue();
        Location keyAt = at(keyEvent.getStartMark());
        checkEscapes(keyAt, key, "this key");
        refuseAnchorsAndAliases(keyEvent, keyAt);
        if ("<<".equals(key)) {
          problems.error(
              keyAt, "YAML merge keys (`<<`) are not supported; write the keys out in full");
          throw new Refused();
        }
        Node v = value(next(), depth + 1);
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
    if (event.is(Event.ID.SequenceStart)) {
      List<Node> items = new ArrayList<>();
      Event item;
      while (!(item = next()).is(Event.ID.SequenceEnd)) {
        items.add(value(item, depth + 1));
      }
      return new Node.ListNode(at, items);
    }
    ScalarEvent scalar = (ScalarEvent) event;
    Node.Scalar.Type type = type(scalar);
    if (type == Node.Scalar.Type.STRING) {
      checkEscapes(at, scalar.getValue(), "this value");
    }
    return new Node.Scalar(at, type == Node.Scalar.Type.NULL ? "" : scalar.getValue(), type);
  }

  /**
   * What Jackson's YAML module made of an untagged scalar: SnakeYAML's YAML 1.1 resolution (so
   * {@code yes}, {@code off}, {@code ~} and {@code null} are true/false and empty), except that
   * nothing at all ({@code key:}) is empty text, and an integer it could not read in base 2, 8, 10
   * or 16 ({@code 16:00}, base 60) stays text.
   */
  private static Node.Scalar.Type type(ScalarEvent scalar) {
    String v = scalar.getValue();
    if (v.isEmpty()) {
      return Node.Scalar.Type.STRING;
    }
    Tag tag = RESOLVER.resolve(NodeId.scalar, v, scalar.getImplicit().canOmitTagInPlainScalar());
    if (tag.equals(Tag.INT)) {
      return isReadableInteger(v) ? Node.Scalar.Type.INTEGER : Node.Scalar.Type.STRING;
    }
    if (tag.equals(Tag.FLOAT)) {
      return Node.Scalar.Type.DECIMAL;
    }
    if (tag.equals(Tag.BOOL)) {
      return Node.Scalar.Type.BOOLEAN;
    }
    return tag.equals(Tag.NULL) ? Node.Scalar.Type.NULL : Node.Scalar.Type.STRING;
  }

  /**
   * A sign, then {@code 0}, {@code 0b…}, {@code 0x…}, {@code 0…} (octal) or digits and {@code _}.
   */
  private static boolean isReadableInteger(String v) {
    int i = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
    if (i == v.length()) {
      return false;
    }
    if (v.charAt(i) == '0') {
      return i + 1 == v.length() || "bBxX0123456789_".indexOf(v.charAt(i + 1)) >= 0;
    }
    for (; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c < '0' || c > '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private void refuseAnchorsAndAliases(Event event, Location at) {
    String tag =
        event instanceof ScalarEvent s
            ? s.getTag()
            : event instanceof CollectionStartEvent c ? c.getTag() : null;
    if (tag != null) {
      problems.error(
          at,
          "YAML tags (`"
              + shownTag(tag)
              + "`) are not supported; write plain text "
              + "without the tag");
      throw new Refused();
    }
    if (event instanceof AliasEvent alias) {
      problems.error(
          at,
          "YAML aliases (`*"
              + alias.getAnchor()
              + "`) are not supported; write the value out in full");
      throw new Refused();
    }
    if (event instanceof NodeEvent node && node.getAnchor() != null) {
      problems.error(
          at,
          "YAML anchors (`&"
              + node.getAnchor()
              + "`) are not supported; write each value out in full");
      throw new Refused();
    }
  }

  /** A tag as it was written: {@code !!str} for YAML's own, {@code !foo} for a local one. */
  private static String shownTag(String tag) {
    String t = tag;
    while (t.startsWith("!")) {
      t = t.substring(1);
    }
    return t.startsWith("tag:yaml.org,2002:")
        ? "!!" + t.substring("tag:yaml.org,2002:".length())
        : "!" + t;
  }

  private Location at(Mark mark) {
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private Location syntaxLocation(MarkedYAMLException m) {
    // an unclosed quote or bracket is only noticed further on (often at the end of the file):
    // point at where it opens
    Mark mark =
        (isUnclosedQuote(m) || unclosedBracket(m) != null) && m.getContextMark() != null
            ? m.getContextMark()
            : m.getProblemMark();
    return mark == null ? new Location(file, 1, 1) : at(mark);
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

  /**
   * The bracket a value opened with {@code [} or <code>{</code> needs when SnakeYAML found the list
   * or mapping not closed where expected ("expected ',' or ']'"), else null. Such a value is most
   * often text that starts with a bracket, or a list whose closing bracket was left out.
   */
  private static String unclosedBracket(MarkedYAMLException m) {
    String context = m.getContext() == null ? "" : m.getContext();
    String problem = m.getProblem() == null ? "" : m.getProblem();
    if (context.contains("flow sequence") && problem.contains("']'")) {
      return "]";
    }
    if (context.contains("flow mapping") && problem.contains("'}'")) {
      return "}";
    }
    return null;
  }

  private static String syntaxMessage(MarkedYAMLException m) {
    String problem = m.getProblem() == null ? "" : m.getProblem();
    if (isUnclosedQuote(m)) {
      return "this quote is never closed; add the closing quote";
    }
    String close = unclosedBracket(m);
    if (close != null) {
      Mark end = m.getProblemMark();
      return "this "
          + ("]".equals(close) ? "list" : "mapping")
          + " in brackets is not closed"
          + (end == null || problem.contains("<stream end>")
              ? ""
              : " before line " + (end.getLine() + 1) + ", column " + (end.getColumn() + 1))
          + "; end it with `"
          + close
          + "` (items separated by commas), or put the whole value in quotes if the bracket is"
          + " part of the text";
    }
    if (problem.contains("(TAB)")) {
      return "a tab character; indent with spaces, not tabs";
    }
    String context = m.getContext() == null ? "" : m.getContext();
    String text = context.isEmpty() ? problem : problem + " (" + context + ")";
    return text.replace('\n', ' ').trim() + hint(problem);
  }

  /**
   * SnakeYAML's words for a key indented one step too far or too short ("mapping values are not
   * allowed here", "expected <block end>") mean nothing to a headteacher: where the line's
   * indentation differs from the line above, say that instead. Null when it does not apply.
   */
  private static String indentationHint(MarkedYAMLException m, String text, int line) {
    if (m.getProblem() == null
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
