package dev.cluster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a command's output goes: standard output, a file ({@code -o}), or the end of a file ({@code
 * --append}). A regular file (or a new path) is written atomically: a temporary file beside it,
 * renamed into place; a symbolic link is followed and its target replaced; a pipe or a device
 * ({@code /dev/null}) is written in place, never replaced. A read-only file, or a failed write,
 * leaves the file untouched and is exit 4. The temporary file is removed on every way out, a
 * SIGTERM included, and stale ones of this naming left by a killed run are removed on the next
 * write.
 */
final class Output {
  /**
   * Temporary files being written, removed by the shutdown hook if the JVM is stopped meanwhile.
   */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  /**
   * How old a temporary file of our naming must be to count as left behind by a run that was
   * killed.
   */
  static final long STALE_MILLIS = 60_000;

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> PENDING.forEach(Output::deleteQuietly), "cluster-output-cleanup"));
  }

  private Output() {}

  /** Prints {@code text} to {@code out}, or writes it to {@code file} when it is not null. */
  static void emit(String text, Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
    } else {
      writeAtomically(file, text);
    }
  }

  /**
   * Writes {@code text} as UTF-8 to {@code file}: atomically (a temporary file beside it renamed
   * into place) when it is a regular file or a new path, in place when it is a pipe or a device.
   */
  static void writeAtomically(Path file, String text) {
    try {
      byte[] bytes = utf8(text);
      Path target = followLinks(file.toAbsolutePath());
      if (Files.isDirectory(target)) {
        throw new IOException("it is a folder");
      }
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        // a pipe, a terminal or /dev/null: replacing it with a file would break whatever reads it
        Files.write(target, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return;
      }
      if (Files.exists(target) && readOnly(target)) {
        throw new IOException("the file is read-only; make it writable or write to another file");
      }
      removeStale(target.getParent(), target.getFileName().toString());
      throughTemporary(
          target,
          bytes,
          (tmp, to) -> {
            try {
              Files.move(
                  tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
              Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
            }
          });
    } catch (IOException | SecurityException e) {
      throw new OutputException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /** Moves a finished temporary file into place. */
  private interface Move {
    void into(Path tmp, Path target) throws IOException;
  }

  /**
   * Writes {@code bytes} to a temporary file beside {@code target} (named {@code .NAME.*.tmp},
   * removed by the shutdown hook if the process is stopped meanwhile), gives it the permissions the
   * target should have, and moves it into place; the temporary file never outlives this call.
   */
  private static void throughTemporary(Path target, byte[] bytes, Move move) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    PENDING.add(tmp);
    try {
      Files.write(tmp, bytes);
      keepPermissions(target, tmp);
      pauseForTests();
      move.into(tmp, target);
    } finally {
      deleteQuietly(tmp); // already gone after the move
      PENDING.remove(tmp);
    }
  }

  private static byte[] utf8(String text) throws IOException {
    try {
      ByteBuffer b = StandardCharsets.UTF_8.newEncoder().encode(java.nio.CharBuffer.wrap(text));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IOException(
          "the text holds a character that UTF-8 cannot write (a lone surrogate)", e);
    }
  }

  /** {@code path} with its symbolic links followed, even to a target that does not exist yet. */
  private static Path followLinks(Path path) throws IOException {
    Path p = path;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new IOException("its symbolic links go round in a circle");
      }
      Path link = Files.readSymbolicLink(p);
      p = p.resolveSibling(link).normalize();
    }
    return p;
  }

  /**
   * Whether nobody may write {@code file} (asked of the permissions, so that it holds for root
   * too).
   */
  private static boolean readOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return !p.contains(PosixFilePermission.OWNER_WRITE)
          && !p.contains(PosixFilePermission.GROUP_WRITE)
          && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }
    return false;
  }

  /** Removes {@code .NAME.<digits>.tmp} files in {@code dir} older than {@link #STALE_MILLIS}. */
  private static void removeStale(Path dir, String name) {
    Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "\\d+\\.tmp");
    long before = System.currentTimeMillis() - STALE_MILLIS;
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> ours.matcher(f.getFileName().toString()).matches())
          .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> modified(f) < before)
          .forEach(Output::deleteQuietly);
    } catch (IOException | SecurityException e) {
      // an unlistable folder: the write below reports it
    }
  }

  private static long modified(Path f) {
    try {
      FileTime t = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS);
      return t.toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Tests stop a write half-way with {@code -Dcluster.output.pause-millis=N} to send it a SIGTERM.
   */
  private static void pauseForTests() {
    long millis = Long.getLong("cluster.output.pause-millis", 0);
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Writes {@code text} to {@code file}, which must not exist (its folders are created): a
   * temporary file beside it, then a rename that refuses to replace. An existing file is left
   * untouched and is exit 4.
   */
  static void createAtomically(Path file, String text) {
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      throw new OutputException(
          file
              + " already exists; it is never overwritten (edit it, or delete it first"
              + " to start again)",
          null);
    }
    try {
      byte[] bytes = utf8(text);
      Files.createDirectories(target.getParent());
      throughTemporary(
          target, bytes, (tmp, to) -> Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new OutputException(file + " already exists; it is never overwritten", e);
    } catch (IOException | SecurityException e) {
      throw new OutputException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /**
   * A temporary file is created readable by its owner only; the file it replaces keeps its own
   * permissions, and a new file gets the usual {@code rw-r--r--}, as a shell redirection would give
   * it.
   */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }

  /**
   * Adds {@code text} to the end of {@code file}, creating it when missing (for
   * $GITHUB_STEP_SUMMARY).
   */
  static void append(Path file, String text) {
    try {
      if (endsMidLine(file)) {
        text = "\n" + text; // a heading run into the last line of the file would not be a heading
      }
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
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
