package dev.cluster.site;

import dev.cluster.model.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a site so that a failure leaves no half-written site: every file goes into a new folder
 * beside {@code DIR}; only when all are written is the old {@code DIR} renamed aside, the new one
 * renamed into its place, and the old one deleted. A folder that holds files but no {@link #MARKER}
 * (so cluster did not write it) is refused, never replaced.
 */
public final class SiteWriter {
  /** The file that says a folder is a site cluster wrote (and may replace). */
  public static final String MARKER = ".cluster-site";

  private SiteWriter() {}

  /** Writes {@code files} (relative path to content) as the folder {@code dir}. */
  public static void write(Path dir, Map<String, String> files) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new UsageException(dir + " is a file, not a folder: give a folder for the site");
    }
    if (Files.isDirectory(target) && !isEmpty(target) && !Files.exists(target.resolve(MARKER))) {
      throw new UsageException(
          dir
              + " already holds files that `cluster site` did not write; give a new or"
              + " empty folder (the site replaces the whole folder)");
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    try {
      writeAll(fresh, files);
      Files.writeString(
          fresh.resolve(MARKER), "Written by `cluster site`; it replaces this whole folder.\n");
      Files.writeString(fresh.resolve(".nojekyll"), "");
      if (Files.exists(target)) {
        Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        try {
          move(fresh, target);
        } catch (IOException e) {
          move(old, target);
          throw e;
        }
        delete(old);
      } else {
        move(fresh, target);
      }
    } finally {
      delete(fresh);
    }
  }

  /**
   * Writes every file under {@code root}: the folders first, then the files on every core (a site
   * of 500 schools is some 26,000 files, and creating a file is mostly the kernel's work). Each
   * file's bytes depend only on its own text, so the order of writing changes nothing; the first
   * failure is the one reported.
   */
  private static void writeAll(Path root, Map<String, String> files) throws IOException {
    Set<Path> folders = new TreeSet<>();
    for (String name : files.keySet()) {
      folders.add(root.resolve(name).getParent());
    }
    for (Path folder : folders) {
      Files.createDirectories(folder);
    }
    try {
      files.entrySet().parallelStream()
          .forEach(
              e -> {
                try {
                  Files.writeString(root.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                } catch (IOException x) {
                  throw new UncheckedIOException(x);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
