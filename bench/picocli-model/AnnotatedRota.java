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

/** `cluster rota`'s command line as annotations, the way cluster declares it (bench/picocli-model.sh). */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "The partnership's toolkit.")
public class AnnotatedRota implements Runnable {
  @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "partnership.yaml",
      scope = ScopeType.INHERIT, description = "The partnership definition.")
  Path file;

  @Option(names = "--today", paramLabel = "DATE", scope = ScopeType.INHERIT, description = "Take DATE as today.")
  LocalDate today;

  @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace.")
  boolean stacktrace;

  @Spec CommandSpec spec;

  @Override
  public void run() {}

  static class YearOption {
    @Option(names = "--year", paramLabel = "YYYY-YY", description = "The academic year.")
    String year;
  }

  static class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE.")
    Path file;
  }

  enum Format { MARKDOWN, CSV, JSON, ICS }

  static class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown", description = "The format.")
    Format value;
  }

  @Command(name = "rota", mixinStandardHelpOptions = true, description = "Print the rota.")
  static class Rota implements Callable<Integer> {
    @ParentCommand AnnotatedRota main;
    @Mixin YearOption year;
    @Option(names = "--term", paramLabel = "TERM", description = "The term.") String term;
    @Option(names = "--from", paramLabel = "DATE", description = "First day.") LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day.") LocalDate to;
    @Option(names = "--meeting", paramLabel = "ID", description = "Only this series.") List<String> meetings;
    @Option(names = "--school", paramLabel = "ID", description = "Only this school.") List<String> schools;
    @Option(names = "--person", paramLabel = "ID", description = "Only this person.") List<String> people;
    @Mixin FormatOption format;
    @Mixin OutputOption output;
    @Option(names = "--compare", paramLabel = "REF", description = "Compare with REF.") String compare;
    @Option(names = "--save", description = "Record the rota.") boolean save;

    @Override
    public Integer call() {
      System.out.println("rota of " + main.file + " as " + format.value);
      return 0;
    }
  }

  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new AnnotatedRota());
    cmd.addSubcommand(Rota.class);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    System.exit(cmd.execute(args));
  }
}
