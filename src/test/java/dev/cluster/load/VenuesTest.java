package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cluster.people.IcsCheck;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Venues that are not schools (SPEC section 10): a teachers' centre and an online meeting hosting
 * series and one overridden meeting, in every format, the record and the fairness ledger; and the
 * mistakes `validate` reports.
 */
class VenuesTest {
  private static final String LINK = "https://meet.example.org/heads?room=7&pin=2";
  private static final String VENUES =
      """
      venues:
        - { id: teachers-centre, name: Testford Teachers' Centre, address: "2 Dock Road, Testford" }
        - { id: online, name: Online meeting, link: "%s" }
      """
          .formatted(LINK);
  private static final String HEADS =
      """
        - id: heads
          title: Headteachers' meeting
          attendees: [headteacher]
          schedule: { per: half-term, weeks: [2], weekday: tuesday, time: "09:30", duration: 90 }
          chair: rotate
          host: rotate
      """;

  @TempDir Path dir;
  private Path yaml;

  @BeforeEach
  void copy() throws Exception {
    yaml = Fixtures.copy("fixed-host", dir);
    edit("meetings:\n", VENUES + "\nmeetings:\n" + HEADS);
    edit("    host: hub\n", "    host: teachers-centre\n");
  }

  private void edit(String from, String to) throws Exception {
    String s = Files.readString(yaml);
    assertThat(s).contains(from);
    Files.writeString(yaml, s.replace(from, to));
  }

  private CliResult run(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "-f";
    all[1] = yaml.toString();
    all[2] = "--today";
    all[3] = "2026-09-01";
    System.arraycopy(args, 0, all, 4, args.length);
    return Cli.run(all);
  }

  @Test
  void aVenueHostsWithNoWarningAndIsNullAsASchoolInJson() throws Exception {
    CliResult v = run("validate", "--strict");
    assertThat(v.exit()).as(v.err()).isZero();

    CliResult r = run("rota", "--meeting", "send-hub", "--year", "2026-27", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode meetings = new ObjectMapper().readTree(r.out()).get("meetings");
    assertThat(meetings).hasSize(3);
    for (JsonNode m : meetings) {
      assertThat(m.get("host").get("school").isNull()).as("%s", m).isTrue();
      assertThat(m.get("host").get("venue").asText())
          .isEqualTo("Testford Teachers' Centre, 2 Dock Road, Testford");
      assertThat(m.get("chair").get("school").isNull()).isFalse();
    }
  }

  @Test
  void csvLeavesTheHostSchoolEmptyAndFillsTheVenue() {
    CliResult r = run("rota", "--meeting", "send-hub", "--year", "2026-27", "--format", "csv");

    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(1))
        .startsWith(
            "send-hub,SEND hub network,2026-09-24,13:30,15:00,hub,Tomasz Nowak,,"
                + "\"Testford Teachers' Centre, 2 Dock Road, Testford\",mill,");
  }

  @Test
  void anOverrideMovesOneMeetingOnlineAndTheSchoolKeepsItsTurn() throws Exception {
    CliResult before = run("rota", "--meeting", "heads", "--year", "2026-27", "--format", "csv");
    edit(
        "agenda-items:",
        "overrides:\n  - { meeting: heads, date: 2026-09-08, host: online }\n\nagenda-items:");

    CliResult after = run("rota", "--meeting", "heads", "--year", "2026-27", "--format", "csv");

    assertThat(after.exit()).as(after.err()).isZero();
    assertThat(run("validate", "--strict").exit()).isZero();
    List<String> was = before.out().lines().toList();
    List<String> now = after.out().lines().toList();
    assertThat(was.get(1)).contains(",hub,Priya Lowe,mill,");
    assertThat(now.get(1))
        .contains(",hub,Priya Lowe,,Online meeting,")
        .contains("overridden: host online");
    // the venue served no turn: mill, whose turn it was, hosts the next meeting instead of weir
    assertThat(was.get(2).split(",")[7]).isEqualTo("weir");
    assertThat(now.get(2).split(",")[7]).isEqualTo("mill");
  }

