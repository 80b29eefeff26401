package dev.cluster.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import dev.cluster.model.Confined;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Mustache templates rendered as Markdown. A file of the same name in the partnership's {@code
 * templates/} folder overrides the built-in one in {@code src/main/resources/templates/}. {@code
 * {{x}}} is escaped for Markdown ({@link Markdown#escape}), not HTML; {@code {{{x}}}} is inserted
 * as is. A variable that the view does not have is a data error at the template's line (exit 1),
 * never an empty string.
 */
public final class Templates {
  /** The built-in templates, by file name. */
  public static final List<String> BUILT_IN =
      List.of(
          "agenda.md.mustache",
          "report.md.mustache",
          "report-summary.md.mustache",
          "terms-of-reference.md.mustache");

  private final Path overrides;

  /**
   * Templates overridden from {@code overrides} (a partnership's {@code templates/} folder; may be
   * null).
   */
  public Templates(Path overrides) {
    this.overrides = overrides;
  }

  /** Renders template {@code name} with {@code view} (maps, lists, records or strings). */
  public String render(String name, Object view) {
    Source source = source(name);
    MarkdownFactory factory = new MarkdownFactory();
    StringWriter out = new StringWriter();
    try {
      Mustache m = factory.compile(new StringReader(source.text()), source.file());
      m.execute(out, view).flush();
    } catch (MustacheException e) {
      TemplateContext at = e.getContext();
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int cut = message.indexOf(" @[");
      throw new DataException(
          Diagnostic.error(
              at == null ? Location.of(source.file()) : new Location(source.file(), at.line(), 1),
              "template cannot be read: " + (cut > 0 ? message.substring(0, cut) : message)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!factory.missing.isEmpty()) {
      // Every missing variable in one run, in line order (a variable missing on several lines is
      // said once).
      java.util.Map<String, MissingVariable> first = new java.util.TreeMap<>();
      for (MissingVariable v : factory.missing) {
        first.putIfAbsent(String.format("%08d %s", v.line, v.name), v);
      }
      java.util.Set<String> said = new java.util.HashSet<>();
      List<Diagnostic> problems = new java.util.ArrayList<>();
      for (MissingVariable v : first.values()) {
        if (said.add(v.name)) {
          problems.add(
              Diagnostic.error(
                  new Location(source.file(), v.line, 1),
                  "template variable `"
                      + v.name
                      + "` does not exist; "
                      + (v.known.isEmpty()
                          ? ""
                          : "variables here: " + String.join(", ", v.known) + "; ")
                      + "every variable is listed in the README (section Templates)"));
        }
      }
      throw new DataException(problems);
    }
    return out.toString();
  }

  /** The built-in templates that the overrides folder replaces, in {@link #BUILT_IN} order. */
  public List<String> overridden() {
    return BUILT_IN.stream()
        .filter(name -> overrides != null && Files.isRegularFile(overrides.resolve(name)))
        .toList();
  }

  /**
   * Files in the overrides folder ending in {@code .mustache} that replace no built-in template (a
   * typo?).
   */
  public List<String> unused() {
    if (overrides == null || !Files.isDirectory(overrides)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.list(overrides)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".mustache") && !BUILT_IN.contains(n))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * What {@link #export} did: the files written and the ones that already existed and were kept.
   */
  public record Export(List<Path> written, List<Path> skipped) {
    public Export {
      written = List.copyOf(written);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Copies every built-in template into {@code dir} (created when missing) for editing; an existing
   * file is never overwritten.
   *
   * @throws IOException when {@code dir} or a file cannot be written
   */
  public static Export export(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new java.util.ArrayList<>();
    List<Path> skipped = new java.util.ArrayList<>();
    for (String name : BUILT_IN) {
      Path target = dir.resolve(name);
      try {
        Files.writeString(
            target,
            builtIn(name),
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE_NEW);
        written.add(target);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        skipped.add(target);
      }
    }
    return new Export(written, skipped);
  }

  /** The text of the built-in template {@code name}. */
  public static String builtIn(String name) {
    try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no built-in template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Source source(String name) {
    if (overrides != null) {
      Path own = overrides.resolve(name);
      if (Files.isRegularFile(own)) {
        String file = own.toString();
        Confined.check(own, overrides.toAbsolutePath().getParent(), Location.of(file), "template");
        String text;
        try {
          if (Files.size(own) > MAX_BYTES) {
            throw new DataException(
                Diagnostic.error(
                    Location.of(file),
                    "the template is larger than 1 MB; a "
                        + "report template is never that big, so this is probably the wrong file"));
          }
          text =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(own)))
                  .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new DataException(
              Diagnostic.error(
                  Location.of(file), "the template is not UTF-8 text; save it " + "as UTF-8"));
        } catch (IOException e) {
          throw new DataException(
              Diagnostic.error(Location.of(file), "cannot read template: " + Confined.reason(e)));
        }
        TemplateShape.check(file, text);
        return new Source(file, text);
      }
    }
    return new Source("templates/" + name + " (built in)", builtIn(name));
  }

  /** The largest template read from a partnership's folder. */
  static final long MAX_BYTES = 1024 * 1024;

  private record Source(String file, String text) {}

  /**
   * A variable a template names and the view does not have, with the template line and what it has.
   */
  private record MissingVariable(String name, int line, List<String> known) {}

  /**
   * Markdown escaping, fail on missing variables, templates only from strings (no partials from
   * disk).
   */
  private static final class MarkdownFactory extends DefaultMustacheFactory {
    /**
     * Missing variables met while rendering; collected so that every one is reported, not the
     * first.
     */
    final List<MissingVariable> missing = new java.util.ArrayList<>();

    MarkdownFactory() {
      setObjectHandler(
          new ReflectionObjectHandler() {
            @Override
            public Binding createBinding(String name, TemplateContext tc, Code code) {
              return new GuardedBinding(this, name, tc, code) {
                @Override
                protected synchronized Wrapper getWrapper(String name, List<Object> scopes) {
                  Wrapper wrapper = super.getWrapper(name, scopes);
                  if (wrapper instanceof MissingWrapper) {
                    missing.add(new MissingVariable(name, tc.line(), known(scopes)));
                  }
                  return wrapper;
                }
              };
            }
          });
    }

    /**
     * The variable names the view offers at this point, innermost scope first (for the error
     * message).
     */
    private static List<String> known(List<Object> scopes) {
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      for (int i = scopes.size() - 1; i >= 0; i--) {
        if (scopes.get(i) instanceof java.util.Map<?, ?> map) {
          map.keySet().forEach(k -> names.add(String.valueOf(k)));
        } else if (scopes.get(i) instanceof Record r) {
          for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            names.add(c.getName());
          }
        }
      }
      return List.copyOf(names);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(Markdown.escape(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Reader getReader(String resourceName) {
      throw new MustacheException("partials are not supported: " + resourceName);
    }
  }
}
