package dev.cluster.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Pretty-printed JSON through Jackson's streaming generator (no {@code ObjectMapper}: it costs ~200
 * ms of start-up). Two-space indent, {@code \n} line endings, a final newline.
 */
public final class Json {
  private Json() {}

  /** Writes one JSON document. */
  @FunctionalInterface
  public interface Body {
    /** Writes the document's single top-level value to {@code g}. */
    void write(JsonGenerator g) throws IOException;
  }

  /** The document written by {@code body}, as a string ending in a newline. */
  public static String write(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      DefaultIndenter indent = new DefaultIndenter("  ", "\n");
      // {@code "key": value} (not Jackson's default {@code "key" : value}), and {@code []} / {@code
      // {}} when empty.
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      DefaultPrettyPrinter pp =
          new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
      g.setPrettyPrinter(pp);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.append('\n').toString();
  }
}
