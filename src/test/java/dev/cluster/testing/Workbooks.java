package dev.cluster.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes Excel workbooks (.xlsx) for tests and examples, so that no binary in the repository is
 * made by hand: {@code main} turns every {@code <name>.xlsx.csv} under the folders given into
 * {@code <name>.xlsx} next to it (one sheet, named by the CSV's first line when it is {@code #
 * sheet: NAME}, else "Staff"; cells as text, except whole numbers, written as numbers as a
 * spreadsheet holds them).
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/test-classpath) dev.cluster.testing.Workbooks examples src/test/resources
 * </pre>
 */
public final class Workbooks {
  private Workbooks() {}

  /**
   * Writes {@code sheets} (name → rows of cells; an empty cell is left blank) as a workbook to
   * {@code file}.
   */
  public static void write(Path file, Map<String, List<List<String>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, sheets);
    }
  }

  /** Writes {@code sheets} as a workbook to {@code out}. */
  public static void write(OutputStream out, Map<String, List<List<String>>> sheets)
      throws IOException {
    Workbook wb = new Workbook(out, "cluster-tests", "1.0");
    for (var sheet : sheets.entrySet()) {
      Worksheet ws = wb.newWorksheet(sheet.getKey());
      List<List<String>> rows = sheet.getValue();
      for (int r = 0; r < rows.size(); r++) {
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (v.isEmpty()) {
            continue;
          }
          if (v.matches("[1-9][0-9]{0,8}")) {
            ws.value(r, c, Integer.parseInt(v));
          } else {
            ws.value(r, c, v);
          }
        }
      }
    }
    wb.finish();
  }

  /** The rows of a UTF-8 CSV text (comma-separated). */
  public static List<List<String>> rows(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        rows.add(new ArrayList<>(r.toList()));
      }
    }
    return rows;
  }

  /** Regenerates {@code X.xlsx} from every {@code X.xlsx.csv} under the folders given. */
  public static void main(String[] args) throws IOException {
    for (String dir : args) {
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        sources =
            walk.filter(p -> p.getFileName().toString().endsWith(".xlsx.csv")).sorted().toList();
      }
      for (Path source : sources) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String sheet = "Staff";
        if (text.startsWith("# sheet: ")) {
          int nl = text.indexOf('\n');
          sheet = text.substring("# sheet: ".length(), nl).strip();
          text = text.substring(nl + 1);
        }
        String name = source.getFileName().toString();
        Path target = source.resolveSibling(name.substring(0, name.length() - ".csv".length()));
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put(sheet, rows(text));
        write(target, sheets);
        System.out.println(target);
      }
    }
  }
}
