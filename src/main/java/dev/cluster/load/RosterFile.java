package dev.cluster.load;

import dev.cluster.model.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A roster file as schools have it (SPEC section 10), detected from its content: text in UTF-8
 * (with or without a byte-order mark), UTF-16 with a byte-order mark or Windows-1252, with comma,
 * semicolon or tab between columns; or an Excel workbook, read by {@link XlsxTable} (loaded only
 * then). Anything else is an error that says what the file is.
 */
final class RosterFile {
  /** Looked up only for a file that is not UTF-8 (the lookup costs a millisecond at start-up). */
  private static final class Windows1252 {
    static final Charset CHARSET = Charset.forName("windows-1252");
  }

  private RosterFile() {}

  /**
   * The table of roster {@code file}; problems with the file as a whole are reported at {@code
   * namedAt} (the line of partnership.yaml naming it). {@code sheet} is the school's {@code sheet:}
   * (or null). Returns null when the file cannot be read as a roster (already reported).
   */
  static CsvTable read(
      String file, byte[] bytes, Location namedAt, Fields.Located sheet, Problems problems) {
    return read(file, bytes, namedAt, sheet, null, problems);
  }

  /**
   * As above; {@code windows1252} ({@code encoding: windows-1252} under the school, or null) says
   * that the file is expected to be Windows-1252, which is then read without the warning.
   */
  static CsvTable read(
      String file,
      byte[] bytes,
      Location namedAt,
      Fields.Located sheet,
      Fields.Located windows1252,
      Problems problems) {
    String kind = kind(bytes);
    if ("xlsx".equals(kind) && windows1252 != null) {
      problems.error(
          windows1252.location(),
          "`encoding` is for a CSV roster, but roster `"
              + file
              + "` is an "
              + "Excel workbook, which has no such choice; remove `encoding:`");
    }
    if ("xlsx".equals(kind)) {
      return XlsxTable.read(file, bytes, namedAt, sheet, problems);
    }
    if (kind != null) {
      problems.error(
          namedAt,
          "roster `"
              + file
              + "` is "
              + kind
              + ", not a CSV file or an Excel workbook "
              + "(.xlsx); export the staff list again as CSV or .xlsx (in Excel: Save As \"CSV UTF-8\" or \"Excel "
              + "Workbook\")");
      return null;
    }
    if (sheet != null) {
      problems.error(
          sheet.location(),
          "`sheet` names a sheet of an Excel workbook, but roster `"
              + file
              + "` is a CSV file; remove `sheet:`");
    }
    String text = decode(file, bytes, windows1252 != null, problems);
    return text == null ? null : CsvTable.parseText(file, text, separator(text), problems);
  }

