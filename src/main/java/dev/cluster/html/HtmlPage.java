package dev.cluster.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown that the templates produce, as HTML (SPEC section 9): GitHub-flavoured tables through
 * commonmark, raw HTML in the data escaped, images left as their text (a page makes no request), a
 * Mermaid chart as a table, and a row of empty cells (the apologies table) marked to leave room to
 * write in. The one class that knows commonmark, loaded only for {@code --format html} and {@code
 * cluster site}.
 */
public final class HtmlPage {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> new Attributes())
          .build();

  /** The stylesheet of every page: screen, phone and A4 print. */
  public static final String CSS = resource("/html/cluster.css");

  private HtmlPage() {}

  /** {@code markdown} as an HTML fragment (no page around it). */
  public static String fragment(String markdown) {
    Node doc = PARSER.parse(markdown);
    doc.accept(new Rewrite());
    return RENDERER.render(doc);
  }

  /** The title of {@code markdown}: the text of its first heading, else {@code fallback}. */
  public static String title(String markdown, String fallback) {
    for (String line : markdown.split("\n")) {
      if (line.startsWith("# ")) {
        return line.substring(2).replace("*", "").replace("`", "").trim();
      }
    }
    return fallback;
  }

  /**
   * One self-contained page: {@code markdown} rendered, the stylesheet in one {@code <style>}, no
   * script.
   */
  public static String standalone(String markdown, String fallbackTitle) {
    return page(
        title(markdown, fallbackTitle), "<style>\n" + CSS + "</style>", "", fragment(markdown));
  }

  /**
   * A whole page: {@code head} (a {@code <style>} or a {@code <link>}) and {@code nav} (HTML, may
   * be empty) around {@code body}.
   */
  public static String page(String title, String head, String nav, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n"
        + head
        + "\n</head>\n<body>\n"
        + nav
        + "<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  /** Text escaped for HTML content and attribute values. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Mermaid charts become tables; images become their description. */
  private static final class Rewrite extends AbstractVisitor {
    @Override
    public void visit(FencedCodeBlock block) {
      if ("mermaid".equals(block.getInfo() == null ? "" : block.getInfo().trim())) {
        block.insertAfter(ganttTable(block.getLiteral()));
        block.unlink();
      }
    }

    @Override
    public void visit(Image image) {
      // the alt text is the image's children: keep them in its place
      Node child = image.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        image.insertBefore(child);
        child = next;
      }
      image.unlink();
    }

    @Override
    public void visit(org.commonmark.node.CustomBlock block) {
      visitChildren(block);
    }
  }

  /**
   * A Mermaid {@code gantt} as a table: one row per task, with its section, title, start, length
   * and state ({@code done}, {@code active}, {@code crit}, {@code milestone}).
   */
  static Node ganttTable(String mermaid) {
    List<String[]> rows = new ArrayList<>();
    String section = "";
    for (String raw : mermaid.split("\n")) {
      String line = raw.trim();
      if (line.startsWith("section ")) {
        section = line.substring(8).trim();
        continue;
      }
      int colon = line.indexOf(" :");
      if (colon < 0
          || line.startsWith("title ")
          || line.startsWith("dateFormat")
          || line.startsWith("axisFormat")) {
        continue;
      }
      String what = line.substring(0, colon).trim();
      List<String> data = new ArrayList<>();
      for (String d : line.substring(colon + 2).split(",")) {
        data.add(d.trim());
      }
      List<String> state = new ArrayList<>();
      while (!data.isEmpty()
          && List.of("done", "active", "crit", "milestone").contains(data.get(0))) {
        state.add(data.remove(0));
      }
      String length = data.isEmpty() ? "" : data.get(data.size() - 1);
      String start = data.size() >= 2 ? data.get(data.size() - 2) : "";
      rows.add(
          new String[] {
            section,
            what,
            start,
            length
                .replaceAll("^(\\d+)d$", "$1 day(s)")
                .replace("1 day(s)", "1 day")
                .replace(" day(s)", " days"),
            String.join(", ", state)
          });
    }
    TableBlock table = new TableBlock();
    TableHead head = new TableHead();
    head.appendChild(row(true, "Series", "Item", "Start", "Length", "State"));
    table.appendChild(head);
    TableBody body = new TableBody();
    for (String[] r : rows) {
      body.appendChild(row(false, r));
    }
    table.appendChild(body);
    return table;
  }

  private static TableRow row(boolean header, String... cells) {
    TableRow row = new TableRow();
    for (String c : cells) {
      TableCell cell = new TableCell();
      cell.setHeader(header);
      if (!c.isEmpty()) {
        cell.appendChild(new Text(c));
      }
      row.appendChild(cell);
    }
    return row;
  }

  /** A body row whose cells are all empty is a row to write in (class {@code write-in}). */
  private static final class Attributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof TableRow row && row.getParent() instanceof TableBody && emptyCells(row)) {
        attributes.put("class", "write-in");
      }
      if (node instanceof TableBlock) {
        attributes.put("class", "table");
      }
      if (node instanceof Heading h && h.getLevel() == 2) {
        attributes.remove("id");
      }
    }

    private static boolean emptyCells(TableRow row) {
      for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
        if (c.getFirstChild() != null) {
          return false;
        }
      }
      return true;
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
