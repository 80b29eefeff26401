package dev.cluster.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in the partnership's data, GJF-style: where, how bad, what. {@code detail}
 * holds the indented lines printed below it (source line, caret, hint).
 */
public record Diagnostic(Location location, Severity severity, String message, List<String> detail)
    implements Comparable<Diagnostic> {
  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    detail = List.copyOf(detail);
  }

  /** An error at a location. */
  public static Diagnostic error(Location at, String message) {
    return new Diagnostic(at, Severity.ERROR, message, List.of());
  }

  /** A warning at a location. */
  public static Diagnostic warning(Location at, String message) {
    return new Diagnostic(at, Severity.WARNING, message, List.of());
  }

  /** The same diagnostic with extra indented lines below it. */
  public Diagnostic withDetail(List<String> lines) {
    return new Diagnostic(location, severity, message, lines);
  }

  /** {@code FILE:LINE:COLUMN: error: MESSAGE} (or {@code FILE: error: MESSAGE} with no place). */
  public String headline() {
    return location + ": " + severity.word() + ": " + message;
  }

  /** The headline followed by the indented detail lines, newline-separated, no trailing newline. */
  public String format() {
    StringBuilder sb = new StringBuilder(headline());
    for (String line : detail) {
      sb.append('\n').append("    ").append(line);
    }
    return sb.toString();
  }

  /**
   * Orders by line then column; callers order files themselves (partnership.yaml, rosters, others).
   */
  @Override
  public int compareTo(Diagnostic o) {
    int c = Integer.compare(location.line(), o.location.line());
    return c != 0 ? c : Integer.compare(location.column(), o.location.column());
  }

  @Override
  public String toString() {
    return headline();
  }
}
