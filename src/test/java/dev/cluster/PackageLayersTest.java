package dev.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (README, "Code layout"): each package of {@code src/main} uses only
 * the packages before it in {@link #LAYERS}, so that the model knows nothing of loading, loading
 * nothing of rendering, and nothing but {@code cli} knows picocli's commands. A reference is any
 * {@code dev.cluster.X} in a source file (an import or a qualified name).
 */
class PackageLayersTest {
  /** The packages in order: each may use those before it, never one after it. */
  static final List<String> LAYERS =
      List.of(
          "model",
          "csv",
          "html",
          "calendar",
          "load",
          "rota",
          "pairing",
          "view",
          "agenda",
          "render",
          "report",
          "site",
          "init",
          "check",
          "cli");

  private static final Path MAIN = Path.of("src/main/java/dev/cluster");
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.cluster\\.([a-z]+)\\b");

  @Test
  void everyPackageUsesOnlyThePackagesBeforeIt() throws IOException {
    Map<String, Set<String>> uses = uses();
    assertThat(uses.keySet())
        .as("packages of src/main, each placed in LAYERS")
        .isEqualTo(new TreeSet<>(LAYERS));
    List<String> wrong = new ArrayList<>();
    uses.forEach(
        (pkg, used) -> {
          for (String other : used) {
            if (LAYERS.indexOf(other) > LAYERS.indexOf(pkg)) {
              wrong.add(pkg + " uses " + other);
            }
          }
        });
    assertThat(wrong).as("dependencies pointing the wrong way").isEmpty();
    // the check can see a dependency at all (the reading found the ones the README names)
    assertThat(uses.get("cli")).contains("load", "rota", "render");
    assertThat(uses.get("model")).isEmpty();
  }

  /** Each package's references to other packages of cluster's. */
  private static Map<String, Set<String>> uses() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String pkg = dir.getFileName().toString();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
            Matcher m = REFERENCE.matcher(Files.readString(f));
            while (m.find()) {
              if (!m.group(1).equals(pkg)) {
                used.add(m.group(1));
              }
            }
          }
        }
        uses.put(pkg, used);
      }
    }
    return uses;
  }
}
