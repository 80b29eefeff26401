package dev.cluster.load;

import dev.cluster.model.Location;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole: UTF-8 with or without a byte-order mark, CRLF or LF, RFC 4180 quoting.
 * Each record keeps the line it starts on (the header is row 1), so that problems are reported as
 * {@code FILE:ROW:COLUMN}.
 */
final class CsvTable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final CSVFormat SEMICOLONS = FORMAT.builder().setDelimiter(';').get();
  private static final CSVFormat TABS = FORMAT.builder().setDelimiter('\t').get();

  /** One record: its cells (trimmed) and the line it starts on. */
  record Row(List<String> cells, int line) {
    /** The cell at a 0-based index, or "" when the row is short. */
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }

  final String file;
  final List<String> header;
  final List<Row> rows;

  /** The line (a workbook: the sheet's row) of the header: 1 in a CSV file. */
  final int headerLine;

  private CsvTable(String file, List<String> header, List<Row> rows, int headerLine) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.headerLine = headerLine;
  }

  /** A table read from somewhere other than CSV text (a workbook's sheet). */
  static CsvTable of(String file, List<String> header, List<Row> rows, int headerLine) {
    return new CsvTable(file, List.copyOf(header), List.copyOf(rows), headerLine);
  }

  /**
   * Where the first byte that is not UTF-8 lies: its line, and its field on that line (commas
   * counted, quotes ignored: close enough to find a `Zoë` saved by an old spreadsheet).
   */
  static Location firstBadByte(String file, byte[] bytes, char separator) {
    java.nio.charset.CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int bad = in.position();
    int line = 1;
    int field = 1;
    for (int i = 0; i < bad && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        field = 1;
      } else if (bytes[i] == separator) {
        field++;
      }
    }
    return new Location(file, line, field);
  }

  /**
   * Parses {@code bytes} of {@code file} as UTF-8, comma-separated (actions and history, which the
   * tool writes itself); see {@link #parseText}.
   */
  static CsvTable parse(String file, byte[] bytes, Problems problems) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.error(
          firstBadByte(file, bytes, ','),
          "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8 (comma delimited)\"");
      return null;
    }
    return parseText(file, text, ',', problems);
  }

  /**
   * Parses {@code text} of {@code file} with {@code separator} between fields (comma, semicolon or
   * tab); on a malformed file, reports it at the row where the bad record starts and returns the
   * rows read before it (null when nothing could be read).
   */
  static CsvTable parseText(String file, String text, char separator, Problems problems) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = separator == ';' ? SEMICOLONS : separator == '\t' ? TABS : FORMAT;
    int[] lineStarts = lineStarts(text);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> it = parser.iterator();
      long linesRead = 0;
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          reportMalformed(
              file,
              text,
              lineStarts[(int) Math.min(linesRead, lineStarts.length - 1)],
              lineStarts,
              separator,
              problems,
              e);
          break;
        }
        List<String> cells = new ArrayList<>(r.size());
        for (String c : r.values()) {
          cells.add(c.strip());
        }
        records.add(cells);
        lines.add(lineOf(lineStarts, (int) r.getCharacterPosition()));
        linesRead = parser.getCurrentLineNumber();
      }
    } catch (IOException e) {
      problems.error(Location.of(file), "cannot read the file: " + e.getMessage());
      return null;
    }
    if (records.isEmpty()) {
      problems.error(new Location(file, 1, 1), "the file is empty; it needs a header row");
      return null;
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      rows.add(new Row(records.get(i), lines.get(i)));
    }
    return new CsvTable(file, records.get(0), rows, 1);
  }

  private static void reportMalformed(
      String file,
      String text,
      int from,
      int[] lineStarts,
      char separator,
      Problems problems,
      RuntimeException e) {
    // Find where the bad record starts (skipping blank lines) and which field opened the unclosed
    // quote.
    int start = from;
    while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
      start++;
    }
    int field = 1;
    int quoteField = 0;
    boolean quoted = false;
    boolean atFieldStart = true;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && atFieldStart) {
        quoted = true;
        quoteField = field;
      } else if (c == separator) {
        field++;
        atFieldStart = true;
        continue;
      } else if (c == '\n' || c == '\r') {
        break;
      }
      atFieldStart = false;
    }
    int line = lineOf(lineStarts, Math.min(start, Math.max(0, text.length() - 1)));
    if (quoted) {
      problems.error(
          new Location(file, line, quoteField),
          "unterminated quote: field "
              + quoteField
              + " opens a `\"` that is never closed; close it, or "
              + "write a quote inside a quoted field as `\"\"`");
    } else {
      String detail = e.getMessage() == null ? "malformed record" : e.getMessage();
      problems.error(
          new Location(file, line, Math.max(1, field)),
          "malformed CSV ("
              + detail.replaceAll("^.*?:\\s*", "").trim()
              + "); a field containing `\"` must be"
              + " wholly in quotes, with inner quotes doubled");
    }
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 1-based line holding character {@code offset}. */
  private static int lineOf(int[] lineStarts, int offset) {
    int i = java.util.Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * The 0-based index of the header whose compared form is the first of {@code names} that any
   * header has (the order of {@code names} is the order of preference), or -1.
   */
  int firstColumn(List<String> names) {
    for (String n : names) {
      int at = column(List.of(n));
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The 0-based index of the header whose {@linkplain Names#header compared form} is one of {@code
   * names}.
   */
  int column(List<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(Names.header(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }
}
