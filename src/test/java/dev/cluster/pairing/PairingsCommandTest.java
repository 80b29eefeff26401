package dev.cluster.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.csv.CsvCells;
import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.render.Csv;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Golden;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cluster pairings} end to end through {@code Main.run}: formats, golden outputs, history,
 * exit codes.
 */
class PairingsCommandTest {
  static final String TODAY = "2026-11-23";

  /** The repository's own partnership and every example. */
  static List<String> partnerships() throws IOException {
    List<String> all = new ArrayList<>();
    all.add("partnership.yaml");
    try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("partnership.yaml")))
          .sorted()
          .forEach(d -> all.add(d.resolve("partnership.yaml").toString()));
    }
    return all;
  }

  static String caseName(String file) {
    Path parent = Path.of(file).getParent();
    return "pairings/" + (parent == null ? "repository" : parent.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void outputIsGolden(String file) {
    for (String[] f :
        new String[][] {
          {"markdown", "pairings.md"}, {"csv", "pairings.csv"}, {"json", "pairings.json"}
        }) {
      // when
      CliResult r = Cli.run("-f", file, "--today", TODAY, "pairings", "--format", f[0]);
      // then
      assertThat(r.exit()).as("%s %s: %s", file, f[0], r.err()).isZero();
      Golden.assertMatches(caseName(file), f[1], r.out());
    }
    CliResult explained = Cli.run("-f", file, "--today", TODAY, "pairings", "--explain");
    assertThat(explained.exit()).as("%s --explain: %s", file, explained.err()).isZero();
    Golden.assertMatches(caseName(file), "explain.md", explained.out());
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void writingTheOutputIntoHistoryChangesNothing(String file, @TempDir Path tmp)
      throws IOException {
    // given a copy of the partnership with this year's pairings written where its history glob
    // reads them
    Path source = Path.of(file).toAbsolutePath().getParent();
    copy(source, tmp);
    String copied = tmp.resolve("partnership.yaml").toString();
    List<String> before = allFormats(copied);
    for (ReviewProgramme p : PartnershipLoader.load(Path.of(copied)).partnership().reviews()) {
      String glob = p.history() == null ? "history/*.csv" : p.history();
      Path target = tmp.resolve(glob.replace("*", "written-2026-27"));
      Files.createDirectories(target.getParent());
      CliResult csv =
          Cli.run(
              "-f",
              copied,
              "--today",
              TODAY,
              "pairings",
              p.id(),
              "--format",
              "csv",
              "-o",
              target.toString());
      assertThat(csv.exit()).as("%s: %s", file, csv.err()).isZero();
    }
    // when / then
    assertThat(allFormats(copied)).as("%s after writing history", file).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void csvReadsBackAsTheSameCells(String file) throws IOException {
    // given
    CliResult r = Cli.run("-f", file, "--today", TODAY, "pairings", "--format", "csv");
    // when
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.out()))
            .getRecords();
    // then
    // SPEC section 11: a last column `visit` when a programme has `visit:`
    String header = r.out().substring(0, r.out().indexOf('\n') + 1);
    assertThat(header)
        .isIn(
            "programme,year,round,school,reviewer,reviewer-school,role\n",
            "programme,year,round,school,reviewer,reviewer-school,role,visit\n");
    StringBuilder rewritten = new StringBuilder();
    for (CSVRecord rec : records) {
      List<String> cells = new ArrayList<>();
      rec.forEach(c -> cells.add(CsvCells.unneutralise(c)));
      assertThat(cells.get(6)).isEqualTo("peer");
      rewritten.append(Csv.write(List.of("x"), List.of(cells)).substring(2));
    }
    assertThat(header + rewritten).isEqualTo(r.out());
  }

  @Test
  void nextYearAvoidsThePairsWrittenToHistory(@TempDir Path tmp) throws IOException {
    // given the repository's partnership with this year's teams written to history/
    copy(Path.of("").toAbsolutePath(), tmp);
    String file = tmp.resolve("partnership.yaml").toString();
    CliResult thisYear =
        Cli.run(
            "-f",
            file,
            "--today",
            TODAY,
            "pairings",
            "--format",
            "csv",
            "-o",
            tmp.resolve("history/enquiry-2026-27.csv").toString());
    assertThat(thisYear.exit()).as(thisYear.err()).isZero();
    // when
    CliResult next = Cli.run("-f", file, "--today", "2027-11-23", "pairings", "--format", "csv");
    // then no pair of schools of either earlier year comes back
    assertThat(next.exit()).as(next.err()).isZero();
    List<String> earlier = new ArrayList<>();
    for (String y : List.of("2025-26", "2026-27")) {
      Files.readAllLines(tmp.resolve("history/enquiry-" + y + ".csv")).stream()
          .skip(1)
          .forEach(l -> earlier.add(pairOf(l)));
    }
    List<String> pairs = next.out().lines().skip(1).map(PairingsCommandTest::pairOf).toList();
    assertThat(pairs).hasSize(4).doesNotContainAnyElementsOf(earlier);
    assertThat(next.out()).contains("enquiry,2027-28,1,");
  }

  private static String pairOf(String csvLine) {
    String[] c = csvLine.split(",");
    return c[5] + ">" + c[3];
  }

  @Test
  void aRoundAloneEqualsThatRoundOfAFullRun() {
    String file = "examples/collaborative-partnership/partnership.yaml";
    String full =
        Cli.run("-f", file, "--today", TODAY, "pairings", "heads-visits", "--format", "csv").out();
    for (int k = 1; k <= 3; k++) {
      String alone =
          Cli.run(
                  "-f",
                  file,
                  "--today",
                  TODAY,
                  "pairings",
                  "heads-visits",
                  "--round",
                  Integer.toString(k),
                  "--format",
                  "csv")
              .out();
      String prefix = "heads-visits,2026-27," + k + ",";
      List<String> expected = full.lines().filter(l -> l.startsWith(prefix)).toList();
      assertThat(expected).as("round %d", k).isNotEmpty();
      assertThat(alone.lines().skip(1).toList()).as("round %d alone", k).isEqualTo(expected);
    }
  }

  @Test
  void unknownValuesAreUsageErrorsNamingWhatExists() {
    String file = "examples/collaborative-partnership/partnership.yaml";
    CliResult programme = Cli.run("-f", file, "--today", TODAY, "pairings", "enquiry");
    assertThat(programme.exit()).isEqualTo(2);
    assertThat(programme.err())
        .contains("unknown programme `enquiry`; the programmes are governance," + " heads-visits");
    CliResult year = Cli.run("-f", file, "--today", TODAY, "pairings", "--year", "2031-32");
    assertThat(year.exit()).isEqualTo(2);
    assertThat(year.err())
        .contains("the partnership has no academic year `2031-32`; it has: 2025-26, 2026-27");
    CliResult round =
        Cli.run("-f", file, "--today", TODAY, "pairings", "governance", "--round", "2");
    assertThat(round.exit()).isEqualTo(2);
    assertThat(round.err())
        .contains("unknown round 2; programme `governance` has round 1 only in a year");
    CliResult format = Cli.run("-f", file, "--today", TODAY, "pairings", "--format", "xml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err())
        .contains("Invalid value for option '--format': 'xml' is not a format: use markdown,");
  }

  @Test
  void formatsAreMatchedWhateverTheirCaseAsInRota() {
    String file = "examples/collaborative-partnership/partnership.yaml";
    CliResult upper = Cli.run("-f", file, "--today", TODAY, "pairings", "--format", "CSV");
    assertThat(upper.exit()).as(upper.err()).isZero();
    assertThat(upper.out())
        .isEqualTo(Cli.run("-f", file, "--today", TODAY, "pairings", "--format", "csv").out());
  }

  @Test
  void outputFileIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
    // given
    Path out = dir.resolve("teams.json");
    // when
    CliResult ok = Cli.run("--today", TODAY, "pairings", "--format", "json", "-o", out.toString());
    CliResult missingFolder =
        Cli.run("--today", TODAY, "pairings", "-o", dir.resolve("no/such.md").toString());
    // then
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(Cli.run("--today", TODAY, "pairings", "--format", "json").out());
    assertThat(missingFolder.exit()).isEqualTo(4);
    assertThat(missingFolder.err()).contains("its folder does not exist");
  }

  /**
   * An impossible programme: schools, how many have a headteacher, its keys, school extras, the
   * message.
   */
  record Impossible(int schools, int heads, String review, List<String> extra, String message) {}

  static List<Impossible> impossible() {
    String round = "cluster: programme `visits`, round 1 of 2026-27: ";
    return List.of(
        new Impossible(
            4,
            4,
            "peers: 2\n    reciprocal: forbid",
            List.of(),
            round
                + "`reciprocal: forbid` needs"
                + " at least 2 × peers + 1 = 5 schools; this programme has 4 — use `reciprocal: avoid`\n"),
        // one school left in the summer and one joins in January: three members on the round's
        // first day
        new Impossible(
            5,
            5,
            "peers: 3",
            List.of(", left: 2026-08-31", ", joined: 2027-01-01"),
            round + "only 2 headteachers may review School 2, 3 are needed (`peers: 3`)\n"),
        new Impossible(
            5,
            4,
            "peers: 4",
            List.of(),
            round + "only 3 headteachers may review School 0, 4 are needed (`peers: 4`)\n"),
        new Impossible(
            11,
            10,
            "peers: 2\n    max-load: 2",
            List.of(),
            round
                + "`max-load: 2` is too small:"
                + " 22 places on teams (11 schools × 2 peers) but only 10 headteachers × max-load 2 = 20\n"));
  }

  @ParameterizedTest
  @MethodSource("impossible")
  void anImpossibleProgrammeIsExitThreeNamingTheRuleAndTheNumbers(Impossible c, @TempDir Path dir)
      throws IOException {
    // given
    Path file = write(dir, c.schools(), c.heads(), c.review(), c.extra().toArray(new String[0]));
    // when
    CliResult r = Cli.run("-f", file.toString(), "--today", TODAY, "pairings");
    // then (the loader may warn first; the last line is the pairing's)
    assertThat(r.exit()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).endsWith(c.message());
  }

  /**
   * A partnership of {@code schools} schools, the first {@code heads} with a headteacher, one
   * programme.
   */
  static Path write(Path dir, int schools, int heads, String review, String... extra)
      throws IOException {
    StringBuilder y =
        new StringBuilder(
            """
        version: 1
        partnership:
          name: Test Partnership
        calendar:
          - year: 2026-27
            terms:
              - { name: Autumn, start: 2026-09-02, end: 2026-12-18 }
              - { name: Spring, start: 2027-01-05, end: 2027-03-26 }
              - { name: Summer, start: 2027-04-12, end: 2027-07-21 }
        schools:
        """);
    Files.createDirectories(dir.resolve("rosters"));
    for (int i = 0; i < schools; i++) {
      y.append("  - { id: s")
          .append(i)
          .append(", name: School ")
          .append(i)
          .append(", roster: rosters/s")
          .append(i)
          .append(".csv")
          .append(i < extra.length ? extra[i] : "")
          .append(" }\n");
      String roster =
          "name,role\n"
              + (i < heads ? "Head Person" + i + ",Headteacher\n" : "")
              + "Teacher Person"
              + i
              + ",Teacher\n";
      Files.writeString(dir.resolve("rosters/s" + i + ".csv"), roster, StandardCharsets.UTF_8);
    }
    y.append("reviews:\n  - id: visits\n    title: Visits\n    reviewer-roles: [headteacher]\n    ")
        .append(review)
        .append('\n');
    Path file = dir.resolve("partnership.yaml");
    Files.writeString(file, y.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> allFormats(String file) {
    List<String> out = new ArrayList<>();
    for (String f : List.of("markdown", "csv", "json")) {
      CliResult r = Cli.run("-f", file, "--today", TODAY, "pairings", "--format", f);
      assertThat(r.exit()).as("%s %s: %s", file, f, r.err()).isZero();
      out.add(r.out());
    }
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          if (!p.equals(from)
              && (p.getFileName().toString().equals("examples")
                  || p.getFileName().toString().equals("src")
                  || p.getFileName().toString().equals("target")
                  || p.getFileName().toString().startsWith("."))) {
            continue;
          }
          Files.createDirectories(target);
        } else if (!from.relativize(p).startsWith("examples")
            && !from.relativize(p).startsWith("src")
            && !from.relativize(p).startsWith("target")
            && !from.relativize(p).startsWith(".git")) {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
  }
}
