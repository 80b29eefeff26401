package dev.cluster.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a new partnership folder a Git repository, as {@code cluster init} promises: a partnership
 * keeps its data in Git (SPEC section 1). A folder already inside a repository is left alone; a
 * machine without Git only gets told how to do it later.
 */
public final class GitInit {
  private GitInit() {}

  /**
   * What happened, in one sentence for the user, and whether it is only a notice or a problem to
   * fix.
   */
  public record Outcome(String message, boolean problem) {}

  /**
   * Runs {@code git init} in {@code dir} unless it is already inside a Git working tree; {@code
   * git} is the command to run (normally {@code git}). Returns null when nothing needed doing.
   */
  static Outcome ensure(Path dir, String git) {
    if (insideRepository(dir)) {
      return null;
    }
    String shown = InitSummary.where(dir);
    List<String> command =
        List.of(
            git, "-c", "init.defaultBranch=main", "init", "-q", dir.toAbsolutePath().toString());
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroy();
        return new Outcome(
            "'git init' did not finish in " + shown + "; run it there yourself", true);
      }
      if (p.exitValue() != 0) {
        return new Outcome(
            "'git init' failed in "
                + shown
                + (output.isEmpty() ? "" : " (" + output + ")")
                + "; run it there yourself once Git works",
            true);
      }
      return new Outcome(
          "Ran 'git init': " + shown + " is now a Git repository (branch main).", false);
    } catch (IOException e) {
      return new Outcome(
          shown
              + " is not a Git repository and Git is not installed here: install it from"
              + " https://git-scm.com/downloads, then run 'git init' in "
              + shown,
          true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(
          "'git init' was interrupted in " + shown + "; run it there yourself", true);
    }
  }

  /**
   * True when {@code dir} or a folder above it holds {@code .git} (a folder, or a file in a
   * worktree).
   */
  static boolean insideRepository(Path dir) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }
}
