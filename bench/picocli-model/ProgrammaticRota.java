import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The command line of AnnotatedRota, option for option, built with picocli's programmatic API: no
 * annotation is read. The help options are declared here rather than with mixinStandardHelpOptions,
 * which reads picocli's own annotated mixin. The same converters, version provider, inherited
 * options and defaults; the same execution (picocli's default strategy calls the subcommand's
 * Callable).
 */
public class ProgrammaticRota {

  Path file;
  BenchTypes.Format format;

  /** A setter that hands the value to {@code to}. */
  interface To<T> {
    void set(T value);
  }

  static <V> ISetter setter(To<V> to) {
    return new ISetter() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T set(T value) {
        to.set((V) value);
        return null;
      }
    };
  }

  static OptionSpec.Builder option(String... names) {
    return OptionSpec.builder(names);
  }

  static void help(CommandSpec spec) {
    spec.addOption(
        option("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        option("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  static OptionSpec value(String name, String label, Class<?> type, String description) {
    return option(name).paramLabel(label).type(type).description(description).build();
  }

  static OptionSpec day(String name, String description) {
    return option(name)
        .paramLabel("DATE")
        .type(LocalDate.class)
        .converters(new BenchTypes.Day())
        .description(description)
        .build();
  }

  static OptionSpec list(String name, String label, String description) {
    return option(name)
        .paramLabel(label)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description(description)
        .build();
  }

  public static void main(String[] args) {
    ProgrammaticRota self = new ProgrammaticRota();
    CommandSpec top = CommandSpec.wrapWithoutInspection((Runnable) () -> {}).name("cluster");
    top.versionProvider(new BenchTypes.Version());
    top.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description("The partnership's toolkit.")
        .footer("", "Exit codes:", "  0  done", "  1  the data is invalid");
    top.addOption(
        option("-f", "--file")
            .paramLabel("FILE")
            .type(Path.class)
            .defaultValue("partnership.yaml")
            .scopeType(ScopeType.INHERIT)
            .description("The partnership definition.")
            .setter(setter((Path v) -> self.file = v))
            .build());
    top.addOption(
        option("--today")
            .paramLabel("DATE")
            .type(LocalDate.class)
            .converters(new BenchTypes.Day())
            .scopeType(ScopeType.INHERIT)
            .description("Take DATE as today.")
            .build());
    top.addOption(
        option("--stacktrace")
            .arity("0")
            .type(boolean.class)
            .scopeType(ScopeType.INHERIT)
            .description("Print the stack trace.")
            .build());
    help(top); // after the options, where mixinStandardHelpOptions puts them
    Callable<Integer> call =
        () -> {
          System.out.println("rota of " + self.file + " as " + self.format);
          return 0;
        };
    CommandSpec rota = CommandSpec.wrapWithoutInspection(call).name("rota");
    rota.versionProvider(new BenchTypes.Version());
    rota.usageMessage().description("Print the rota.");
    rota.addOption(value("--year", "YEAR", String.class, "An academic year."));
    rota.addOption(value("--term", "TERM", String.class, "The term."));
    rota.addOption(day("--from", "First day."));
    rota.addOption(day("--to", "Last day."));
    rota.addOption(list("--meeting", "ID", "Only this series."));
    rota.addOption(list("--school", "ID", "Only this school."));
    rota.addOption(list("--person", "ID", "Only this person."));
    rota.addOption(
        option("--format")
            .paramLabel("FORMAT")
            .type(BenchTypes.Format.class)
            .converters(new BenchTypes.FormatConverter())
            .defaultValue("markdown")
            .description("One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .setter(setter((BenchTypes.Format v) -> self.format = v))
            .build());
    rota.addOption(
        option("-o", "--output")
            .paramLabel("FILE")
            .type(Path.class)
            .description("Write to FILE.")
            .build());
    rota.addOption(value("--compare", "REF", String.class, "Compare with REF."));
    rota.addOption(
        option("--save").arity("0").type(boolean.class).description("Record the rota.").build());
    help(rota);
    top.addSubcommand("rota", new CommandLine(rota));
    CommandLine cmd = new CommandLine(top);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    System.exit(cmd.execute(args));
  }
}
