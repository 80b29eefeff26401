package dev.cluster.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE}, spelt the same in every command that writes one file. */
final class OutputOption {
  /** The help text of {@code -o} (also for commands that declare it in an option group). */
  static final String DESCRIPTION = "Write to FILE (atomically) instead of printing it.";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = DESCRIPTION)
  Path file;
}
