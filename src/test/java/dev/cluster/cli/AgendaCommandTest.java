package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster agenda} through the real command line. */
class AgendaCommandTest {
  @TempDir Path dir;

  @Test
  void dateAndNextExcludeEachOther() {
    CliResult r = Cli.run("agenda", "heads", "--date", "2026-11-17", "--next");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--date and --next exclude each other");
  }

  @Test
  void anUnknownMeetingNamesTheMeetings() {
    CliResult r = Cli.run("--today", "2026-11-10", "agenda", "hedas");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown meeting `hedas`; the meetings are: heads, moderation-fs,");
  }

  @Test
  void aYearGroupFamilyAsksForOneOfItsSeries() {
    CliResult r = Cli.run("--today", "2026-11-10", "agenda", "moderation");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("name one of: moderation-fs, moderation-y1,");
  }

  @Test
  void aDateWithNoMeetingNamesTheNearest() {
    CliResult r = Cli.run("--today", "2026-11-10", "agenda", "heads", "--date", "2026-11-18");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no meeting on 2026-11-18; the nearest are 2026-11-17 and ");
  }

  @Test
  void writesTheAgendaToAFile() throws Exception {
    Path out = dir.resolve("agenda.md");

    CliResult r = Cli.run("--today", "2026-11-10", "agenda", "heads", "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out))
        .startsWith("# Headteachers' meeting\n")
        .contains("17 November 2026");
  }

  @Test
  void thePartnershipsOwnTemplateIsUsed() {
    Path yaml = Fixtures.copy("fixed-host", dir);
    Fixtures.write(
        dir.resolve("templates/agenda.md.mustache"),
        List.of(
            "Our own agenda for {{title}} on {{date}}",
            "{{#items}}",
            "{{number}}. {{title}}",
            "{{/items}}"));

    CliResult r = Cli.run("-f", yaml.toString(), "--today", "2026-09-01", "agenda", "send-hub");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Our own agenda for SEND hub network on ")
        .contains("3. Referrals and waiting lists\n");
  }

  @Test
  void aTemplateNamingAMissingVariableIsExit1AtItsLine() {
    Path yaml = Fixtures.copy("fixed-host", dir);
    Path template =
        Fixtures.write(
            dir.resolve("templates/agenda.md.mustache"),
            List.of("# {{title}}", "", "Host: {{hostess}}"));

    CliResult r = Cli.run("-f", yaml.toString(), "--today", "2026-09-01", "agenda", "send-hub");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(template + ":3:1: error: template variable `hostess` does not exist");
    assertThat(r.out()).isEmpty();
  }
}
