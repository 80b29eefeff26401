package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final Path FULL = Path.of("src/test/resources/valid/full");

  @Test
  void summarisesAValidPartnershipOnOneLine() {
    CliResult result = Cli.run("-f", FULL.resolve("partnership.yaml").toString(), "validate");

    assertThat(result.exit()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            FULL.resolve("partnership.yaml")
                + ": 4 schools, 23 staff, 6 meeting series, 1 review programme \u2014 no problems\n");
  }

  @Test
  void warningsAreReportedAndOnlyStrictFailsOnThem(@TempDir Path dir) throws IOException {
    // given a copy of the full fixture where one school has no headteacher
    Fixtures.copyFolder(FULL, dir);
    Path roster = dir.resolve("rosters/meadow.csv");
    Files.writeString(
        roster, Files.readString(roster).replace("Uma Vance,Headteacher,", "Uma Vance,Teacher,Y1"));
    String file = dir.resolve("partnership.yaml").toString();

    // when
    CliResult plain = Cli.run("-f", file, "validate");
    CliResult strict = Cli.run("-f", file, "validate", "--strict");

    // then
    assertThat(plain.exit()).isZero();
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(plain.err())
        .startsWith(
            file
                + ":58:9: warning: nobody at school `meadow` can attend `heads`: its "
                + "roster has no headteacher; add them to "
                + dir.resolve("rosters/meadow.csv")
                + " or leave the school out of `order`\n      - id: heads\n            ^\n");
    assertThat(plain.out()).endsWith("\u2014 2 warnings\n");
    assertThat(strict.err()).isEqualTo(plain.err());
  }

  @Test
  void errorsGoToStderrAndTheSummaryCountsThem(@TempDir Path dir) throws IOException {
    Fixtures.copyFolder(FULL, dir);
    Path yaml = dir.resolve("partnership.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("order: [brook, hill, meadow, no]", "order: [brook, hil, meadow, no]")
            .replace("weekday: tuesday", "weekday: tues-day"));

    CliResult result = Cli.run("-f", yaml.toString(), "validate");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().lines().filter(l -> l.contains(": error: ")))
        .containsExactly(
            yaml
                + ":64:16: error: unknown weekday `tues-day` in `schedule` of meeting `heads`; did you mean "
                + "`tuesday`?",
            yaml
                + ":71:20: error: unknown school `hil` in `order` of meeting `heads`; did you mean `hill`?");
    assertThat(result.out()).isEqualTo(yaml + ": 2 errors\n");
  }

  @Test
  void refusesAFileOverFourMegabytesQuickly(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("partnership.yaml");
    Files.write(big, new byte[5 * 1024 * 1024]);

    long start = System.nanoTime();
    CliResult result = Cli.run("-f", big.toString(), "validate");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).startsWith(big + ": error: the file is larger than 4 MB");
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);
  }

  @Test
  void aMissingFileIsOneErrorNamingIt() {
    CliResult result = Cli.run("-f", "no/such/partnership.yaml", "validate");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "no/such/partnership.yaml: error: no such file; run `cluster init` to "
                + "start a partnership, or give its file with -f\n");
  }

  @Test
  void schemaNeedsNoValidPartnership() {
    CliResult result =
        Cli.run("-f", "src/test/resources/broken/unknown-schools/partnership.yaml", "schema");

    // schema needs no partnership: it prints whatever the file holds
    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("{");
  }

  @Test
  void anOverrideOnADayWithNoSuchMeetingIsAnErrorNamingTheNearestAndAnAgendaItemAWarning(
      @TempDir Path dir) throws IOException {
    // given the full fixture with an override and an agenda item one day off their meeting
    Fixtures.copyFolder(FULL, dir);
    Path yaml = dir.resolve("partnership.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace(
                "{ meeting: heads, date: 2026-11-17, chair: hill }",
                "{ meeting: heads, date: 2026-11-18, chair: hill }")
            .replace(
                "{ meeting: heads, date: 2026-11-17, title: Moderation",
                "{ meeting: heads, date: 2026-11-16, title: Moderation"));

    // when
    CliResult result = Cli.run("-f", yaml.toString(), "validate");

    // then
    assertThat(result.exit()).isEqualTo(1);
    assertThat(
            result
                .err()
                .lines()
                .filter(l -> l.contains(": warning: ") || l.contains(": error: "))
                .toList())
        .containsExactly(
            yaml
                + ":117:5: error: override for meeting `heads` on 2026-11-18: the series has no meeting that day"
                + " (its nearest meetings are on 2026-11-17 and 2027-01-19); give the date the meeting is scheduled"
                + " on (`cluster rota --meeting heads` lists them)",
            yaml
                + ":123:5: warning: agenda item `Moderation of writing`: meeting `heads` is not held on 2026-11-16;"
                + " run `cluster rota --meeting heads` for its dates");
    assertThat(result.out()).endsWith("\u2014 1 error, 1 warning\n");

    // and every other command refuses the data in the same words (SPEC section 10: errors, not
    // warnings)
    CliResult rota = Cli.run("-f", yaml.toString(), "--today", "2026-11-01", "rota");
    assertThat(rota.exit()).isEqualTo(1);
    assertThat(rota.err())
        .contains(yaml + ":117:5: error: override for meeting `heads` on 2026-11-18");
  }

  @Test
  void templatesThePartnershipOverridesAreCheckedWithRealData(@TempDir Path dir)
      throws IOException {
    // given the full fixture with an agenda template naming a variable that does not exist, and a
    // template
    // whose name replaces nothing
    Fixtures.copyFolder(FULL, dir);
    Path agenda = template(dir, "agenda.md.mustache", "# {{title}}\n\nHosted by {{hostess}}\n");
    Path stray = template(dir, "agendas.md.mustache", "# {{title}}\n");

    // when
    CliResult result = Cli.run("-f", dir.resolve("partnership.yaml").toString(), "validate");

    // then
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .contains(agenda + ":3:1: error: template variable `hostess` does not exist")
        .contains(stray + ": warning: this template replaces no built-in one");
  }

  @Test
  void reportTemplatesAreCheckedAgainstTheReportsRecordsAtEveryDepth(@TempDir Path dir)
      throws IOException {
    // given report templates naming variables of the view's records at every depth (each section
    // has entries in the fixture on that day, so every line is rendered), and one that does not
    // exist in each
    Fixtures.copyFolder(FULL, dir);
    Path report =
        template(
            dir,
            "report.md.mustache",
            String.join(
                "\n",
                "# {{partnership}} {{year}} {{yearStart}} {{includeContact}} {{fullReport}}",
                "{{#schools}}{{name}} {{head}} {{staff}} {{membership}}{{/schools}}",
                "{{#staffByRole.rows}}{{role}}{{#cells}}{{.}}{{/cells}}{{total}}{{/staffByRole.rows}}",
                "{{#meetings}}{{countLabel}}{{#rows}}{{date}} {{chair}} {{title}}{{/rows}}{{/meetings}}",
                "{{#ledger}}{{#rows}}{{school}} {{minutes}}{{/rows}}{{/ledger}}",
                "{{#reviews}}{{#rounds}}{{#teams}}{{school}} {{peers}}{{/teams}}{{/rounds}}{{/reviews}}",
                "{{#reviews}}{{#matrix.rows}}{{school}}{{#cells}}{{.}}{{/cells}}{{/matrix.rows}}{{/reviews}}",
                "{{plan.rag.red}} {{actions.openCount}} {{gantt.title}} {{totals.teams}}",
                "{{#gantt.sections}}{{{name}}}{{#tasks}}{{{duration}}}{{/tasks}}{{/gantt.sections}}",
                "{{#schools}}{{headteacher}}{{/schools}}",
                ""));
    Path summary =
        template(
            dir,
            "report-summary.md.mustache",
            "# {{partnership}}\n{{#meetings}}{{#next}}{{date}}{{/next}}{{/meetings}}\n"
                + "{{totals.schools}} {{moreWarnings}}\n{{#meetings}}{{hostess}}{{/meetings}}\n");

    // when
    CliResult result =
        Cli.run(
            "-f", dir.resolve("partnership.yaml").toString(), "--today", "2026-11-23", "validate");

    // then exactly the unknown ones are errors, at their lines, naming what the records have there
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().lines().filter(l -> l.contains(": error: ")))
        .containsExactly(
            report
                + ":10:1: error: template variable `headteacher` does not exist; variables here: id,"
                + " name, address, head, chairOfGovernors, sendco, staff, focus, membership,"
                + " contact, partnership, area, purpose, year, yearStart, yearEnd, today,"
                + " includeContact, schools, staffByRole, networks, meetings, ledger, termDuties,"
                + " hasTermDuties, gantt, reviews, plan, actions, attendance, decisions, warnings,"
                + " hasWarnings, firstWarnings, moreWarnings, totals, fullReport; every variable is"
                + " listed in the README (section Templates)",
            summary
                + ":4:1: error: template variable `hostess` does not exist; variables here: meeting,"
                + " title, count, countLabel, cancelledCount, next, rows, hasRows, partnership,"
                + " area, purpose, year, yearStart, yearEnd, today, includeContact, schools,"
                + " staffByRole, networks, meetings, ledger, termDuties, hasTermDuties, gantt,"
                + " reviews, plan, actions, attendance, decisions, warnings, hasWarnings,"
                + " firstWarnings, moreWarnings, totals, fullReport; every variable is listed in the"
                + " README (section Templates)");
  }

  /** Writes {@code text} as the partnership's template {@code name} (in {@code templates/}). */
  private static Path template(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve("templates").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
