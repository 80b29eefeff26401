package dev.cluster.cli;

import dev.cluster.model.UsageException;
import java.util.Locale;

/** {@code --format markdown|html} of {@code agenda} and {@code report}. */
final class Formats {
  private Formats() {}

  /** Whether {@code format} is {@code html} (else {@code markdown}); anything else is a usage error. */
  static boolean markdownOrHtml(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("markdown") && !f.equals("html")) {
      throw new UsageException("unknown --format `" + format + "`; use markdown or html");
    }
    return f.equals("html");
  }

  /** The Markdown as one self-contained page (commonmark is loaded only here). */
  static String html(String markdown, String fallbackTitle) {
    return dev.cluster.html.HtmlPage.standalone(markdown, fallbackTitle);
  }
}
