package dev.cluster.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --format}, spelt the same in every command: each command has an enum of the formats it
 * writes (its constants' lower-case names are what the user types, matched case-insensitively) and
 * an {@link Option} of that enum. A new format is a constant; a new command's formats are an enum
 * and a factory of an {@link Option}, as below.
 */
final class Formats {
  private Formats() {}

  /**
   * The help text of every {@code --format}: picocli fills in the enum's constants and the default.
   */
  static final String DESCRIPTION = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).";

  /** The key a user types for a format constant. */
  static String key(Enum<?> format) {
    return format.name().toLowerCase(Locale.ROOT);
  }

  /** What {@code rota} writes. */
  enum Rota {
    MARKDOWN,
    CSV,
    JSON,
    ICS;

    @Override
    public String toString() {
      return key(this);
    }
  }

  /** What {@code pairings} writes. */
  enum Pairings {
    MARKDOWN,
    CSV,
    JSON,
    ICS;

    @Override
    public String toString() {
      return key(this);
    }
  }

  /** How {@code validate} prints problems. */
  enum Problems {
    TEXT,
    GITHUB;

    @Override
    public String toString() {
      return key(this);
    }
  }

  /** What {@code agenda} and {@code report} write: Markdown, or one self-contained HTML page. */
  enum Page {
    MARKDOWN,
    HTML;

    @Override
    public String toString() {
      return key(this);
    }
  }

  /**
   * {@code --format} of a command writing the formats {@code E} (default Markdown, for all but
   * {@code validate}): {@link #value} is the one asked for.
   */
  static final class Option<E extends Enum<E>> {
    private final Class<E> type;
    private final String byDefault;
    private final String description;
    E value;

    private Option(Class<E> type, String description) {
      this(type, "markdown", description);
    }

    private Option(Class<E> type, String byDefault, String description) {
      this.type = type;
      this.byDefault = byDefault;
      this.description = description;
    }

    /** The option, setting {@link #value}. */
    OptionSpec spec() {
      return Specs.option(type, () -> value, v -> value = v, "--format")
          .paramLabel("FORMAT")
          .defaultValue(byDefault)
          .description(description)
          .converters(new Converter<>(type))
          .build();
    }
  }

  /** {@code --format} of {@code agenda} and {@code report}. */
  static Option<Page> page() {
    return new Option<>(
        Page.class, DESCRIPTION + " html: one self-contained page to print, send or publish.");
  }

  /** {@code --format} of {@code rota}. */
  static Option<Rota> rota() {
    return new Option<>(Rota.class, DESCRIPTION);
  }

  /** {@code --format} of {@code validate}. */
  static Option<Problems> problems() {
    return new Option<>(
        Problems.class,
        "text",
        "text (default): each problem on stderr as FILE:LINE:COLUMN: error: MESSAGE."
            + " github: each problem on stdout as a GitHub Actions workflow command"
            + " (::error file=F,line=L,col=C::MESSAGE), shown on the pull request's files.");
  }

  /** {@code --format} of {@code pairings}. */
  static Option<Pairings> pairings() {
    return new Option<>(Pairings.class, DESCRIPTION);
  }

  /** The Markdown as one self-contained page (commonmark is loaded only here). */
  static String html(String markdown, String fallbackTitle) {
    return dev.cluster.html.HtmlPage.standalone(markdown, fallbackTitle);
  }

  /**
   * A format by its key, in any case; anything else is a usage error naming the formats there are.
   */
  static final class Converter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    Converter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (key(e).equals(value.trim().toLowerCase(Locale.ROOT))) {
          return e;
        }
      }
      List<String> keys = Arrays.stream(type.getEnumConstants()).map(Formats::key).toList();
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is not a format: use "
              + String.join(", ", keys.subList(0, keys.size() - 1))
              + " or "
              + keys.get(keys.size() - 1));
    }
  }
}
