package dev.cluster.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cluster minutes} and what minutes do to the rota, the action log and the report (SPEC
 * 8.2).
 */
class MinutesCommandTest {
  private static final String TODAY = "2026-11-23";

  @Test
  void theDraftIsPrefilledAndNeverOverwritten(@TempDir Path tmp) throws Exception {
    Path yaml = RecordCommandTest.copy(RecordCommandTest.FULL, tmp);
    CliResult r = Cli.run("-f", yaml.toString(), "--today", TODAY, "minutes", "heads", "--last");
    assertThat(r.exit()).as(r.err()).isZero();
    Path file = tmp.resolve("minutes/heads/2026-11-17.md");
    String draft = Files.readString(file);
    assertThat(draft)
        .startsWith("---\nmeeting: heads\ndate: 2026-11-17\nheld: true")
        .contains("chair: { person: Omar Hale, school: hill }")
        .contains("minutes: { person: Uma Vance, school: meadow }")
        .contains("\n---\n# Headteachers' meeting")
        .contains("## 1. Welcome and apologies")
        .contains("- Brook Primary School: Alice Brennan");
    assertThat(Cli.run("-f", yaml.toString(), "--today", TODAY, "validate").exit()).isZero();

    CliResult again = Cli.run("-f", yaml.toString(), "--today", TODAY, "minutes", "heads");
    assertThat(again.exit()).isEqualTo(4);
    assertThat(again.err()).contains("already exists; it is never overwritten");
    assertThat(Files.readString(file)).isEqualTo(draft);

    CliResult noMeeting =
        Cli.run(
            "-f", yaml.toString(), "--today", TODAY, "minutes", "heads", "--date", "2026-11-18");
    assertThat(noMeeting.exit()).isEqualTo(2);
    assertThat(noMeeting.err())
        .contains("has no meeting on 2026-11-18; the nearest are 2026-11-17");
    assertThat(
            Cli.run("-f", yaml.toString(), "minutes", "heads", "--date", "2026-11-17", "--last")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void whatMinutesSayCountsAndFeedsActionsAgendasAndTheReport(@TempDir Path tmp) throws Exception {
    Path yaml = RecordCommandTest.copy(RecordCommandTest.FULL, tmp);
    Path file = tmp.resolve("minutes/heads/2026-09-15.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        ---
        meeting: heads
        date: 2026-09-15
        chair: { person: Omar Hale, school: hill }
        present: [Omar Hale, brook/alice-brennan]
        apologies: [Uma Vance]
        decisions:
          - Share the reading exemplars
        actions:
          - { id: M1, owner: hill, action: Send the exemplars round, due: 2026-10-01 }
        ---
        Notes.
        """);
    CliResult rota =
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
    assertThat(rota.exit()).as(rota.err()).isZero();
    // the minuted chair (hill) chairs and hosts 15 September (brook by the rotation), and it counts
    assertThat(rota.out())
        .contains("heads,Headteachers' meeting,2026-09-15,09:30,11:30,hill,Omar Hale,hill,");
    CliResult ledger =
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
    assertThat(ledger.out())
        .contains("| Hill Primary School | 2 | 2 | 2 | 2 |")
        .contains("| Brook Primary School | 0 | 0 | 0 | 0 |");

    CliResult agenda =
        Cli.run("-f", yaml.toString(), "--today", TODAY, "agenda", "heads", "--date", "2026-11-17");
    assertThat(agenda.out())
        .contains("| M1 | Send the exemplars round |")
        .contains("Its minutes: [minutes/heads/2026-09-15.md](minutes/heads/2026-09-15.md).");

    CliResult report = Cli.run("-f", yaml.toString(), "--today", TODAY, "report");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out())
        .contains("## Attendance register")
        .contains("| 2026-09-15 | Headteachers' meeting | Share the reading exemplars |")
        .contains("| Brook Primary School | 1 | 0 | 0 |")
        .contains("| Hill Primary School | 1 | 0 | 0 |");
  }

  @Test
  void minutesSavedWithWindowsOrOldMacLineEndingsReadAsWithUnixOnes(@TempDir Path tmp)
      throws Exception {
    // the same minutes, their lines ended by \n, \r\n (Windows) and \r (an old Mac), each read
    // as every other file is: the front matter found, the chair counted, the report the same
    String minutes =
        """
        ---
        meeting: heads
        date: 2026-09-15
        chair: { person: Omar Hale, school: hill }
        present: [Omar Hale, brook/alice-brennan]
        ---
        Notes.
        """;
    String expected = null;
    for (String ending : new String[] {"\n", "\r\n", "\r"}) {
      Path dir =
          Files.createDirectories(tmp.resolve("ending-" + ending.length() + ending.charAt(0)));
      Path yaml = RecordCommandTest.copy(RecordCommandTest.FULL, dir);
      Path file = dir.resolve("minutes/heads/2026-09-15.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, minutes.replace("\n", ending));
      CliResult validate = Cli.run("-f", yaml.toString(), "--today", TODAY, "validate");
      assertThat(validate.exit()).as("%s: %s", ending.length(), validate.err()).isZero();
      CliResult report = Cli.run("-f", yaml.toString(), "--today", TODAY, "report");
      assertThat(report.out()).contains("| Hill Primary School | 1 | 0 | 0 |");
      if (expected == null) {
        expected = report.out();
      }
      assertThat(report.out())
          .as("the report with line endings %s", ending.length())
          .isEqualTo(expected);
    }
  }
}
