import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * `cluster rota`'s command line declared with annotations, shaped as cluster declared it before it
 * built its model with picocli's API (Main, PartnershipCommand, RotaCommand, YearOption, Formats,
 * OutputOption, Converters): global options inherited by the subcommand, converter classes, a
 * version provider, an abstract superclass holding the parent, three mixins. bench/picocli-model.sh
 * times it against ProgrammaticRota, the same command line built with picocli's API.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    versionProvider = BenchTypes.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "The partnership's toolkit.",
    footer = {"", "Exit codes:", "  0  done", "  1  the data is invalid"})
public class AnnotatedRota implements Runnable {
  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      defaultValue = "partnership.yaml",
      scope = ScopeType.INHERIT,
      description = "The partnership definition.")
  Path file;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      scope = ScopeType.INHERIT,
      converter = BenchTypes.Day.class,
      description = "Take DATE as today.")
  LocalDate today;

  @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace.")
  boolean stacktrace;

  @Spec CommandSpec spec;

  @Override
  public void run() {}

  static final class YearOption {
    @Option(names = "--year", paramLabel = "YEAR", description = "An academic year.")
    String name;
  }

  static final class OutputOption {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write to FILE.")
    Path file;
  }

  static final class FormatOption {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "markdown",
        description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        converter = BenchTypes.FormatConverter.class)
    BenchTypes.Format value;
  }

  @Command
  abstract static class PartnershipCommand {
    @ParentCommand AnnotatedRota main;
  }

  @Command(name = "rota", mixinStandardHelpOptions = true, description = "Print the rota.")
  static final class Rota extends PartnershipCommand implements Callable<Integer> {
    @Mixin YearOption year;

    @Option(names = "--term", paramLabel = "TERM", description = "The term.")
    String term;

    @Option(
        names = "--from",
        paramLabel = "DATE",
        converter = BenchTypes.Day.class,
        description = "First day.")
    LocalDate from;

    @Option(
        names = "--to",
        paramLabel = "DATE",
        converter = BenchTypes.Day.class,
        description = "Last day.")
    LocalDate to;

    @Option(names = "--meeting", paramLabel = "ID", description = "Only this series.")
    List<String> meetings;

    @Option(names = "--school", paramLabel = "ID", description = "Only this school.")
    List<String> schools;

    @Option(names = "--person", paramLabel = "ID", description = "Only this person.")
    List<String> people;

    @Mixin FormatOption format;
    @Mixin OutputOption output;

    @Option(names = "--compare", paramLabel = "REF", description = "Compare with REF.")
    String compare;

    @Option(names = "--save", description = "Record the rota.")
    boolean save;

    @Override
    public Integer call() {
      System.out.println("rota of " + main.file + " as " + format.value);
      return 0;
    }
  }

  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new AnnotatedRota());
    cmd.addSubcommand(Rota.class);
    cmd.getSubcommands()
        .values()
        .forEach(c -> c.getCommandSpec().versionProvider(new BenchTypes.Version()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    System.exit(cmd.execute(args));
  }
}
