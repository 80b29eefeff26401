package dev.cluster.cli;

import dev.cluster.model.IsoDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Command-line value converters with messages a headteacher understands. */
final class Converters {
  private Converters() {}

  /** An option {@code name DATE} for a day written {@code YYYY-MM-DD}, read and set with these. */
  static OptionSpec.Builder day(Supplier<LocalDate> get, Consumer<LocalDate> set, String name) {
    return Specs.option(LocalDate.class, get, set, name).paramLabel("DATE").converters(new Day());
  }

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
