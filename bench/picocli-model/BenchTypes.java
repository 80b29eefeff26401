import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine;

/** What AnnotatedRota and ProgrammaticRota both use: the formats, a converter each, the version. */
final class BenchTypes {
  private BenchTypes() {}

  enum Format {
    MARKDOWN,
    CSV,
    JSON,
    ICS
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cluster bench"};
    }
  }

  static final class Day implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return LocalDate.parse(value);
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }
}
