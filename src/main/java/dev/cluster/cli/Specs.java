package dev.cluster.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What every command's model of the command line is built from: picocli's programmatic API, next to
 * the fields each option sets. No annotation is read at run time (the JDK's parsing of annotations
 * and picocli's reflection over them cost a good part of every command's start-up).
 */
final class Specs {
  private Specs() {}

  /**
   * The model of the command {@code name} run by {@code command}, described by {@code description};
   * its options follow, then {@link #withHelp}.
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    spec.versionProvider(new Main.Version());
    return spec;
  }

  /**
   * Adds {@code -h/--help} and {@code -V/--version} after the command's own options, as picocli's
   * {@code mixinStandardHelpOptions} does (which reads an annotated class of picocli's own): the
   * same names, descriptions and resource-bundle keys.
   */
  static CommandSpec withHelp(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /**
   * An option of {@code type} that picocli reads with {@code get} and sets with {@code set}; its
   * initial value is the field's value now (as picocli takes an annotated field's). A {@link Path}
   * is read by {@link Converters.FilePath}.
   */
  static <V> OptionSpec.Builder option(
      Class<V> type, Supplier<V> get, Consumer<V> set, String... names) {
    Field<V> field = new Field<>(get, set);
    OptionSpec.Builder option =
        OptionSpec.builder(names).type(type).getter(field).setter(field).initialValue(get.get());
    return type == Path.class ? option.converters(new Converters.FilePath()) : option;
  }

  /** A flag (an option without a value) that sets a {@code boolean} field. */
  static OptionSpec flag(
      String name, Supplier<Boolean> get, Consumer<Boolean> set, String... description) {
    return option(boolean.class, get, set, name).description(description).build();
  }

  /** A repeatable option collecting its values into a list of strings. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static OptionSpec.Builder list(
      Supplier<List<String>> get, Consumer<List<String>> set, String... names) {
    return option((Class<List<String>>) (Class) List.class, get, set, names)
        .auxiliaryTypes(String.class);
  }

  /** The positional parameter at {@code index} of {@code type}, read and set like an option. */
  static <V> PositionalParamSpec.Builder parameter(
      int index, Class<V> type, Supplier<V> get, Consumer<V> set) {
    Field<V> field = new Field<>(get, set);
    PositionalParamSpec.Builder parameter =
        PositionalParamSpec.builder()
            .index(String.valueOf(index))
            .type(type)
            .getter(field)
            .setter(field)
            .initialValue(get.get());
    return type == Path.class ? parameter.converters(new Converters.FilePath()) : parameter;
  }

  /** A command's field as picocli reads and writes it. */
  private static final class Field<V> implements IGetter, ISetter {
    private final Supplier<V> reader;
    private final Consumer<V> writer;

    Field(Supplier<V> reader, Consumer<V> writer) {
      this.reader = reader;
      this.writer = writer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) reader.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      V old = reader.get();
      writer.accept((V) value);
      return (T) old;
    }
  }
}
