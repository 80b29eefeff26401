package dev.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: expected outputs kept under {@code src/test/resources/golden/<case>/}. Run the
 * tests with {@code -Dgolden.update=true} to (re)write them from the current output, deliberately,
 * then review the diff.
 */
public final class Golden {
  /** Where the golden cases live, from the project's root (Maven's working directory for tests). */
  public static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Whether this run rewrites golden files instead of comparing with them. */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** The case folders whose names start with {@code prefix}, sorted. */
  public static List<Path> cases(String prefix) {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> d.getFileName().toString().startsWith(prefix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines of a case's file (for example its {@code args}, one command-line argument a line).
   */
  public static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} is the content of {@code expected} (or writes it there when
   * updating).
   */
  public static void check(Path expected, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(expected)
          .as("golden file %s is missing: run with -Dgolden.update=true", expected)
          .exists();
      assertThat(actual)
          .as("output differs from %s (run with -Dgolden.update=true to accept it)", expected)
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code name} of {@code testCase}, or
   * rewrites it.
   */
  public static void assertMatches(String testCase, String name, String actual) {
    check(ROOT.resolve(testCase).resolve(name), actual);
  }
}
