package dev.cluster.report;

import static dev.cluster.testing.ModelBuilder.HERE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.agenda.AgendaView;
import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.PlanItem;
import dev.cluster.model.School;
import dev.cluster.render.Templates;
import dev.cluster.rota.DutyLedger;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.Gfm;
import dev.cluster.testing.Meetings;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and titles typed by users that would break a table, inject HTML or markup, or start a
 * spreadsheet formula render as inert text in agendas and reports, whose Markdown stays
 * well-formed.
 */
class HostileDataTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 17);

  static Stream<String> hostile() {
    return Stream.of(
        "Pipe | Primary",
        "*Bold* and _under_ School",
        "<script>alert(1)</script>",
        "Back`tick`` School",
        "Two\nLines\r\nSchool",
        "=cmd|' /C calc'!A0",
        "# Heading [link](http://x) ![img](y) ~~gone~~",
        "Colon: semi; hash# 100%% gantt",
        "section Evil :x, 2026-01-01, 9d",
        "```",
        "| --- | --- |",
        "- a list",
        "1. ordered",
        "+ plus",
        "---",
        "> quote",
        "    indented code");
  }

  static Partnership partnership(String evil) {
    List<Person> staff = new ArrayList<>(ModelBuilder.school("evil").staff());
    staff.set(0, ModelBuilder.person("evil-head", evil, "headteacher"));
    School e = ModelBuilder.school("evil", staff);
    e =
        new School(
            e.id(),
            evil,
            evil,
            e.roster(),
            e.joined(),
            e.left(),
            e.closures(),
            List.of(evil),
            evil,
            e.staff(),
            e.location());
    MeetingSeries heads = ModelBuilder.heads(List.of("evil", "fleet"));
    heads =
        new MeetingSeries(
            heads.id(),
            evil,
            heads.attendees(),
            heads.yearGroup(),
            heads.group(),
            heads.schedule(),
            heads.dates(),
            heads.time(),
            heads.duration(),
            heads.duties(),
            heads.chairRole(),
            heads.order(),
            heads.start(),
            List.of(evil),
            heads.location());
    Partnership base =
        ModelBuilder.partnership(
            List.of(ModelBuilder.year2026()),
            List.of(e, ModelBuilder.school("fleet")),
            List.of(heads),
            List.of(),
            List.of());
    Partnership p =
        new Partnership(
            base.file(),
            base.directory(),
            evil,
            evil,
            evil,
            base.timeZone(),
            base.bankHolidays(),
            base.calendar(),
            base.schools(),
            base.meetings(),
            base.reviews(),
            base.overrides(),
            base.agendaItems(),
            base.plan(),
            base.actions(),
            base.history());
    return ModelBuilder.withRecords(
        p,
        List.of(new AgendaItem("heads", DAY, evil, evil, 10, false, HERE)),
        List.of(new PlanItem("P1", evil, evil, DAY, "red", HERE)),
        List.of(new Action("A1", "heads", DAY, evil, evil, DAY, true, HERE)),
        List.of());
  }

  static List<ScheduledMeeting> meetings(Partnership p) {
    MeetingSeries heads = p.meetings().get(0);
    return List.of(
        Meetings.meeting(p, heads, DAY, "evil", "evil", "fleet"),
        Meetings.meeting(p, heads, DAY.plusWeeks(8), "fleet", "fleet", "evil"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void anAgendaStaysInert(String evil) {
    Partnership p = partnership(evil);
    List<ScheduledMeeting> ms = meetings(p);

    String md =
        new Templates(null)
            .render(
                "agenda.md.mustache",
                AgendaView.of(p, ms.get(0), null, ms.get(1), DAY.minusDays(1)));

    assertInert(md, evil);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aReportStaysInert(String evil) {
    Partnership p = partnership(evil);
    Rota rota = new Rota(DAY, DAY, meetings(p), List.of());

    String md =
        new Templates(null)
            .render(
                "report.md.mustache",
                ReportView.of(
                    p,
                    p.calendar().get(0),
                    rota,
                    DutyLedger.of(
                        p.schools(), p.meetings(), rota.meetings(), rota.from(), rota.to()),
                    List.of(),
                    DataQuality.check(p, p.calendar().get(0)),
                    DAY.plusDays(1),
                    false));

    assertInert(md, evil);
  }

  static Stream<Long> seeds() {
    return java.util.stream.LongStream.rangeClosed(1, 40).boxed();
  }

  /**
   * A name of 1 to 30 characters drawn from everything that means something to Markdown, HTML or
   * Mermaid.
   */
  static String randomName(long seed) {
    String alphabet = "|*_<>`#[]()!~\\\n\r\t:;%-=+@&\"' abcXYZ019";
    java.util.Random random = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(30);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomNamesKeepAgendaAndReportWellFormed(long seed) {
    Partnership p = partnership(randomName(seed));
    List<ScheduledMeeting> ms = meetings(p);
    Rota rota = new Rota(DAY, DAY, ms, List.of());

    String agenda =
        new Templates(null)
            .render(
                "agenda.md.mustache",
                AgendaView.of(p, ms.get(0), null, ms.get(1), DAY.minusDays(1)));
    String report =
        new Templates(null)
            .render(
                "report.md.mustache",
                ReportView.of(
                    p,
                    p.calendar().get(0),
                    rota,
                    DutyLedger.of(
                        p.schools(), p.meetings(), rota.meetings(), rota.from(), rota.to()),
                    List.of(),
                    List.of(),
                    DAY.plusDays(1),
                    false));

    assertThat(Gfm.problems(agenda)).as("seed %d: agenda", seed).isEmpty();
    assertThat(Gfm.problems(report)).as("seed %d: report", seed).isEmpty();
    assertThat(agenda + report.replaceAll("(?s)```mermaid\n.*?```\n", ""))
        .as("seed %d: no raw angle bracket", seed)
        .doesNotContain("<")
        .doesNotContain(">");
  }

  private static void assertInert(String md, String evil) {
    assertThat(Gfm.problems(md)).as("well-formed with %s", evil).isEmpty();
    // (a table's delimiter row and the Mermaid fence are the templates' own, not the data's)
    String text = md.replaceAll("(?s)```mermaid\n.*?```\n", "");
    if (!evil.startsWith("|") && !evil.startsWith("```")) {
      assertThat(text)
          .as("%s at the start of a line, where it would be read as markup", evil)
          .doesNotContain("\n" + evil)
          .doesNotStartWith(evil);
    }
    assertThat(md).as("no HTML with %s", evil).doesNotContain("<script").doesNotContain("</");
    for (String line : md.split("\n")) {
      // no line of the output starts with markup that came from the data
      assertThat(line)
          .as("line from %s", evil)
          .doesNotStartWith("# Heading")
          .doesNotStartWith("Lines");
    }
    // Markdown is not read inside the (Mermaid) fenced block, whose own escaping the Gfm check
    // covers
    String outside = md.replaceAll("(?s)```mermaid\n.*?```\n", "");
    assertThat(outside)
        .as("no unescaped emphasis from %s", evil)
        .doesNotContain(" *Bold*")
        .doesNotContain("[link]");
  }
}
