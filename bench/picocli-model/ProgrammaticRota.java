import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The same command line as AnnotatedRota, built with picocli's programmatic API (no annotations). */
public class ProgrammaticRota {
  enum Format { MARKDOWN, CSV, JSON, ICS }

  Path file;
  String format;

  static OptionSpec.Builder option(String... names) {
    return OptionSpec.builder(names);
  }

  static void help(CommandSpec spec) {
    spec.addOption(option("-h", "--help").usageHelp(true).description("Show this help.").build());
    spec.addOption(option("-V", "--version").versionHelp(true).description("Print the version.").build());
  }

  static OptionSpec value(String name, String label, Class<?> type, String description) {
    return option(name).paramLabel(label).type(type).description(description).build();
  }

  static OptionSpec list(String name, String label, String description) {
    return option(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
        .description(description).build();
  }

  public static void main(String[] args) {
    ProgrammaticRota self = new ProgrammaticRota();
    CommandSpec top = CommandSpec.create().name("cluster");
    top.usageMessage().description("The partnership's toolkit.");
    help(top);
    top.addOption(option("-f", "--file").paramLabel("FILE").type(Path.class).defaultValue("partnership.yaml")
        .scopeType(ScopeType.INHERIT).description("The partnership definition.")
        .setter(new ISetter() {
          @Override
          public <T> T set(T v) {
            self.file = (Path) v;
            return null;
          }
        }).build());
    top.addOption(option("--today").paramLabel("DATE").type(LocalDate.class).scopeType(ScopeType.INHERIT)
        .description("Take DATE as today.").build());
    top.addOption(option("--stacktrace").arity("0").type(boolean.class).scopeType(ScopeType.INHERIT)
        .description("Print the stack trace.").build());
    CommandSpec rota = CommandSpec.create().name("rota");
    rota.usageMessage().description("Print the rota.");
    help(rota);
    rota.addOption(value("--year", "YYYY-YY", String.class, "The academic year."));
    rota.addOption(value("--term", "TERM", String.class, "The term."));
    rota.addOption(value("--from", "DATE", LocalDate.class, "First day."));
    rota.addOption(value("--to", "DATE", LocalDate.class, "Last day."));
    rota.addOption(list("--meeting", "ID", "Only this series."));
    rota.addOption(list("--school", "ID", "Only this school."));
    rota.addOption(list("--person", "ID", "Only this person."));
    rota.addOption(option("--format").paramLabel("FORMAT").type(Format.class)
        .defaultValue("markdown").description("The format.")
        .setter(new ISetter() {
          @Override
          public <T> T set(T v) {
            self.format = String.valueOf(v);
            return null;
          }
        }).build());
    rota.addOption(option("-o", "--output").paramLabel("FILE").type(Path.class).description("Write to FILE.").build());
    rota.addOption(value("--compare", "REF", String.class, "Compare with REF."));
    rota.addOption(option("--save").arity("0").type(boolean.class).description("Record the rota.").build());
    top.addSubcommand("rota", new CommandLine(rota));
    CommandLine cmd = new CommandLine(top);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionStrategy(parsed -> {
      System.out.println("rota of " + self.file + " as " + self.format);
      return 0;
    });
    System.exit(cmd.execute(args));
  }
}
