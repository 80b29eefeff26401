package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cluster rota} end to end through {@code Main.run}: windows, formats, -o, usage errors,
 * --compare.
 */
class RotaCommandTest {
  private static final String FIXTURE = "src/test/resources/golden/rota-fixture/partnership.yaml";

  private static CliResult rota(String today, String... args) {
    List<String> argv = new ArrayList<>(List.of("-f", FIXTURE, "--today", today, "rota"));
    argv.addAll(List.of(args));
    return Cli.run(argv.toArray(String[]::new));
  }

  private static List<String> dates(CliResult r) {
    return r.out().lines().skip(1).map(l -> l.split(",")[2]).toList();
  }

  @Test
  void theDefaultWindowIsTheTermHoldingTodayOrElseTheNextTerm() {
    assertThat(rota("2026-11-23", "--format", "json").out())
        .contains("\"from\": \"2026-09-02\",\n  \"to\": \"2026-12-18\"");
    assertThat(rota("2026-12-25", "--format", "json").out())
        .contains("\"from\": \"2027-01-05\",\n  \"to\": \"2027-03-26\"");
    assertThat(rota("2026-08-01", "--format", "json").out()).contains("\"from\": \"2026-09-02\"");
  }

  @Test
  void termYearAndFromToChooseTheWindow() {
    String spring = rota("2026-11-23", "--term", "spring", "--format", "csv").out();
    assertThat(rota("2026-11-23", "--term", "2026-27/Spring", "--format", "csv").out())
        .isEqualTo(spring);
    assertThat(rota("2026-11-23", "--year", "2026-27", "--term", "spring", "--format", "csv").out())
        .isEqualTo(spring);
    assertThat(dates(rota("2026-11-23", "--term", "spring", "--format", "csv")))
        .allMatch(d -> d.compareTo("2027-01-05") >= 0 && d.compareTo("2027-03-26") <= 0)
        .isNotEmpty();
    assertThat(rota("2026-11-23", "--year", "2027-28", "--format", "json").out())
        .contains("\"from\": \"2027-09-01\",\n  \"to\": \"2028-07-21\"");
    assertThat(
            dates(
                rota(
                    "2026-11-23", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv")))
        .containsExactly("2026-11-02", "2026-11-17");
  }

  @Test
  void calendarUidsCarryThePartnershipIdSoTwoPartnershipsNeverClash(@TempDir Path dir)
      throws IOException {
    // given: the fixture as it is (default id, a slug of its name) and the same partnership with an
    // id
    Path fixture = Path.of(FIXTURE).getParent();
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path from : files.toList()) {
        Path to = dir.resolve(fixture.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Path yaml = dir.resolve("partnership.yaml");
    String text = Files.readString(yaml);
    Files.writeString(yaml, text.replaceFirst("(?m)^(partnership:\\n)", "$1  id: other-cluster\n"));

    // when
    String defaultIds = rota("2026-11-23", "--format", "ics").out();
    String withId =
        Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "rota", "--format", "ics").out();

    // then
    String name =
        text.lines().filter(l -> l.startsWith("  name: ")).findFirst().orElseThrow().substring(8);
    String slug =
        name.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    assertThat(defaultIds.lines().filter(l -> l.startsWith("UID:")))
        .isNotEmpty()
        .allMatch(l -> l.matches("UID:[a-z0-9-]+-\\d{8}@" + slug + "\\.cluster"));
    assertThat(withId.lines().filter(l -> l.startsWith("UID:")))
        .isNotEmpty()
        .allMatch(l -> l.matches("UID:[a-z0-9-]+-\\d{8}@other-cluster\\.cluster"));
  }

  @Test
  void aForEachYearGroupIdStandsForAllItsYearGroups() {
    CliResult r =
        rota("2026-11-23", "--meeting", "moderation", "--meeting", "heads", "--format", "csv");
    assertThat(r.out().lines().skip(1).map(l -> l.split(",")[0]).distinct())
        .containsExactly("heads", "moderation-y2", "moderation-y6");
  }

  @Test
  void valuesThePartnershipDoesNotHaveAreUsageErrorsNamingWhatItHas() {
    CliResult year = rota("2026-11-23", "--year", "2025-26");
    assertThat(year.exit()).isEqualTo(2);
    assertThat(year.err()).contains("no academic year `2025-26`; it has: 2026-27, 2027-28");
    CliResult term = rota("2026-11-23", "--term", "winter");
    assertThat(term.exit()).isEqualTo(2);
    assertThat(term.err())
        .contains("academic year 2026-27 has no term `winter`; it has: autumn, spring, summer");
    CliResult meeting = rota("2026-11-23", "--meeting", "hedas");
    assertThat(meeting.exit()).isEqualTo(2);
    assertThat(meeting.err())
        .contains(
            "no meeting series `hedas`; it has: heads, sendco, moderation,"
                + " moderation-y2, moderation-y6, finance, training, strategy");
    CliResult format = rota("2026-11-23", "--format", "xml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("'xml' is not a format: use markdown, csv, json or ics");
    assertThat(rota("2026-11-23", "--format", "CSV").out())
        .isEqualTo(rota("2026-11-23", "--format", "csv").out());
    assertThat(rota("2026-11-23", "--from", "2026-11-01").err())
        .contains("--from and --to go together");
    assertThat(rota("2026-11-23", "--from", "2026-11-01", "--to", "2026-10-01").exit())
        .isEqualTo(2);
    assertThat(
            rota("2026-11-23", "--year", "2026-27", "--from", "2026-11-01", "--to", "2026-12-01")
                .exit())
        .isEqualTo(2);
    assertThat(rota("2026-11-23", "--from", "1 Nov").exit()).isEqualTo(2);
    assertThat(year.out()).isEmpty();
  }

  @Test
  void dashOWritesTheFileAndPrintsNothing(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("year.ics");
    CliResult r = rota("2026-11-23", "--year", "2026-27", "--format", "ics", "-o", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(rota("2026-11-23", "--year", "2026-27", "--format", "ics").out())
        .startsWith("BEGIN:VCALENDAR\r\n");
  }

  @Test
  void warningsGoToStandardErrorAtTheirLineAndDoNotChangeTheExitCode() {
    CliResult r = rota("2026-11-23", "--year", "2026-27", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.err())
        .contains(
            FIXTURE
                + ":118:5: warning: override for meeting `sendco` on 2026-09-10:"
                + " `damson` takes the minutes at its own chair's meeting");
  }

  @Test
  void compareListsExactlyTheMeetingsAnEditChanges(@TempDir Path tmp) throws Exception {
    copyFixture(tmp);
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
        "fixture");
    Path yaml = tmp.resolve("partnership.yaml");
    String text = Files.readString(yaml);
    Files.writeString(
        yaml,
        text.replace(
            "{ meeting: heads, date: 2027-03-09, cancel: true }",
            "{ meeting: heads, date: 2027-03-09, chair: damson }"));

    CliResult r =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            "2026-11-23",
            "rota",
            "--year",
            "2026-27",
            "--compare",
            "HEAD");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Wednesday 2 September 2026 to Wednesday 21 July 2027")
        .contains("- `heads` Tue 9 Mar 2027: no longer cancelled")
        .contains("Affects: Olu Adebayo");
    assertThat(r.out().lines().filter(l -> l.startsWith("- ")))
        .allMatch(l -> l.contains("`heads`"));

    CliResult same =
        Cli.run(
            "-f",
            yaml.toString(),
            "--today",
            "2026-11-23",
            "rota",
            "--year",
            "2026-27",
            "--compare",
            "HEAD",
            "--meeting",
            "sendco");
    assertThat(same.out()).contains("no meeting changes.");

    CliResult unknown = Cli.run("-f", yaml.toString(), "rota", "--compare", "no-such-branch");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Git does not know the revision `no-such-branch`");
  }

  @Test
  void aNewHeadAtTheSameSchoolIsAChangeThatNamesWhoIsAffected(@TempDir Path tmp) throws Exception {
    // given a committed fixture, then a roster edit: damson has a new headteacher
    copyFixture(tmp);
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
        "fixture");
    Path roster = tmp.resolve("rosters/damson.csv");
    Files.writeString(
        roster,
        Files.readString(roster)
            .replace("Olu Adebayo,HT,olu.adebayo@", "Nia Okafor,HT,nia.okafor@"));

    // when
    CliResult r =
        Cli.run(
            "-f",
            tmp.resolve("partnership.yaml").toString(),
            "--today",
            "2026-11-23",
            "rota",
            "--year",
            "2026-27",
            "--compare",
            "HEAD");

    // then every changed line says which duty changed hands and names both people
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> changed = r.out().lines().filter(l -> l.startsWith("- ")).toList();
    assertThat(changed)
        .isNotEmpty()
        .allMatch(
            l ->
                l.contains("Olu Adebayo (damson) → Nia Okafor (damson)")
                    && l.endsWith(". Affects: Olu Adebayo, Nia Okafor."));
  }

  @Test
  void compareOutsideARepositoryIsAUsageError(@TempDir Path tmp) throws IOException {
    copyFixture(tmp);
    CliResult r =
        Cli.run("-f", tmp.resolve("partnership.yaml").toString(), "rota", "--compare", "HEAD");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--compare needs a Git repository");
  }

  @Test
  void aRevisionWhoseDataDoesNotLoadIsReportedAtThatRevisionsFiles(@TempDir Path tmp)
      throws Exception {
    copyFixture(tmp);
    Path roster = tmp.resolve("rosters/elm.csv");
    String elm = Files.readString(roster);
    Files.delete(roster);
    git(tmp, "init", "-q");
    git(tmp, "add", "-A");
    git(
        tmp,
        "-c",
        "user.name=Test",
        "-c",
        "user.email=test@example.org",
        "commit",
        "-q",
        "-m",
        "no elm");
    Files.writeString(roster, elm);

    CliResult r =
        Cli.run("-f", tmp.resolve("partnership.yaml").toString(), "rota", "--compare", "HEAD");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("HEAD:partnership.yaml:").contains("(at revision HEAD)");
  }

  private static void copyFixture(Path into) throws IOException {
    Path from = Path.of(FIXTURE).getParent();
    Files.copy(from.resolve("partnership.yaml"), into.resolve("partnership.yaml"));
    Files.createDirectories(into.resolve("rosters"));
    try (Stream<Path> rosters = Files.list(from.resolve("rosters"))) {
      for (Path p : rosters.toList()) {
        Files.copy(p, into.resolve("rosters").resolve(p.getFileName()));
      }
    }
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", args, output).isZero();
  }
}
