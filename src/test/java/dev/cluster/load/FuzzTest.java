package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of every example's partnership.yaml and rosters through {@code validate}: never
 * exit 70, never Java text on standard error, and every error located at a line and column. The
 * seed is in every message; {@code -Dfuzz.seed=N} replays one run.
 */
class FuzzTest {
  static final int MUTANTS = 200;
  static final Pattern LOCATED = Pattern.compile("^\\S.*?:\\d+:\\d+: (error|warning): .+");
  static final String[] INSERTS = {
    ":",
    ": ",
    "\"",
    "'",
    "\t",
    "- ",
    "&a ",
    "*a",
    "\u0000",
    "\u001b",
    "{",
    "}",
    "[",
    "]",
    "#",
    "---\n",
    "...\n",
    "!!binary ",
    "\\",
    "\"\\ud800\"",
    "é",
    ",",
    "\n",
    "  ",
    "%",
    "@",
    "<<: ",
    "? "
  };

  @TempDir Path dir;

  @Test
  void mutantsOfTheExamplesNeverCrashAndEveryErrorIsLocated() throws Exception {
    long seed = Long.getLong("fuzz.seed", 20261201L);
    Random random = new Random(seed);
    List<Path> examples;
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      examples =
          s.filter(d -> Files.isRegularFile(d.resolve("partnership.yaml"))).sorted().toList();
    }
    for (int n = 0; n < MUTANTS; n++) {
      Path example = examples.get(n % examples.size());
      Path work = dir.resolve("m" + n);
      copy(example, work);
      List<Path> files = new ArrayList<>();
      files.add(work.resolve("partnership.yaml"));
      if (Files.isDirectory(work.resolve("rosters"))) {
        try (Stream<Path> s = Files.list(work.resolve("rosters"))) {
          s.sorted().forEach(files::add);
        }
      }
      Path victim = random.nextInt(4) == 0 ? files.get(random.nextInt(files.size())) : files.get(0);
      // a roster that is not UTF-8 (a Windows-1252 CSV, a workbook) is mutated byte for byte
      java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
      String text;
      try {
        text = Files.readString(victim, charset);
      } catch (java.nio.charset.MalformedInputException e) {
        charset = java.nio.charset.StandardCharsets.ISO_8859_1;
        text = Files.readString(victim, charset);
      }
      Files.writeString(victim, mutate(text, random), charset);

      CliResult r = Cli.run("-f", work.resolve("partnership.yaml").toString(), "validate");

      String what =
          "mutant " + n + " of " + example + " (" + victim.getFileName() + ", seed " + seed + ")";
      assertThat(r.exit()).as(what + ": " + r.err()).isNotEqualTo(70).isIn(0, 1);
      assertThat(r.err())
          .as(what)
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("\u001b")
          .doesNotContain("\u0000");
      for (String line : r.err().split("\n")) {
        if (line.contains(": error: ")) {
          assertThat(line).as(what + ": an error names its line and column").matches(LOCATED);
        }
      }
      deleteTree(work);
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(5)) {
        case 0 -> sb.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(8)));
        case 2 -> {
          int end = sb.indexOf("\n", at);
          sb.insert(at, sb.substring(at, end < 0 ? sb.length() : end));
        }
        case 3 -> sb.setCharAt(at, (char) (' ' + random.nextInt(95)));
        default -> sb.setLength(at);
      }
    }
    return sb.toString();
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  private static void deleteTree(Path p) throws Exception {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
