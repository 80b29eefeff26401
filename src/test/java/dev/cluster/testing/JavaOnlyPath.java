package dev.cluster.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code PATH} as on a machine with only a Java runtime: {@code java} (the JVM running the tests)
 * and the basic POSIX tools a shell script needs, and no {@code mvn}. For the tests that run the
 * distribution and the GitHub action as a user's machine would.
 */
public final class JavaOnlyPath {
  /** The POSIX tools the launchers and the action's steps call. */
  static final List<String> TOOLS =
      List.of(
          "sh",
          "bash",
          "dirname",
          "basename",
          "readlink",
          "uname",
          "mkdir",
          "cksum",
          "cut",
          "ls",
          "cat",
          "mv",
          "rm",
          "cp",
          "ln",
          "chmod",
          "date",
          "printf",
          "tar",
          "sed",
          "grep",
          "find",
          "sort",
          "sha256sum",
          "env",
          "tr",
          "head",
          "tail",
          "git",
          "touch",
          "mktemp",
          "xargs",
          "wc",
          "gzip",
          "awk",
          "expr",
          "id",
          "uniq",
          "sleep");

  private JavaOnlyPath() {}

  /**
   * Fills {@code dir} with links to {@code java} and to those tools found on this machine's PATH;
   * returns dir.
   */
  public static Path create(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.createSymbolicLink(
        dir.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    for (String tool : TOOLS) {
      for (String entry :
          System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
        Path candidate = Path.of(entry, tool);
        if (Files.isExecutable(candidate) && !Files.exists(dir.resolve(tool))) {
          Files.createSymbolicLink(dir.resolve(tool), candidate);
          break;
        }
      }
    }
    return dir;
  }

  /** The result of a process: its exit code and what it printed. */
  public record Run(int exit, String out, String err) {}

  /** Runs {@code command} in {@code cwd} with exactly {@code env} as its environment. */
  public static Run run(Path cwd, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    return run(pb);
  }

  /**
   * Runs {@code pb} with nothing on its standard input, its output and errors in temporary files (a
   * pipe could fill up and stall it), which are removed whatever happens; a run longer than 5
   * minutes fails.
   */
  public static Run run(ProcessBuilder pb) throws IOException, InterruptedException {
    Path out = Files.createTempFile("cluster-out", ".txt");
    Path err = Files.createTempFile("cluster-err", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + pb.command());
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
