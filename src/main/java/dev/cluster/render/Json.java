package dev.cluster.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Pretty-printed JSON through Jackson's streaming generator (no {@code ObjectMapper}: it costs ~200 ms of
 * start-up). Two-space indent, {@code \n} line endings, a final newline.
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
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(indent)
          .withArrayIndenter(indent)
          .withSpacesInObjectEntries();
      g.setPrettyPrinter(new CompactColonPrinter(pp));
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.append('\n').toString();
  }

  /** {@code "key": value} rather than Jackson's default {@code "key" : value}. */
  private static final class CompactColonPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    CompactColonPrinter(DefaultPrettyPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new CompactColonPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      if (nrOfValues == 0) {
        // `[]` on one line; the nesting level still has to come back down, or every later line is
        // indented one step too far.
        if (!_arrayIndenter.isInline()) {
          --_nesting;
        }
        g.writeRaw(']');
        return;
      }
      super.writeEndArray(g, nrOfValues);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
      if (nrOfEntries == 0) {
        if (!_objectIndenter.isInline()) {
          --_nesting;
        }
        g.writeRaw('}');
        return;
      }
      super.writeEndObject(g, nrOfEntries);
    }
  }
}
