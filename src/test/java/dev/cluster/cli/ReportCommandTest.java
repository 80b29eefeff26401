package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster report} through the real command line. */
class ReportCommandTest {
  static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

  @TempDir Path dir;

  @Test
  void noEmailAddressUnlessContactIsAsked() {
    CliResult without = Cli.run("--today", "2026-11-23", "report");
    CliResult with = Cli.run("--today", "2026-11-23", "report", "--include-contact");

    assertThat(without.exit()).as(without.err()).isZero();
    assertThat(EMAIL.matcher(without.out()).find()).isFalse();
    assertThat(with.out()).contains("leon.akhtar@fleet.example.org");
  }

  @Test
  void appendAddsToTheEndOfTheFile() throws Exception {
    Path summary = Files.writeString(dir.resolve("summary.md"), "# Earlier step\n\n");

    CliResult first = Cli.run("--today", "2026-11-23", "report", "--append", summary.toString());
    String once = Files.readString(summary);
    Cli.run("--today", "2026-11-23", "report", "--append", summary.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(once)
        .startsWith("# Earlier step\n\n# 1 3 5 Cluster Partnership Group: report 2026-27\n");
    assertThat(Files.readString(summary))
        .isEqualTo(once + once.substring("# Earlier step\n\n".length()));
  }

  @Test
  void summaryWithFullWritesBothAndNamesTheFullReport() throws Exception {
    // given
    Path summary = Files.writeString(dir.resolve("summary.md"), "");
    Path full = dir.resolve("report.md");

    // when
    CliResult r =
        Cli.run(
            "--today",
            "2026-11-23",
            "report",
            "--summary",
            "--full",
            full.toString(),
            "--append",
            summary.toString());
    CliResult plain = Cli.run("--today", "2026-11-23", "report");

    // then: the full report is the one `report` prints, and the summary says where it is
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(full)).isEqualTo(plain.out());
    assertThat(Files.readString(summary))
        .startsWith("# 1 3 5 Cluster Partnership Group: report 2026-27 (summary)\n")
        .contains(
            "The full report (every school, meeting, duty and review team) is in "
                + dev.cluster.render.Markdown.escape(full.toString())
                + ".")
        .contains("## At a glance", "## Meetings in 2026-27", "## Peer reviews", "## Data quality")
        .doesNotContain("## Duty ledger");
  }

  @Test
  void fullWithoutSummaryIsAUsageError() {
    CliResult r =
        Cli.run("--today", "2026-11-23", "report", "--full", dir.resolve("r.md").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--full names where the full report goes beside the summary");
    assertThat(dir.resolve("r.md")).doesNotExist();
  }

  @Test
  void aboveThirtySchoolsWhoReviewedWhomIsAListNotATableOfEverySchoolPair() {
    // given: 31 schools; the who-reviewed-whom table would have 31 x 31 cells
    Path file = dev.cluster.testing.LargePartnership.write(dir, 31, 20, 3);

    // when
    CliResult r = Cli.run("-f", file.toString(), "--today", "2026-11-23", "report");

    // then: one row per reviewing school, naming the schools it reviewed and when
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .doesNotContain("each row's school reviewed each column's school")
        .contains(
            "Who reviewed whom (each school, and the schools it reviewed in those years):\n\n"
                + "| Reviewer's school | Reviewed |\n| --- | --- |\n| School 001 Primary | School ");
    List<String> rows =
        r.out()
            .lines()
            .dropWhile(l -> !l.startsWith("| Reviewer's school | Reviewed |"))
            .skip(2)
            .takeWhile(l -> l.startsWith("| "))
            .toList();
    assertThat(rows)
        .hasSize(31)
        .allMatch(l -> l.matches("\\| School \\d{3} Primary \\| .*2026-27 r1.*\\|"));
  }

  @Test
  void outputAndAppendExcludeEachOther() {
    CliResult r = Cli.run("report", "-o", "a.md", "--append", "b.md");

    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void anUnknownYearNamesTheYears() {
    CliResult r = Cli.run("--today", "2026-11-23", "report", "--year", "2031-32");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no academic year `2031-32`; it has: 2025-26, 2026-27, 2027-28");
  }

  @Test
  void strictExits1OnAWarningButStillWritesTheReport() throws Exception {
    // given a school whose roster has no SENDCo
    Path yaml = Fixtures.copy("fixed-host", dir);
    Files.write(dir.resolve("rosters/mill.csv"), List.of("name,role", "Gareth Pryce,Headteacher"));

    // when
    CliResult lax = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report");
    CliResult strict =
        Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report", "--strict");

    // then
    String warning = yaml + ":30:5: warning: school `mill` has no SENDCo";
    assertThat(lax.exit()).isZero();
    assertThat(lax.err()).contains(warning);
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.err()).contains(warning).contains("--strict: ");
    assertThat(strict.out())
        .contains("- **partnership.yaml:30:5**: school \\`mill\\` has no SENDCo");
  }

  @Test
  void strictLeavesOutputFilesUntouchedWhenItFails() throws Exception {
    // given a school whose roster has no SENDCo, and files from an earlier step
    Path yaml = Fixtures.copy("fixed-host", dir);
    Files.write(dir.resolve("rosters/mill.csv"), List.of("name,role", "Gareth Pryce,Headteacher"));
    Path out = dir.resolve("report.md");
    Path summary = dir.resolve("summary.md");
    Files.writeString(out, "keep\n");
    Files.writeString(summary, "keep\n");

    // when
    CliResult o =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            "2026-11-23",
            "report",
            "--strict",
            "-o",
            out.toString());
    CliResult a =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            "2026-11-23",
            "report",
            "--strict",
            "--append",
            summary.toString());

    // then
    assertThat(o.exit()).isEqualTo(1);
    assertThat(a.exit()).isEqualTo(1);
    assertThat(o.err()).contains("nothing was written to " + out);
    assertThat(Files.readString(out)).isEqualTo("keep\n");
    assertThat(Files.readString(summary)).isEqualTo("keep\n");
  }

  @Test
  void strictPassesWithoutWarnings() {
    CliResult r =
        Cli.run(
            "-f",
            "src/test/resources/fixtures/fixed-host/partnership.yaml",
            "--today",
            "2026-11-23",
            "report",
            "--strict");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aProgrammeWithNoPossiblePairingIsALineInTheReportNotAFailure() throws Exception {
    // given three schools and teams of three peers from other schools: impossible
    Path yaml = Fixtures.copy("fixed-host", dir);
    Files.writeString(
        yaml,
        Files.readString(yaml)
            + String.join(
                "\n",
                "reviews:",
                "  - { id: triad, title: Triad review, peers: 2, max-load: 1, reviewer-roles: [headteacher] }",
                ""));

    // when
    CliResult r = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report");
    CliResult strict =
        Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report", "--strict");

    // then
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("### Triad review\n\nNo pairing meets the hard constraints: ");
    assertThat(r.err())
        .contains("warning: no pairing meets the hard constraints: programme `triad`");
    assertThat(strict.exit()).isEqualTo(1);
  }
}