  /**
   * What the file is when it is not text: "xlsx" for a workbook, a description of anything else;
   * null for text.
   */
  static String kind(byte[] b) {
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "an Excel 97-2003 workbook (.xls) or another old Office file";
    }
    if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
      String head = new String(b, 0, Math.min(b.length, 1 << 16), StandardCharsets.ISO_8859_1);
      String all = b.length <= 1 << 16 ? head : new String(b, StandardCharsets.ISO_8859_1);
      if (all.contains("xl/workbook.xml")) {
        return "xlsx";
      }
      if (head.contains("application/vnd.oasis.opendocument.spreadsheet")) {
        return "an OpenDocument spreadsheet (.ods)";
      }
      if (all.contains("word/document.xml")) {
        return "a Word document (.docx)";
      }
      return "a ZIP archive";
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (starts(b, 0x89, 'P', 'N', 'G')
        || starts(b, 0xFF, 0xD8, 0xFF)
        || starts(b, 'G', 'I', 'F', '8')) {
      return "an image";
    }
    if (starts(b, '{', '\\', 'r', 't', 'f')) {
      return "an RTF document";
    }
    String start =
        new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(java.util.Locale.ROOT);
    if (start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<table")) {
      return "a web page (HTML), as some systems export under an .xls name,";
    }
    if (start.startsWith("<?xml")
        && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
      return "an \"XML Spreadsheet 2003\"";
    }
    if (!starts(b, 0xFF, 0xFE) && !starts(b, 0xFE, 0xFF) && nulShare(b) > 0.2) {
      return "not text in UTF-8, UTF-16 with a byte-order mark or Windows-1252 (it is full of NUL bytes: "
          + "perhaps UTF-16 saved without a byte-order mark)";
    }
    return null;
  }

  private static double nulShare(byte[] b) {
    int n = Math.min(b.length, 256);
    if (n == 0) {
      return 0;
    }
    int nul = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        nul++;
      }
    }
    return nul / (double) n;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of {@code bytes}: UTF-16 after its byte-order mark; UTF-8 when it is UTF-8 (a
   * byte-order mark kept for the parser to drop); otherwise Windows-1252, with one warning at the
   * first place that needed it.
   */
  static String decode(String file, byte[] bytes, Problems problems) {
    return decode(file, bytes, false, problems);
  }

  /**
   * As above; {@code expected}: the school says its files are Windows-1252, so reading one is no
   * warning.
   */
  static String decode(String file, byte[] bytes, boolean expected, Problems problems) {
    if (starts(bytes, 0xFF, 0xFE) || starts(bytes, 0xFE, 0xFF)) {
      Charset utf16 =
          bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      try {
        return strict(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2));
      } catch (CharacterCodingException e) {
        problems.error(
            new Location(file, 1, 1),
            "the file starts with a UTF-16 byte-order mark but is not "
                + "UTF-16 text; save it from your spreadsheet as \"CSV UTF-8 (comma delimited)\"");
        return null;
      }
    }
    try {
      return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      // not UTF-8: below
    }
    String guess = new String(bytes, Windows1252.CHARSET);
    char separator = separator(guess);
    Location bad = CsvTable.firstBadByte(file, bytes, separator);
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      problems.error(
          bad,
          "the file starts with a UTF-8 byte-order mark but is not UTF-8 text; save it from "
              + "your spreadsheet as \"CSV UTF-8 (comma delimited)\"");
      return null;
    }
    String text;
    try {
      text = strict(Windows1252.CHARSET, ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      problems.error(
          bad,
          "the file is neither UTF-8 nor Windows-1252 text; save it from your spreadsheet as "
              + "\"CSV UTF-8 (comma delimited)\"");
      return null;
    }
    if (expected) {
      return text;
    }
    String cell = field(text, bad.line(), bad.column(), separator);
    problems.warning(
        bad,
        "the file is not UTF-8, so it was read as Windows-1252 (the plain \"CSV\" Excel "
            + "writes)"
            + (cell.isEmpty() ? "" : ", giving `" + RosterReader.excerpt(cell) + "`")
            + "; if that "
            + "reads wrong, or to silence this warning, save the file as \"CSV UTF-8 (comma delimited)\" (or, when it "
            + "reads right, write `encoding: windows-1252` under the school)");
    return text;
  }

  private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(bytes)
        .toString();
  }

  /**
   * The text of field {@code column} (1-based) on line {@code line} (1-based), quotes removed; ""
   * when none.
   */
  private static String field(String text, int line, int column, char separator) {
    String[] lines = SourceLines.split(text);
    if (line < 1 || line > lines.length) {
      return "";
    }
    String[] fields =
        lines[line - 1].split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    return column < 1 || column > fields.length ? "" : fields[column - 1].strip().replace("\"", "");
  }

  /**
   * The separator the header row uses: the most frequent of comma, semicolon and tab outside quotes
   * (ties go to the comma, then the semicolon), comma when there is none.
   */
  static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (commas >= semicolons && commas >= tabs) {
      return ',';
    }
    return semicolons >= tabs ? ';' : '\t';
  }
}
