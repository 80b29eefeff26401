package dev.cluster.load;

import dev.cluster.csv.CsvCells;
import dev.cluster.model.Confined;
import dev.cluster.model.IsoDate;
import dev.cluster.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of a partnership other than its rosters ({@code actions.csv}, pairing history, the
 * published rota): read with a size limit and every control character refused at its cell, columns
 * found by name in the header, cells read by column name with {@link CsvCells}'s formula guard
 * undone, and dates checked at their cell.
 */
final class CsvFiles {
  private final Problems problems;

  CsvFiles(Problems problems) {
    this.problems = problems;
  }

  /**
   * The file at {@code path}, or null (reported) when it is too big, unreadable or holds a control
   * character.
   */
  CsvTable table(String path) {
    try {
      if (Files.size(Path.of(path)) > PartnershipLoader.MAX_FILE_BYTES) {
        problems.error(Location.of(path), "the file is larger than 4 MB; split it");
        return null;
      }
      return plainText(CsvTable.parse(path, Files.readAllBytes(Path.of(path)), problems));
    } catch (IOException e) {
      problems.error(Location.of(path), "cannot read the file: " + Confined.reason(e));
      return null;
    }
  }

  /**
   * {@code table}, or null when a cell holds a control character (an ESC or NUL would reach the
   * terminal, the Markdown and the {@code .ics}): each is reported at its row and column.
   */
  CsvTable plainText(CsvTable table) {
    if (table == null) {
      return null;
    }
    boolean clean = plainCells(table.file, table.header, table.headerLine);
    for (CsvTable.Row row : table.rows) {
      clean &= plainCells(table.file, row.cells(), row.line());
    }
    return clean ? table : null;
  }

  private boolean plainCells(String path, List<String> cells, int line) {
    boolean clean = true;
    for (int i = 0; i < cells.size(); i++) {
      int bad = TextChecks.refused(cells.get(i));
      if (bad >= 0) {
        problems.error(
            new Location(path, line, i + 1),
            TextChecks.message(cells.get(i).charAt(bad), "this cell"));
        clean = false;
      }
    }
    return clean;
  }

  /**
   * The columns {@code names} of {@code table}'s header, or null when one of {@code required} is
   * missing (an error at the header naming the columns there should be). Other names may be absent:
   * their cells read as empty.
   */
  Columns columns(CsvTable table, List<String> names, Collection<String> required) {
    Map<String, Integer> at = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      int i = table.column(List.of(Names.header(name)));
      at.put(name, i);
      if (i < 0 && required.contains(name)) {
        missing.add("`" + name + "`");
      }
    }
    if (!missing.isEmpty()) {
      problems.error(
          new Location(table.file, 1, 1),
          "the header has no "
              + String.join(", ", missing)
              + " column"
              + (missing.size() == 1 ? "" : "s")
              + "; it must be `"
              + String.join(",", names)
              + "`");
      return null;
    }
    return new Columns(table.file, at);
  }

  /**
   * The date in column {@code name} of {@code row}; null when empty, or (reported at the cell) not
   * a date.
   */
  LocalDate date(Columns c, CsvTable.Row row, String name) {
    String cell = c.raw(row, name);
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return IsoDate.parse(cell);
    } catch (DateTimeException e) {
      problems.error(c.at(row, name), "`" + cell + "` is not a date; write it as YYYY-MM-DD");
      return null;
    }
  }

  /** A header's columns by name. */
  static final class Columns {
    private final String file;
    private final Map<String, Integer> at;

    Columns(String file, Map<String, Integer> at) {
      this.file = file;
      this.at = at;
    }

    /** The 0-based index of column {@code name}, or -1 when the header does not have it. */
    int index(String name) {
      return at.getOrDefault(name, -1);
    }

    boolean has(String name) {
      return index(name) >= 0;
    }

    /** The cell as written in the file (empty when the column is absent). */
    String raw(CsvTable.Row row, String name) {
      return row.cell(index(name));
    }

    /** The cell as this tool wrote it: a formula guard ({@code '=...}) undone. */
    String cell(CsvTable.Row row, String name) {
      return CsvCells.unneutralise(raw(row, name));
    }

    /** Where the cell is: its row and column (column 1 when the column is absent). */
    Location at(CsvTable.Row row, String name) {
      return new Location(file, row.line(), Math.max(0, index(name)) + 1);
    }
  }
}
