package dev.cluster.render;

import static dev.cluster.testing.ModelBuilder.heads;
import static dev.cluster.testing.ModelBuilder.override;
import static dev.cluster.testing.ModelBuilder.partnership;
import static dev.cluster.testing.ModelBuilder.person;
import static dev.cluster.testing.ModelBuilder.school;
import static dev.cluster.testing.ModelBuilder.year2026;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Partnership;
import dev.cluster.model.School;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaPlanner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaRenderTest {
  private static final LocalDate FROM = LocalDate.of(2026, 9, 2);
  private static final LocalDate TO = LocalDate.of(2027, 3, 26);

  private static Partnership partnershipWithAwkwardNames() {
    School a = school("a", List.of(person("a-h", "=HYPERLINK(\"x\") | *Bold*", "headteacher")));
    School b = school("b", List.of(person("b-h", "Bea <script>", "headteacher")));
    return partnership(
        List.of(year2026()),
        List.of(a, b),
        List.of(heads(List.of("a", "b"))),
        List.of(override("heads", LocalDate.of(2027, 3, 9), null, null, null, null, true)));
  }

  private static Rota rota(Partnership p) {
    return new RotaPlanner(p).plan(FROM, TO, List.of());
  }

  @Test
  void csvHasSpecsHeaderEmptyCellsForNullAndNeutralisedFormulas() {
    String csv = RotaCsv.render(rota(partnershipWithAwkwardNames()));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "meeting,title,date,start,end,chair-school,chair,host-school,venue,minutes-school,minutes,cancelled,notes");
    assertThat(lines.get(1))
        .isEqualTo(
            "heads,Meeting heads,2026-09-15,09:30,11:30,a,\"'=HYPERLINK(\"\"x\"\")"
                + " | *Bold*\",a,\"a Primary School, a Road\",b,Bea <script>,false,");
    assertThat(lines)
        .contains("heads,Meeting heads,2027-03-09,09:30,11:30,,,,,,,true,cancelled by an override");
  }

  @Test
  void jsonHasSpecsFieldsInOrderWithNullDutiesOfACancelledMeeting() {
    String json = RotaJson.render("P", rota(partnershipWithAwkwardNames()));
    assertThat(json)
        .startsWith(
            "{\n  \"partnership\": \"P\",\n  \"from\": \"2026-09-02\",\n  \"to\": \"2027-03-26\","
                + "\n  \"meetings\": [\n    {\n      \"meeting\": \"heads\",\n      \"title\": \"Meeting heads\","
                + "\n      \"date\": \"2026-09-15\",\n      \"start\": \"09:30\",\n      \"end\": \"11:30\","
                + "\n      \"chair\": {\n        \"school\": \"a\",");
    assertThat(json)
        .contains(
            "\"chair\": null,\n      \"host\": null,\n      \"minutes\": null,\n"
                + "      \"cancelled\": true,\n      \"notes\": [\n        \"cancelled by an override\"\n      ]");
    assertThat(json).endsWith("  ],\n  \"warnings\": []\n}\n");
  }

  @Test
  void markdownEscapesDataSoItCannotBreakTheTable() {
    Partnership p = partnershipWithAwkwardNames();
    RotaPlanner planner = new RotaPlanner(p);
    String md =
        RotaMarkdown.render(
            p.name(),
            "Autumn 2026-27",
            planner.plan(FROM, TO, List.of()),
            planner.select(List.of()),
            planner.ledger(FROM, TO, List.of()));
    assertThat(md)
        .contains("=HYPERLINK(\"x\") \\| \\*Bold\\* (a Primary School)", "Bea &lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(md)
        .contains(
            "| Tue 9 Mar 2027 (cancelled) | 09:30–11:30 | — | — | — | cancelled by an override |");
    for (String line : md.lines().filter(l -> l.startsWith("| Tue")).toList()) {
      assertThat(line.split("(?<!\\\\)\\|", -1)).as(line).hasSize(8);
    }
  }
}
