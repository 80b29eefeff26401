package dev.cluster.load;

import dev.cluster.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an Excel workbook (.xlsx) as a table: the first sheet, or the school's {@code
 * sheet:}; the header is the first row that is not blank, and each row keeps its row number in the
 * sheet, so that a problem names the row, the column and the cell ({@code B7}). The only class that
 * touches the workbook reader, so that the reader's classes are loaded only when a roster is a
 * workbook.
 */
final class XlsxTable {
  /**
   * Far more than any school's staff: a bound on what a hostile workbook can make the tool hold.
   */
  static final int MAX_ROWS = 20_000;

  static final int MAX_COLUMNS = 500;

  private XlsxTable() {}

  static CsvTable read(
      String file, byte[] bytes, Location namedAt, Fields.Located sheetName, Problems problems) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet;
      if (sheetName != null) {
        Optional<Sheet> found = workbook.findSheet(sheetName.text());
        if (found.isEmpty()) {
          List<String> names = workbook.getSheets().map(Sheet::getName).toList();
          String hint = Suggest.didYouMean(sheetName.text(), names);
          problems.error(
              sheetName.location(),
              "workbook `"
                  + file
                  + "` has no sheet `"
                  + RosterReader.excerpt(sheetName.text())
                  + "`"
                  + (hint.isEmpty()
                      ? "; its sheets are " + RosterReader.excerpt(String.join(", ", names))
                      : hint));
          return null;
        }
        sheet = found.get();
      } else {
        sheet = workbook.getFirstSheet();
      }
      problems.workbook(file);
      List<String> header = null;
      int headerLine = 0;
      List<CsvTable.Row> rows = new ArrayList<>();
      try (Stream<Row> stream = sheet.openStream()) {
        for (Row row : (Iterable<Row>) stream::iterator) {
          if (row.getCellCount() > MAX_COLUMNS || rows.size() >= MAX_ROWS) {
            problems.error(
                namedAt,
                "workbook `"
                    + file
                    + "` has more than "
                    + MAX_ROWS
                    + " rows or "
                    + MAX_COLUMNS
                    + " columns in sheet `"
                    + RosterReader.excerpt(sheet.getName())
                    + "`; that is "
                    + "not a staff roster");
            return null;
          }
          List<String> cells = new ArrayList<>(row.getCellCount());
          for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? "" : c.getText().strip());
          }
          if (header == null) {
            if (cells.stream().allMatch(String::isEmpty)) {
              continue;
            }
            header = cells;
            headerLine = row.getRowNum();
          } else {
            rows.add(new CsvTable.Row(cells, row.getRowNum()));
          }
        }
      }
      if (header == null) {
        problems.error(
            namedAt,
            "sheet `"
                + RosterReader.excerpt(sheet.getName())
                + "` of workbook `"
                + file
                + "` is empty; it needs a header row"
                + (sheetName == null ? " (name another sheet with `sheet:`)" : ""));
        return null;
      }
      while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
        header.remove(header.size() - 1);
      }
      return CsvTable.of(file, header, rows, headerLine);
    } catch (IOException | RuntimeException e) {
      problems.error(
          namedAt,
          "roster `"
              + file
              + "` looks like an Excel workbook but cannot be read as one ("
              + damage(e)
              + "); open it in Excel and save it again as "
              + "\"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"");
      return null;
    }
  }

  /** What the reader said about a damaged workbook, without the names of its Java classes. */
  private static String damage(Exception e) {
    String said =
        String.valueOf(e.getMessage())
            .replaceAll("([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)(: *)?", "")
            .replaceAll("\\b[A-Z][\\w$]*(Exception|Error)\\b(: *)?", "")
            .strip();
    return said.isEmpty() || said.equals("null")
        ? "the file is damaged"
        : "the file is damaged: " + RosterReader.excerpt(said);
  }
}
