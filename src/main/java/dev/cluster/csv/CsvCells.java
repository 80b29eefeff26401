package dev.cluster.csv;

/**
 * The one rule for CSV cells that both writing ({@code render}) and reading back ({@code load})
 * follow: a cell that a spreadsheet would take for a formula is written with a leading {@code '},
 * and read back without it. It lives apart from both so that neither layer depends on the other.
 */
public final class CsvCells {
  private CsvCells() {}

  /** A cell beginning with {@code = + - @}, tab or carriage return gets a leading {@code '}. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return startsLikeAFormula(cell, 0) ? "'" + cell : cell;
  }

  /** Undoes {@link #neutralise} on a cell read back from a file this tool wrote. */
  public static String unneutralise(String cell) {
    if (cell != null
        && cell.length() >= 2
        && cell.charAt(0) == '\''
        && startsLikeAFormula(cell, 1)) {
      return cell.substring(1);
    }
    return cell;
  }

  private static boolean startsLikeAFormula(String cell, int at) {
    char c = cell.charAt(at);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
