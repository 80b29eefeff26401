package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.DataException;
import dev.cluster.model.Severity;
import dev.cluster.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a user does to a valid partnership, the loader answers with a result or with located
 * errors: never with a crash (which the command line would report as an internal error). Each seed
 * mutates the full fixture a few times at random: values replaced by odd ones, lines dropped,
 * doubled or re-indented.
 */
class LoaderRobustnessTest {
  static final Path FULL = Path.of("src/test/resources/valid/full");
  static final String[] ODD = {
    "",
    "[]",
    "{}",
    "x",
    "-1",
    "0",
    "99999999999",
    "2026-02-30",
    "null",
    "~",
    "yes",
    "\"\"",
    "[a, [b]]",
    "{ a: 1 }",
    "1.5",
    "25:00",
    "rotate",
    "chair",
    "none",
    "brook",
    "Y7",
    "\"09:30\"",
    "!!binary aGk=",
    "'",
    "\""
  };

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverCrashes(long seed, @TempDir Path dir) throws IOException {
    // given a copy of the full fixture with a few random mutations
    Fixtures.copyFolder(FULL, dir);
    Random random = new Random(seed);
    Path yaml = dir.resolve("partnership.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(yaml));
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutate(lines, random);
    }
    Files.write(yaml, lines);
    if (random.nextInt(4) == 0) {
      Path roster = dir.resolve("rosters/brook.csv");
      List<String> rows = new ArrayList<>(Files.readAllLines(roster));
      int r = random.nextInt(rows.size());
      List<String> cells = new ArrayList<>(Arrays.asList(rows.get(r).split(",", -1)));
      cells.set(random.nextInt(cells.size()), ODD[random.nextInt(ODD.length)]);
      rows.set(r, String.join(",", cells));
      Files.write(roster, rows);
    }

    // when / then
    try {
      LoadResult result = PartnershipLoader.load(yaml);
      assertThat(result.warnings())
          .as("seed %d", seed)
          .allMatch(d -> d.severity() == Severity.WARNING);
    } catch (DataException e) {
      assertThat(e.diagnostics())
          .as("seed %d", seed)
          .anyMatch(d -> d.severity() == Severity.ERROR)
          .allMatch(d -> !d.message().isBlank());
    } catch (RuntimeException e) {
      throw new AssertionError(
          "seed " + seed + " crashed the loader on:\n" + String.join("\n", lines), e);
    }
  }

  private static void mutate(List<String> lines, Random random) {
    int i = random.nextInt(lines.size());
    String line = lines.get(i);
    switch (random.nextInt(5)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, line);
      case 2 -> lines.set(i, "  " + line);
      case 3 -> lines.set(i, line.length() > 2 ? line.substring(2) : line);
      default -> {
        // replace the value after some `key: ` on the line
        int colon = line.indexOf(": ", random.nextInt(Math.max(1, line.length())));
        if (colon < 0) {
          colon = line.indexOf(": ");
        }
        if (colon >= 0) {
          int end = colon + 2;
          while (end < line.length() && ",}]".indexOf(line.charAt(end)) < 0) {
            end++;
          }
          lines.set(
              i,
              line.substring(0, colon + 2) + ODD[random.nextInt(ODD.length)] + line.substring(end));
        }
      }
    }
  }
}
