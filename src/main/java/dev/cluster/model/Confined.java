package dev.cluster.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Every file a partnership names (rosters, history, templates) must lie inside the partnership's
 * folder once symbolic links are followed: the files come from a pull request's author and CI logs
 * are public, so {@code roster: /proc/self/environ} or a template linked to {@code /etc/passwd}
 * must not be read.
 */
public final class Confined {
  private Confined() {}

  /**
   * Null when {@code file} (which exists) resolves inside {@code folder}; otherwise what to tell
   * the user, as "is outside ..." (a file that cannot be resolved counts as outside).
   */
  public static String outside(Path file, Path folder) {
    Path root = real(folder == null || folder.toString().isEmpty() ? Path.of(".") : folder);
    Path real = real(file);
    if (root != null && real != null && real.startsWith(root)) {
      return null;
    }
    // the link's target is not named: a CI log is public, and the target is what the user must not
    // reach
    return "is outside the partnership's folder"
        + (real != null && !real.equals(file.toAbsolutePath().normalize())
            ? " (through a symbolic link)"
            : "")
        + "; keep every file the partnership uses in the folder of "
        + "partnership.yaml or below it";
  }

  /**
   * Throws a {@link DataException} at {@code at} when {@code file} is {@linkplain #outside
   * outside}.
   */
  public static void check(Path file, Path folder, Location at, String what) {
    String why = outside(file, folder);
    if (why != null) {
      throw new DataException(Diagnostic.error(at, what + " `" + file + "` " + why));
    }
  }

  /** Why a file could not be read, in words (never a Java class name). */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied; ask whoever looks after the computer to let you read it";
    }
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof NotDirectoryException) {
      return "it is not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "its folders link back to themselves";
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.lastIndexOf(": ");
    String tail = colon >= 0 ? m.substring(colon + 2) : m;
    return tail.isBlank()
        ? "the system could not read it"
        : tail.toLowerCase(java.util.Locale.ROOT);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }
}
