package dev.cluster.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table. Cells are given raw and escaped with {@link Markdown#escape}
 * unless added with {@link #rowMarkdown}, so data can never break the table.
 */
public final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headings (plain text, escaped). */
  public MarkdownTable(String... header) {
    this.header = List.of(header).stream().map(Markdown::escape).toList();
  }

  /** Adds a row of plain-text cells (null is empty); escaped. */
  public MarkdownTable row(String... cells) {
    List<String> escaped = new ArrayList<>();
    for (String c : cells) {
      escaped.add(Markdown.escape(c));
    }
    return add(escaped);
  }

  /** Adds a row of cells that are already Markdown (the caller escaped the data in them). */
  public MarkdownTable rowMarkdown(String... cells) {
    List<String> kept = new ArrayList<>();
    for (String c : cells) {
      // Only pipes the caller left unescaped: "\\|" would end the cell after an escaped backslash.
      kept.add(c == null ? "" : c.replace("\n", " ").replaceAll("(?<!\\\\)\\|", "\\\\|"));
    }
    return add(kept);
  }

  private MarkdownTable add(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, table " + header.size());
    }
    rows.add(cells);
    return this;
  }

  /** Whether no row has been added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line ending in {@code \n}. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    line(sb, Collections.nCopies(header.size(), "---"));
    for (List<String> r : rows) {
      line(sb, r);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(c).append(c.isEmpty() ? "" : " ").append('|');
    }
    sb.append('\n');
  }
}
