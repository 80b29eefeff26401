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
    assertThat(once).startsWith("# Earlier step\n\n# 1 3 5 Cluster Partnership Group: report 2026-27\n");
    assertThat(Files.readString(summary)).isEqualTo(once + once.substring("# Earlier step\n\n".length()));
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
    CliResult strict = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report", "--strict");

    // then
    String warning = yaml + ":30:5: warning: school `mill` has no SENDCo";
    assertThat(lax.exit()).isZero();
    assertThat(lax.err()).contains(warning);
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.err()).contains(warning).contains("--strict: ");
    assertThat(strict.out()).contains("- **partnership.yaml:30:5**: school \\`mill\\` has no SENDCo");
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
    CliResult o = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report", "--strict", "-o", out.toString());
    CliResult a = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report", "--strict",
        "--append", summary.toString());

    // then
    assertThat(o.exit()).isEqualTo(1);
    assertThat(a.exit()).isEqualTo(1);
    assertThat(o.err()).contains("nothing was written to " + out);
    assertThat(Files.readString(out)).isEqualTo("keep\n");
    assertThat(Files.readString(summary)).isEqualTo("keep\n");
  }

  @Test
  void strictPassesWithoutWarnings() {
    CliResult r = Cli.run("-f", "src/test/resources/fixtures/fixed-host/partnership.yaml", "--today",
        "2026-11-23", "report", "--strict");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aProgrammeWithNoPossiblePairingIsALineInTheReportNotAFailure() throws Exception {
    // given three schools and teams of three peers from other schools: impossible
    Path yaml = Fixtures.copy("fixed-host", dir);
    Files.writeString(yaml, Files.readString(yaml) + String.join("\n",
        "reviews:",
        "  - { id: triad, title: Triad review, peers: 2, max-load: 1, reviewer-roles: [headteacher] }",
        ""));

    // when
    CliResult r = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report");
    CliResult strict = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "report", "--strict");

    // then
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("### Triad review\n\nNo pairing meets the hard constraints: ");
    assertThat(r.err()).contains("warning: no pairing meets the hard constraints: programme `triad`");
    assertThat(strict.exit()).isEqualTo(1);
  }
}
