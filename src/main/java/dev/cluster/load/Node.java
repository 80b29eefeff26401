package dev.cluster.load;

import dev.cluster.model.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written, as read by {@link YamlReader}: the loader binds these
 * by hand so that every problem can name its line and column.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {
  /** Where the value starts. */
  Location location();

  /** What a user would call this kind of value, for "must be a list, not a text" messages. */
  String kind();

  /** A key of a mapping with where the key was written, and its value. */
  record Entry(String key, Location keyLocation, Node value) {}

  /** A mapping, keys in file order. */
  record MapNode(Location location, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
      return "a mapping";
    }

    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }
  }

  /** A sequence. */
  record ListNode(Location location, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar with its text exactly as written (so that YAML 1.1's {@code no} or {@code on} stay
   * text where text is wanted); {@code type} is what YAML 1.1 makes of it, as Jackson's YAML module
   * typed it ({@link YamlReader}).
   */
  record Scalar(Location location, String text, Type type) implements Node {
    /** How the YAML parser resolved the scalar. */
    enum Type {
      STRING,
      INTEGER,
      DECIMAL,
      BOOLEAN,
      NULL
    }

    @Override
    public String kind() {
      return switch (type) {
        case STRING -> "a text";
        case INTEGER, DECIMAL -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "empty";
      };
    }

    boolean isNull() {
      return type == Type.NULL;
    }
  }
}
