package dev.cluster.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output (RFC 4180, {@code \n} line endings) whose cells are neutralised against spreadsheet formula
 * injection, and the matching read-back rule.
 */
public final class Csv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private Csv() {}

  /** A cell beginning with {@code = + - @}, tab or carriage return gets a leading {@code '}. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + cell : cell;
  }

  /** Undoes {@link #neutralise} on a cell read back from a file this tool wrote. */
  public static String unneutralise(String cell) {
    if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'') {
      char c = cell.charAt(1);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return cell.substring(1);
      }
    }
    return cell;
  }

  /** The header row and the rows, every cell neutralised (null is an empty cell). */
  public static String write(List<String> header, List<List<String>> rows) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r.stream().map(Csv::neutralise).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
