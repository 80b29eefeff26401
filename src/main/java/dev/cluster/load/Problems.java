package dev.cluster.load;

import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every problem found while loading, kept per file so that they come out in SPEC order: files in
 * the order they were {@linkplain #file registered} (partnership.yaml, rosters in school order,
 * other files), and within a file by line and column.
 */
final class Problems {
  private final Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
  private final Set<Diagnostic> seen = new HashSet<>();
  private final Set<String> workbooks = new HashSet<>();
  private boolean errors;

  /**
   * Marks {@code file} as an Excel workbook: its problems at a row and column also name the cell
   * ({@code B7}).
   */
  void workbook(String file) {
    workbooks.add(file);
  }

  /** Reserves {@code file}'s place in the report order (a file's first registration wins). */
  void file(String file) {
    byFile.computeIfAbsent(file, f -> new ArrayList<>());
  }

  void error(Location at, String message) {
    add(Diagnostic.error(at, message));
  }

  void warning(Location at, String message) {
    add(Diagnostic.warning(at, message));
  }

  void add(Diagnostic d) {
    d = new Diagnostic(d.location(), d.severity(), excerpts(d.message()), d.detail());
    Location at = d.location();
    if (workbooks.contains(at.file()) && at.line() > 0 && at.column() > 0) {
      d =
          new Diagnostic(
              at,
              d.severity(),
              "cell " + columnName(at.column()) + at.line() + ": " + d.message(),
              d.detail());
    }
    if (!seen.add(d)) {
      return; // one mistake reached twice (an expanded series, a roster shared by two schools) is
      // said once
    }
    byFile.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d);
    errors |= d.severity() == dev.cluster.model.Severity.ERROR;
  }

  /** The spreadsheet name of a 1-based column: 1 → A, 27 → AA. */
  static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** The most of one value a message quotes. */
  static final int EXCERPT = 200;

  /**
   * {@code message} with every quoted value cut to {@link #EXCERPT} characters and its control
   * characters shown as {@code ?}: a message quotes a short excerpt of a file, never the file (CI
   * logs are public).
   */
  static String excerpts(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    int open = -1;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '`') {
        open = open < 0 ? i : -1;
        sb.append(c);
      } else if (open >= 0 && i - open > EXCERPT) {
        int close = message.indexOf('`', i);
        sb.append("...");
        if (close < 0) {
          break;
        }
        i = close - 1;
      } else {
        sb.append(c);
      }
    }
    String shown = TextChecks.printable(sb.toString());
    return shown.length() > 8 * EXCERPT ? shown.substring(0, 8 * EXCERPT) + "..." : shown;
  }

  boolean hasErrors() {
    return errors;
  }

  /**
   * Every diagnostic, in report order (stable: equal positions keep the order they were found in).
   */
  List<Diagnostic> ordered() {
    List<Diagnostic> all = new ArrayList<>();
    for (List<Diagnostic> ds : byFile.values()) {
      List<Diagnostic> sorted = new ArrayList<>(ds);
      sorted.sort(null);
      all.addAll(sorted);
    }
    return all;
  }
}
