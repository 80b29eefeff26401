package dev.cluster.cli;

import dev.cluster.model.IsoDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Command-line value converters with messages a headteacher understands. */
final class Converters {
  private Converters() {}

  /** A day written {@code YYYY-MM-DD}. */
  static final class Day implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return IsoDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a date: write it as YYYY-MM-DD, for example 2026-11-17");
      }
    }
  }
}
