package dev.cluster.cli;

import dev.cluster.load.LoadResult;
import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.UsageException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code cluster} command. {@link #run} is the testable entry point: it returns the exit code
 * and is the one place where exceptions become exit codes (SPEC section 4); only {@link #main}
 * calls {@code System.exit}.
 */
public final class Main implements Callable<Integer> {
  /** Exit code for the data being invalid. */
  public static final int EXIT_DATA = 1;

  /** Exit code for a wrong command line. */
  public static final int EXIT_USAGE = 2;

  /** Exit code for hard constraints that cannot be met. */
  public static final int EXIT_INFEASIBLE = 3;

  /** Exit code for an output file that could not be written. */
  public static final int EXIT_OUTPUT = 4;

  /** Exit code for a bug in cluster itself (never a user's mistake). */
  public static final int EXIT_INTERNAL = 70;

  Path file;

  LocalDate today;

  boolean stacktrace;

  /**
   * The subcommands by name, in the order {@code cluster --help} lists them, each as the model of
   * the command line it builds (named as here, which a test holds them to). Only the one a command
   * line names is built (picocli's model of a command costs start-up time); all are, for help or a
   * name that needs a suggestion. Only picocli's own {@code help} is built from annotations.
   */
  static final Map<String, Function<Main, CommandSpec>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("validate", main -> new ValidateCommand(main).spec());
    COMMANDS.put("rota", main -> new RotaCommand(main).spec());
    COMMANDS.put("pairings", main -> new PairingsCommand(main).spec());
    COMMANDS.put("agenda", main -> new AgendaCommand(main).spec());
    COMMANDS.put("minutes", main -> new MinutesCommand(main).spec());
    COMMANDS.put("report", main -> new ReportCommand(main).spec());
    COMMANDS.put("init", main -> new InitCommand(main).spec());
    COMMANDS.put("schema", main -> new SchemaCommand(main).spec());
    COMMANDS.put("templates", main -> new TemplatesCommand(main).spec());
    COMMANDS.put("site", main -> new SiteCommand(main).spec());
    COMMANDS.put("help", main -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand()));
  }

  /** The commands that read the partnership, which {@link EarlyLoad} may start reading early. */
  private static final Set<String> READ_THE_PARTNERSHIP =
      Set.of("validate", "rota", "pairings", "agenda", "minutes", "report", "site");

  PrintWriter out;
  PrintWriter err;

  /** The partnership being read while the command line is parsed, or null. */
  private EarlyLoad early;

  /** The model of the command line {@link #spec()} built. */
  private CommandSpec spec;

  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** The model of {@code cluster} itself: its global options, inherited by every subcommand. */
  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("cluster");
    spec.versionProvider(new Version());
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(
            "Runs a school partnership from partnership.yaml and one CSV staff roster per school:"
                + " rotas, peer-review pairings, agendas and reports.")
        .footer(
            "",
            "Exit codes:",
            "  0  done",
            "  1  the data is invalid (each problem is listed as FILE:LINE:COLUMN)",
            "  2  the command line is wrong",
            "  3  no schedule or pairing meets the hard constraints (the reason is given)",
            "  4  an output file could not be written",
            "  70 a bug in cluster itself: run again with --stacktrace and report it",
            "",
            "Start with 'cluster init DIR' for a new partnership, or 'cluster validate' in an"
                + " existing one.");
    spec.addOption(
        Specs.option(Path.class, () -> file, v -> file = v, "-f", "--file")
            .paramLabel("FILE")
            .defaultValue("partnership.yaml")
            .scopeType(ScopeType.INHERIT)
            .description("The partnership definition (default: ${DEFAULT-VALUE} in this folder).")
            .build());
    spec.addOption(
        Converters.day(() -> today, v -> today = v, "--today")
            .scopeType(ScopeType.INHERIT)
            .description(
                "Take DATE (YYYY-MM-DD) as today: fixes what \"this term\" and \"next meeting\""
                    + " mean. Default: the system date.")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> stacktrace, v -> stacktrace = v, "--stacktrace")
            .scopeType(ScopeType.INHERIT)
            .description("With an internal error, print the Java stack trace (for a bug report).")
            .build());
    return Specs.withHelp(spec);
  }

  /**
   * {@code cluster} with no command: a usage error (exit 2) that lists the commands, as {@code
   * cluster --help} does, on standard error.
   */
  @Override
  public Integer call() {
    // spec.commandLine() is the CommandLine that run() set up, printing to the streams it was given
    CommandLine cmd = spec.commandLine();
    cmd.getErr()
        .println("cluster: Missing command: name one of the commands below, such as 'rota'.");
    cmd.getErr().println();
    cmd.usage(cmd.getErr());
    return EXIT_USAGE;
  }

  /** The partnership {@code -f} names (read early when it could be). */
  LoadResult readPartnership() {
    return early != null ? early.take(file) : PartnershipLoader.load(file);
  }

  /** The day taken as today. */
  LocalDate today() {
    return today != null ? today : LocalDate.now();
  }

  /**
   * Runs {@code cluster} with {@code args}, printing to {@code out} and {@code err}; returns the
   * exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    configurePicocli();
    Main main = new Main(out, err);
    FirstLook look = FirstLook.of(args);
    main.early = startEarlyLoad(look, args);
    CommandLine cmd =
        FirstLook.versionAlone(args)
            ? new CommandLine(main.spec()) // no command's model is needed to print the version
            : commandLine(main, look.command());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> handle(ex, commandLine, main));
    cmd.setParameterExceptionHandler(Main::usageError);
    try {
      return cmd.execute(args);
    } finally {
      if (main.early != null) {
        main.early.abandon();
      }
      out.flush();
      err.flush();
    }
  }

  /**
   * Starts reading the partnership when the command named reads it (and is not asked for its help
   * or version), or returns null.
   */
  private static EarlyLoad startEarlyLoad(FirstLook look, String[] args) {
    boolean reads =
        look.command() != null
            && READ_THE_PARTNERSHIP.contains(look.command())
            && Arrays.stream(args).noneMatch(FirstLook::helpOrVersion);
    if (!reads) {
      return null;
    }
    try {
      return EarlyLoad.start(Path.of(look.file()));
    } catch (java.nio.file.InvalidPathException e) {
      return null; // the command reports it, as for any other file name
    }
  }

  /**
   * The command line with only the subcommand {@code named}, or with all (for null, help or a
   * typo).
   */
  static CommandLine commandLine(Main main, String named) {
    CommandLine cmd = new CommandLine(main.spec());
    Function<Main, CommandSpec> one = "help".equals(named) ? null : COMMANDS.get(named);
    if (one != null) {
      cmd.addSubcommand(named, new CommandLine(one.apply(main)));
    } else {
      COMMANDS.forEach((name, sub) -> cmd.addSubcommand(name, new CommandLine(sub.apply(main))));
    }
    return cmd;
  }

  /**
   * What a command line says before picocli reads it: the subcommand's name (the first argument
   * that is not an option or an option's value; null without one, and when help or the version is
   * asked for before it, as in {@code cluster --help rota}, whose help lists every command) and the
   * file {@code -f FILE}, {@code --file FILE} or {@code --file=FILE} names (the default {@code
   * partnership.yaml} without one), which may come after the subcommand. A guess each: picocli's
   * parse decides, and {@link EarlyLoad#take} checks the file against it.
   */
  record FirstLook(String command, String file) {
    static FirstLook of(String[] args) {
      String command = null;
      String file = "partnership.yaml";
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if ((a.equals("-f") || a.equals("--file")) && i + 1 < args.length) {
          file = args[++i];
        } else if (a.startsWith("--file=") || a.startsWith("-f=")) {
          file = a.substring(a.indexOf('=') + 1);
        } else if (a.equals("--today")) {
          i++;
        } else if (a.equals("--")) {
          return new FirstLook(
              command != null || i + 1 >= args.length ? command : args[i + 1], file);
        } else if (command == null && helpOrVersion(a)) {
          return new FirstLook(null, file);
        } else if (!a.startsWith("-") && command == null) {
          command = a;
        }
      }
      return new FirstLook(command, file);
    }

    /**
     * Whether the command line is {@code --version} or {@code -V} and nothing else: {@code cluster
     * --version} alone, which needs no subcommand's model (building them all took it 150 ms).
     */
    static boolean versionAlone(String[] args) {
      return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * Whether {@code a} is {@code --help}, {@code --version} or {@code -h}/{@code -V} (or both).
     */
    static boolean helpOrVersion(String a) {
      if (a.equals("--help") || a.equals("--version")) {
        return true;
      }
      if (a.length() < 2 || a.charAt(0) != '-') {
        return false;
      }
      for (int i = 1; i < a.length(); i++) {
        if (a.charAt(i) != 'h' && a.charAt(i) != 'V') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A wrong command line: the message and where to find help, not the whole usage text (exit 2).
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("cluster: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
    return EXIT_USAGE;
  }

  /**
   * Maps an exception thrown by a command to its exit code, printing what the user needs to see.
   */
  private static int handle(Exception ex, CommandLine commandLine, Main main) {
    PrintWriter err = main.err;
    if (main.stacktrace) {
      ex.printStackTrace(err);
    }
    if (ex instanceof DataException data) {
      for (Diagnostic d : data.diagnostics()) {
        err.println(d.format());
      }
      return EXIT_DATA;
    }
    if (ex instanceof UsageException usage) {
      err.println("cluster: " + usage.getMessage());
      err.println(
          "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
      return EXIT_USAGE;
    }
    if (ex instanceof CommandLine.ParameterException pe) {
      err.println("cluster: " + pe.getMessage());
      return EXIT_USAGE;
    }
    if (ex instanceof InfeasibleException infeasible) {
      err.println("cluster: " + infeasible.getMessage());
      return EXIT_INFEASIBLE;
    }
    if (ex instanceof OutputException output) {
      err.println("cluster: " + output.getMessage());
      return EXIT_OUTPUT;
    }
    err.println("cluster: internal error: " + ex);
    if (!main.stacktrace) {
      err.println(
          "This is a bug in cluster. Run again with --stacktrace and report what it prints.");
    }
    return EXIT_INTERNAL;
  }

  /**
   * What picocli otherwise does at every start for features cluster does not use: its factory looks
   * for Groovy's {@code Closure} class through the whole jar (a failed class lookup, about 5 ms),
   * and its parser looks up, by reflection, a converter for each of 22 JDK types ({@code
   * java.time}, {@code java.sql}, {@code Path}): cluster's options are text, numbers, flags,
   * choices, days and files, and the last two have converters of their own ({@link Converters}).
   */
  static void configurePicocli() {
    System.setProperty("picocli.disable.closures", "true");
    System.setProperty("picocli.converters.excludes", "java\\..*");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    System.exit(run(out, err, args));
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"cluster " + (v == null ? "development build" : v)};
    }
  }
}
