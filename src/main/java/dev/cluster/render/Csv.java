package dev.cluster.render;

import dev.cluster.csv.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output (RFC 4180, {@code \n} line endings) whose cells are neutralised against spreadsheet
 * formula injection ({@link CsvCells}, which also has the read-back rule).
 */
public final class Csv {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private Csv() {}

  /** The header row and the rows, every cell neutralised (null is an empty cell). */
  public static String write(List<String> header, List<List<String>> rows) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r.stream().map(CsvCells::neutralise).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
