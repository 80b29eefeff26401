package dev.cluster.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rota --save} and the published rota (SPEC section 8.1) end to end through {@code
 * Main.run}.
 */
class RecordCommandTest {
  static final Path FULL = Path.of("src/test/resources/valid/full");
  private static final String TODAY = "2026-12-20";

  @Test
  void savingTwiceGivesTheSameBytesAndSaysWhatItAdded(@TempDir Path tmp) throws IOException {
    Path yaml = copy(FULL, tmp);
    CliResult first =
        Cli.run("-f", yaml.toString(), "--today", TODAY, "rota", "--term", "spring", "--save");
    assertThat(first.exit()).as(first.err()).isZero();
    Path file = tmp.resolve("history/rota/2026-27.csv");
    String saved = Files.readString(file);
    assertThat(saved)
        .startsWith(
            "meeting,scheduled,date,start,end,chair-school,chair,host-school,venue,"
                + "minutes-school,minutes,cancelled,notes,uid\n");
    // spring, and every earlier meeting of the same series in the year: autumn's heads are recorded
    // too
    assertThat(saved).contains("heads,2026-09-15,").contains("heads-20260915@");
    long rows = saved.lines().count() - 1;
    assertThat(first.err()).contains(file + ": added " + rows + " meetings, 0 already recorded");

    CliResult again =
        Cli.run("-f", yaml.toString(), "--today", TODAY, "rota", "--term", "spring", "--save");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo(saved);
    assertThat(again.err()).contains(": added 0 meetings, " + rows + " already recorded");
    assertThat(again.out()).isEqualTo(first.out());
  }

  @Test
  void editsAfterSavingChangeNoRecordedMeetingInAnyFormatNorInCompare(@TempDir Path tmp)
      throws Exception {
    Path yaml = copy(FULL, tmp);
    assertThat(
            Cli.run("-f", yaml.toString(), "--today", TODAY, "rota", "--term", "autumn", "--save")
                .exit())
        .isZero();
    List<String> before = new ArrayList<>();
    for (String format : List.of("markdown", "csv", "json", "ics")) {
      before.add(
          Cli.run(
                  "-f",
                  yaml.toString(),
                  "--today",
                  TODAY,
                  "rota",
                  "--term",
                  "autumn",
                  "--format",
                  format)
              .out());
    }
    git(tmp, "init", "-q");
    git(tmp, "add", ".");
    git(
        tmp,
        "-c",
        "user.name=Test",
        "-c",
        "user.email=test@example.org",
        "commit",
        "-q",
        "-m",
        "saved");

    // a new head, a reordered rotation, a schedule moved to Monday (before each recorded day), a
    // closure on a recorded day
    Path brook = tmp.resolve("rosters/brook.csv");
    String roster = Files.readString(brook);
    Files.writeString(brook, roster.replaceFirst("\n", "\nNia Acting,Head Teacher,,,,,\n"));
    String text = Files.readString(yaml);
    text =
        text.replace("order: [brook, hill, meadow, no]", "order: [no, meadow, hill, brook]")
            .replaceFirst("weekday: tuesday", "weekday: monday")
            // an override names its meeting's day: moved with the schedule, else it is an error
            // (SPEC section 10)
            .replace(
                "date: 2027-01-19, move-to: 2027-01-26", "date: 2027-01-18, move-to: 2027-01-25")
            .replace("date: 2027-03-09, cancel: true", "date: 2027-03-08, cancel: true");
    Files.writeString(yaml, text);
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace(
                "      - { date: 2026-11-13, reason: INSET }\n",
                "      - { date: 2026-11-13, reason: INSET }\n      - { date: 2026-09-15, reason: INSET }\n"));

    for (int i = 0; i < 4; i++) {
      String format = List.of("markdown", "csv", "json", "ics").get(i);
      CliResult now =
          Cli.run(
              "-f",
              yaml.toString(),
              "--today",
              TODAY,
              "rota",
              "--term",
              "autumn",
              "--format",
              format);
      assertThat(now.exit()).as(now.err()).isZero();
      if (!format.equals(
          "markdown")) { // the Markdown ledger's "since start" counts are not of this window
        assertThat(now.out()).as(format).isEqualTo(before.get(i));
      }
    }
    CliResult compare =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            TODAY,
            "rota",
            "--term",
            "autumn",
            "--compare",
            "HEAD");
    assertThat(compare.exit()).as(compare.err()).isZero();
    assertThat(compare.out()).contains("no meeting changes.");
    // spring is not recorded: the new order and weekday apply there
    CliResult spring =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            TODAY,
            "rota",
            "--term",
            "spring",
            "--meeting",
            "heads",
            "--format",
            "csv");
    assertThat(
            spring
                .out()
                .lines()
                .skip(1)
                .map(l -> java.time.LocalDate.parse(l.split(",")[2]).getDayOfWeek()))
        .isNotEmpty()
        .allMatch(d -> d == java.time.DayOfWeek.MONDAY);
  }

  @Test
  void aHandEditedRowShowsAndCounts(@TempDir Path tmp) throws IOException {
    Path yaml = copy(FULL, tmp);
    Cli.run(
        "-f",
        yaml.toString(),
        "--today",
        TODAY,
        "rota",
        "--term",
        "autumn",
        "--meeting",
        "heads",
        "--save");
    Path file = tmp.resolve("history/rota/2026-27.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    String first = lines.get(1);
    assertThat(first)
        .startsWith("heads,2026-09-15,2026-09-15,09:30,11:30,brook,Alice Brennan,brook,");
    lines.set(1, first.replace(",brook,Alice Brennan,brook,", ",hill,Omar Hale,hill,"));
    Files.writeString(file, String.join("\n", lines) + "\n");

    CliResult r =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            TODAY,
            "rota",
            "--term",
            "autumn",
            "--meeting",
            "heads",
            "--format",
            "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("heads,Headteachers' meeting,2026-09-15,09:30,11:30,hill,Omar Hale,hill,");
    CliResult md =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            TODAY,
            "rota",
            "--term",
            "autumn",
            "--meeting",
            "heads");
    assertThat(md.out())
        .contains("| Hill Primary School | 2 | 2 | 2 | 2 |")
        .contains("| Brook Primary School | 0 | 0 | 0 | 0 |");
  }

  static Path copy(Path from, Path to) {
    return Fixtures.copyFolder(from, to);
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", args, output).isZero();
  }
}
