package dev.cluster.load;

import dev.cluster.model.IsoDate;
import dev.cluster.model.Location;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reads of the located YAML tree: each returns null (after reporting why, naming the value
 * and the fix) when the value is missing or of the wrong type, so binding carries on and every
 * problem is found in one run.
 */
final class Fields {
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final Problems problems;

  /** The unknown keys reported per mapping (identity: two equal mappings are still two places). */
  private final java.util.Map<Node.MapNode, Set<String>> unknownKeys =
      new java.util.IdentityHashMap<>();

  Fields(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /**
   * Reports every key of {@code map} that is not {@code allowed}, suggesting the nearest allowed
   * key.
   */
  void keys(Node.MapNode map, String where, Set<String> allowed) {
    for (Node.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        unknownKeys.computeIfAbsent(map, m -> new java.util.HashSet<>()).add(e.key());
        String hint = Suggest.didYouMean(e.key(), allowed);
        if (hint.isEmpty()) {
          hint = "; the keys of " + where + " are " + String.join(", ", sorted(allowed));
        }
        problems.error(e.keyLocation(), "unknown key `" + e.key() + "` in " + where + hint);
      }
    }
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  /** {@code node} as a mapping, or null (reported) when it is something else. */
  Node.MapNode map(Node node, String what) {
    if (node instanceof Node.MapNode m) {
      return m;
    }
    if (node != null) {
      problems.error(
          node.location(),
          what + " must be a mapping of `key: value` lines, not " + describe(node));
    }
    return null;
  }

  /** {@code node} as a list (null node: empty), or null (reported) when it is something else. */
  List<Node> list(Node node, String what) {
    if (node == null || node instanceof Node.Scalar s && s.isNull()) {
      return List.of();
    }
    if (node instanceof Node.ListNode l) {
      return l.items();
    }
    problems.error(
        node.location(),
        what + " must be a list (`- item` lines or `[a, b]`), not " + describe(node));
    return null;
  }

  static String describe(Node node) {
    if (node instanceof Node.Scalar s) {
      return s.isNull() ? "empty" : s.kind() + " (`" + s.text() + "`)";
    }
    return node.kind();
  }

  /** The value of {@code key}, or null when it is absent or written empty. */
  static Node value(Node.MapNode map, String key) {
    Node n = map.get(key);
    return n instanceof Node.Scalar s && s.isNull() ? null : n;
  }

  /** Reports that {@code key} is missing from {@code map} (described as {@code where}). */
  void missing(Node.MapNode map, String key, String where, String example) {
    // `weekdya: thursday` is already reported as an unknown key with "did you mean `weekday`?":
    // saying
    // that `weekday` is missing as well would only send the reader to the wrong fix.
    for (String unknown : unknownKeys.getOrDefault(map, Set.of())) {
      if (Suggest.closest(unknown, Set.of(key)) != null) {
        return;
      }
    }
    Node.Entry e = map.entries().get(key);
    Location at = e != null ? e.keyLocation() : map.location();
    problems.error(at, where + " has no `" + key + "`; add `" + key + ": " + example + "`");
  }

  /**
   * A scalar's text as written (so {@code no} stays text); null when absent; reported when not a
   * scalar.
   */
  String text(Node.MapNode map, String key, String where) {
    Node n = value(map, key);
    if (n == null) {
      return null;
    }
    return text(n, "`" + key + "` in " + where);
  }

  String text(Node n, String what) {
    if (n instanceof Node.Scalar s) {
      return s.isNull() ? null : s.text();
    }
    problems.error(n.location(), what + " must be a single value, not " + n.kind());
    return null;
  }

  String requiredText(Node.MapNode map, String key, String where, String example) {
    String t = text(map, key, where);
    if (t == null && value(map, key) == null) {
      missing(map, key, where, example);
    } else if (t != null && t.isBlank()) {
      problems.error(
          map.get(key).location(),
          "`" + key + "` in " + where + " is blank; add `" + key + ": " + example + "`");
      return null;
    }
    return t;
  }

  /** An id matching {@code [a-z0-9][a-z0-9-]*}; reported otherwise. */
  String id(Node.MapNode map, String key, String where, String example) {
    String t = requiredText(map, key, where, example);
    if (t != null && !Names.ID.matcher(t).matches()) {
      String fix = Names.kebab(t);
      problems.error(
          map.get(key).location(),
          "id `"
              + t
              + "` must be lower-case letters, digits and `-`"
              + (fix.isEmpty() || !Names.ID.matcher(fix).matches() ? "" : "; write `" + fix + "`"));
      return null;
    }
    return t;
  }

  LocalDate date(Node.MapNode map, String key, String where) {
    Node n = value(map, key);
    return n == null ? null : date(n, "`" + key + "` in " + where);
  }

  LocalDate date(Node n, String what) {
    String t = text(n, what);
    if (t == null) {
      return null;
    }
    try {
      return IsoDate.parse(t.trim());
    } catch (DateTimeException e) {
      if (DATE_SHAPE.matcher(t.trim()).matches()) {
        problems.error(
            n.location(), "there is no day `" + t + "` (" + what + "); check the month and day");
      } else {
        problems.error(
            n.location(),
            "`"
                + t
                + "` ("
                + what
                + ") is not a date; write it as YYYY-MM-DD, for "
                + "example 2026-09-02");
      }
      return null;
    }
  }

  LocalDate requiredDate(Node.MapNode map, String key, String where) {
    if (value(map, key) == null) {
      missing(map, key, where, "YYYY-MM-DD");
      return null;
    }
    return date(map, key, where);
  }

  /** A whole number at least {@code min}; null when absent. */
  Integer integer(Node.MapNode map, String key, String where, int min) {
    Node n = value(map, key);
    return n == null ? null : integer(n, "`" + key + "` in " + where, min);
  }

  Integer integer(Node n, String what, int min) {
    String t = text(n, what);
    if (t == null) {
      return null;
    }
    int v;
    try {
      v = Integer.parseInt(t.trim());
    } catch (NumberFormatException e) {
      problems.error(n.location(), what + " must be a whole number, not `" + t + "`");
      return null;
    }
    if (v < min) {
      problems.error(n.location(), what + " must be at least " + min + ", not " + v);
      return null;
    }
    return v;
  }

  /**
   * The text under {@code key} with where it stands; null when absent or not a single value
   * (reported).
   */
  private Located scalar(Node.MapNode map, String key, String where) {
    Node n = value(map, key);
    String t = n == null ? null : text(n, "`" + key + "` in " + where);
    return t == null ? null : new Located(t, n.location());
  }

  /** {@code true}/{@code false} (YAML 1.1's yes/no/on/off are accepted too); null when absent. */
  Boolean bool(Node.MapNode map, String key, String where) {
    Located v = scalar(map, key, where);
    if (v == null) {
      return null;
    }
    String t = v.text();
    switch (t.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on":
        return true;
      case "false", "no", "off":
        return false;
      default:
        problems.error(
            v.location(), "`" + key + "` in " + where + " must be true or false, not `" + t + "`");
        return null;
    }
  }

  /** {@code HH:MM} (24-hour); null when absent. */
  LocalTime time(Node.MapNode map, String key, String where) {
    Located v = scalar(map, key, where);
    if (v == null) {
      return null;
    }
    String t = v.text();
    var m = TIME.matcher(t.trim());
    if (!m.matches()) {
      problems.error(
          v.location(),
          "`"
              + key
              + "` in "
              + where
              + " is `"
              + t
              + "`; write a 24-hour time as HH:MM in quotes, for example \"09:30\"");
      return null;
    }
    return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  DayOfWeek weekday(Node.MapNode map, String key, String where) {
    if (value(map, key) == null) {
      missing(map, key, where, "tuesday");
      return null;
    }
    Located v = scalar(map, key, where);
    return v == null ? null : weekday(v, where);
  }

  /** A weekday written as {@code tuesday} (or {@code tue}, any case), or null (reported). */
  DayOfWeek weekday(Located v, String where) {
    String t = v.text();
    String w = t.trim().toLowerCase(Locale.ROOT);
    for (int i = 0; i < WEEKDAYS.size(); i++) {
      if (WEEKDAYS.get(i).equals(w) || (w.length() >= 3 && WEEKDAYS.get(i).startsWith(w))) {
        return DayOfWeek.of(i + 1);
      }
    }
    problems.error(v.location(), "unknown weekday `" + t + "` in " + where + oneOf(t, WEEKDAYS));
    return null;
  }

  /** One of {@code allowed} (case-insensitive), or null (reported); null when absent. */
  String choice(Node.MapNode map, String key, String where, List<String> allowed) {
    Located v = scalar(map, key, where);
    if (v == null) {
      return null;
    }
    String t = v.text();
    String chosen = t.trim().toLowerCase(Locale.ROOT);
    if (allowed.contains(chosen)) {
      return chosen;
    }
    problems.error(v.location(), "unknown " + key + " `" + t + "` in " + where + oneOf(t, allowed));
    return null;
  }

  /** {@code "; did you mean `x`?"} or {@code "; use one of a, b, c"}. */
  static String oneOf(String value, List<String> allowed) {
    String hint = Suggest.didYouMean(value, allowed);
    return hint.isEmpty() ? "; use one of " + String.join(", ", allowed) : hint;
  }

  /**
   * A list of texts; a single text is taken as a list of one. Null entries are reported and
   * dropped.
   */
  List<Located> texts(Node.MapNode map, String key, String where) {
    Node n = value(map, key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof Node.Scalar s) {
      return List.of(new Located(s.text(), s.location()));
    }
    List<Node> items = list(n, "`" + key + "` in " + where);
    if (items == null) {
      return List.of();
    }
    List<Located> out = new ArrayList<>();
    for (Node item : items) {
      String t = text(item, "an item of `" + key + "` in " + where);
      if (t != null && !t.isBlank()) {
        out.add(new Located(t.trim(), item.location()));
      }
    }
    return out;
  }

  /** A text with where it was written. */
  record Located(String text, Location location) {}
}
