package dev.cluster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a command's output goes: standard output, a file written atomically ({@code -o}), or the end of a
 * file ({@code --append}). A failed write leaves an existing file untouched and is exit 4.
 */
final class Output {
  private Output() {}

  /** Prints {@code text} to {@code out}, or writes it atomically to {@code file} when it is not null. */
  static void emit(String text, Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
    } else {
      writeAtomically(file, text);
    }
  }

  /** Writes {@code text} as UTF-8 to a temporary file beside {@code file}, then renames it into place. */
  static void writeAtomically(Path file, String text) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      if (Files.isDirectory(target)) {
        throw new IOException("it is a folder");
      }
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      keepPermissions(target, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException e) {
      deleteQuietly(tmp);
      throw new OutputException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /**
   * Writes {@code text} to {@code file}, which must not exist (its folders are created): a temporary file
   * beside it, then a rename that refuses to replace. An existing file is left untouched and is exit 4.
   */
  static void createAtomically(Path file, String text) {
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      throw new OutputException(file + " already exists; it is never overwritten (edit it, or delete it first"
          + " to start again)", null);
    }
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      keepPermissions(target, tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      deleteQuietly(tmp);
      throw new OutputException(file + " already exists; it is never overwritten", e);
    } catch (IOException | SecurityException e) {
      deleteQuietly(tmp);
      throw new OutputException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /**
   * A temporary file is created readable by its owner only; the file it replaces keeps its own permissions,
   * and a new file gets the usual {@code rw-r--r--}, as a shell redirection would give it.
   */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }

  /** Adds {@code text} to the end of {@code file}, creating it when missing (for $GITHUB_STEP_SUMMARY). */
  static void append(Path file, String text) {
    try {
      if (endsMidLine(file)) {
        text = "\n" + text; // a heading run into the last line of the file would not be a heading
      }
      Files.writeString(file, text, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException | SecurityException e) {
      throw new OutputException("cannot append to " + file + ": " + reason(e), e);
    }
  }

  /** Whether {@code file} exists and its last byte is not a newline. */
  private static boolean endsMidLine(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return false;
    }
    try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
      ch.position(ch.size() - 1);
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      ch.read(last);
      return last.get(0) != '\n';
    }
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // the temporary file is hidden and harmless; the real error is reported
      }
    }
  }
}
