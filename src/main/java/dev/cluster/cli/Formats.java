package dev.cluster.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --format}, spelt the same in every command: each command has an enum of the formats it
 * writes (its constants' lower-case names are what the user types, matched case-insensitively) and
 * a mixin declaring the option with that enum. A new format is a constant; a new command's formats
 * are an enum, a converter and a mixin of three lines each, as below.
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

  /** What {@code agenda} and {@code report} write: Markdown, or one self-contained HTML page. */
  enum Page {
    MARKDOWN,
    HTML;

    @Override
    public String toString() {
      return key(this);
    }
  }

  /** {@code --format} of {@code agenda} and {@code report}. */
  static final class PageOption {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "markdown",
        description = DESCRIPTION + " html: one self-contained page to print, send or publish.",
        converter = PageConverter.class)
    Page value;
  }

  /** The Markdown as one self-contained page (commonmark is loaded only here). */
  static String html(String markdown, String fallbackTitle) {
    return dev.cluster.html.HtmlPage.standalone(markdown, fallbackTitle);
  }

  /** {@code --format} of {@code rota}. */
  static final class RotaOption {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "markdown",
        description = DESCRIPTION,
        converter = RotaConverter.class)
    Rota value;
  }

  /** {@code --format} of {@code pairings}. */
  static final class PairingsOption {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "markdown",
        description = DESCRIPTION,
        converter = PairingsConverter.class)
    Pairings value;
  }

  static final class RotaConverter extends Converter<Rota> {
    RotaConverter() {
      super(Rota.class);
    }
  }

  static final class PageConverter extends Converter<Page> {
    PageConverter() {
      super(Page.class);
    }
  }

  static final class PairingsConverter extends Converter<Pairings> {
    PairingsConverter() {
      super(Pairings.class);
    }
  }

  /**
   * A format by its key, in any case; anything else is a usage error naming the formats there are.
   */
  abstract static class Converter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
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
