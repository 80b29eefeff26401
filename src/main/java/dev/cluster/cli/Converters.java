package dev.cluster.cli;

import dev.cluster.model.IsoDate;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

  /**
   * A file or folder name, as picocli's built-in converter reads it (its words when the name cannot
   * be a path), without that converter's reflective call: on JDK 18 and newer the first {@code
   * Method.invoke} spins method-handle classes that no start-up record keeps (about 10 ms).
   */
  static final class FilePath implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new CommandLine.TypeConversionException(
            "cannot convert '" + value + "' to " + Path.class + " (" + e + ")");
      }
    }
  }
}