  @Test
  void aVenueCountsForNoSchoolInTheLedgers() {
    CliResult r = run("rota", "--year", "2026-27");

    assertThat(r.exit()).as(r.err()).isZero();
    String sendHub =
        r.out()
            .substring(r.out().indexOf("## SEND hub network"), r.out().indexOf("## Duties across"));
    assertThat(sendHub)
        .contains("| Testford Teachers' Centre, 2 Dock Road, Testford |")
        .contains("Chaired: this period")
        .doesNotContain("Hosted");
    // 6 heads meetings hosted in turn by the schools; the 3 send-hub meetings at the centre count
    // for nobody
    String across = r.out().substring(r.out().indexOf("## Duties across"));
    int chaired = 0;
    int hosted = 0;
    for (String line :
        across
            .lines()
            .filter(l -> l.matches("\\| [A-Z].* \\| \\d+ \\| \\d+ \\| \\d+ \\|"))
            .toList()) {
      String[] cells = line.split(" \\| ");
      chaired += Integer.parseInt(cells[1]);
      hosted += Integer.parseInt(cells[2]);
    }
    assertThat(chaired).isEqualTo(9);
    assertThat(hosted).isEqualTo(6);
  }

  @Test
  void theLinkIsInTheCalendarTheAgendaAndTheReport() throws Exception {
    edit("    host: teachers-centre\n", "    host: online\n");

    CliResult ics = run("rota", "--meeting", "send-hub", "--year", "2026-27", "--format", "ics");
    assertThat(ics.exit()).as(ics.err()).isZero();
    List<Map<String, String>> events = IcsCheck.check("send-hub.ics", ics.out());
    assertThat(events)
        .hasSize(3)
        .allSatisfy(
            e -> {
              assertThat(e.get("LOCATION")).isEqualTo("Online meeting");
              assertThat(e.get("URL")).isEqualTo(LINK);
              assertThat(e.get("DESCRIPTION"))
                  .contains("Host: Online meeting\\nJoin online: " + LINK);
            });

    CliResult agenda = run("agenda", "send-hub", "--next");
    assertThat(agenda.exit()).as(agenda.err()).isZero();
    assertThat(agenda.out())
        .contains("- **Where:** Online meeting\n- **Join online:** <" + LINK + ">\n");

    CliResult md = run("rota", "--meeting", "send-hub");
    assertThat(md.out())
        .contains("| Online meeting (online: https://meet.example.org/heads?room=7&amp;pin=2) |");

    CliResult json = run("rota", "--meeting", "send-hub", "--format", "json");
    assertThat(
            new ObjectMapper()
                .readTree(json.out())
                .get("meetings")
                .get(0)
                .get("host")
                .get("link")
                .asText())
        .isEqualTo(LINK);

    CliResult report = run("report", "--year", "2026-27");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out())
        .contains("Online meeting (online: https://meet.example.org/heads?room=7&amp;pin=2)");
  }

  @Test
  void theRecordKeepsTheVenueAndReadsItBackWithItsLink() throws Exception {
    edit("    host: teachers-centre\n", "    host: online\n");
    CliResult before = run("rota", "--meeting", "send-hub", "--format", "ics");

    CliResult saved = run("rota", "--meeting", "send-hub", "--save");

    assertThat(saved.exit()).as(saved.err()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("history/rota/2026-27.csv"));
    assertThat(rows.get(1))
        .startsWith("send-hub,2026-09-24,2026-09-24,13:30,15:00,hub,Tomasz Nowak,,Online meeting,");
    assertThat(run("validate", "--strict").exit()).isZero();
    assertThat(run("rota", "--meeting", "send-hub", "--format", "ics").out())
        .isEqualTo(before.out());
  }

  @Test
  void mistakesWithVenuesAreLocatedErrors() throws Exception {
    edit(
        VENUES,
        """
        venues:
          - { id: teachers-centre, name: Centre, phone: 1, link: "meet dot example" }
          - { id: mill, name: Mill Hall }
          - { id: online, name: Online meeting }
        """);
    edit(
        "    chair: rotate\n    host: teachers-centre\n",
        "    chair: online\n    host: teachers-centre\n    order: [hub, online, mill, weir]\n");

    CliResult r = run("validate");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("unknown key `phone` in a venue")
        .contains(
            "`link` of venue `teachers-centre` is `meet dot example`, which is not a web address")
        .contains("venue id `mill` is also a school's id")
        .contains(
            "`online` in `chair` of meeting `send-hub` is a venue, not a school; a venue can only host")
        .contains("`online` in `order` of meeting `send-hub` is a venue, not a school");
  }
}
