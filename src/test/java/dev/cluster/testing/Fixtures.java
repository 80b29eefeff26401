package dev.cluster.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The partnerships in {@code src/test/resources/fixtures/}, copied into a temporary folder a test
 * may change.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Copies fixture {@code name} into {@code dir}; returns the copy's {@code partnership.yaml}. */
  public static Path copy(String name, Path dir) {
    return copyFolder(Path.of("src/test/resources/fixtures", name), dir);
  }

  /**
   * Copies the partnership folder {@code from} into {@code dir}; returns the copy's {@code
   * partnership.yaml}.
   */
  public static Path copyFolder(Path from, Path dir) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path to = dir.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.resolve("partnership.yaml");
  }

  /** Writes {@code lines} to {@code file}, creating its folder. */
  public static Path write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
