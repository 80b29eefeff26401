package dev.cluster.testing;

import dev.cluster.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process through {@link Main#run}, capturing both streams. */
public final class Cli {
  private Cli() {}

  /** Runs {@code cluster args...}. */
  public static CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliResult(exit, out.toString(), err.toString());
  }
}
