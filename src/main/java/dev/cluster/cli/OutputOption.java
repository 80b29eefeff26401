package dev.cluster.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.OptionSpec;

/** {@code -o FILE}, spelt the same in every command that writes one file. */
final class OutputOption {
  /** The help text of {@code -o}. */
  static final String DESCRIPTION = "Write to FILE (atomically) instead of printing it.";

  Path file;

  /** The option, setting {@link #file}. */
  OptionSpec spec() {
    return spec(() -> file, v -> file = v, DESCRIPTION);
  }

  /** {@code -o/--output FILE} described by {@code description}, read and set through these. */
  static OptionSpec spec(Supplier<Path> get, Consumer<Path> set, String description) {
    return Specs.option(Path.class, get, set, "-o", "--output")
        .paramLabel("FILE")
        .description(description)
        .build();
  }
}
