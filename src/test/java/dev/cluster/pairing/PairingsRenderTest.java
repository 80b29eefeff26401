package dev.cluster.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.csv.CsvCells;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Partnership;
import dev.cluster.render.PairingsCsv;
import dev.cluster.render.PairingsJson;
import dev.cluster.render.PairingsMarkdown;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Names from rosters cannot break the Markdown, inject formulas into the CSV, or change the JSON's
 * shape.
 */
class PairingsRenderTest {
  private final Partnership partnership = Fixtures.four(Fixtures.lastYear());
  private final Pairings pairings =
      new PairingPlanner(partnership).plan(null, partnership.year("2026-27").orElseThrow(), null);

  @Test
  void markdownTablesKeepTheirColumnsWhateverTheNames() {
    // when
    String md = PairingsMarkdown.render(partnership, pairings, true);
    // then every row of a table has as many cells as its header
    List<String> lines = md.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|") && i > 0 && !lines.get(i - 1).startsWith("|")) {
        int cells = cells(lines.get(i));
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          assertThat(cells(lines.get(j))).as("line %d: %s", j + 1, lines.get(j)).isEqualTo(cells);
        }
      }
    }
    assertThat(md)
        .contains("Netley Primary \\| School")
        .contains("Ed \\*Quill\\*")
        .contains("=Di &lt;b&gt;Marsh&lt;/b&gt;")
        .doesNotContain("<b>");
  }

  @Test
  void csvNeutralisesFormulasAndReadsBackAsTheNames() throws Exception {
    // when
    String csv = PairingsCsv.render(pairings);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    // then
    assertThat(csv).contains(",'=Di <b>Marsh</b>,rhyl,peer").doesNotContain(",=Di");
    List<String> reviewers = new ArrayList<>();
    rows.forEach(r -> reviewers.add(CsvCells.unneutralise(r.get("reviewer"))));
    List<String> expected = new ArrayList<>();
    pairings
        .rounds()
        .forEach(
            r -> r.teams().forEach(t -> t.peers().forEach(p -> expected.add(p.person().name()))));
    assertThat(reviewers).isEqualTo(expected);
  }

  @Test
  void jsonHasTheSpecShapeWithBoundOnlyWhenNotOptimal() {
    // when
    String json = PairingsJson.render(pairings, false);
    // then
    assertThat(json)
        .startsWith(
            "{\n  \"rounds\": [\n    {\n      \"programme\": \"enquiry\",\n"
                + "      \"year\": \"2026-27\",\n      \"round\": 1,\n      \"teams\": [\n        {\n"
                + "          \"school\": \"fleet\",\n          \"lead\": \"Ana Whitfield\",\n"
                + "          \"external\": \"Borough Partner\",\n          \"peers\": [\n            {\n");
    assertThat(json)
        .contains("\"lead\": null,\n          \"external\": null,")
        .contains("\"matches\": []")
        .contains("\"optimal\": true")
        .doesNotContain("\"bound\"")
        .doesNotContain("explanation")
        .endsWith("  \"warnings\": []\n}\n");
    assertThat(json)
        .contains(
            "\"score\": {\n        \"repeats\": [\n          0,\n          0\n        ],\n"
                + "        \"reciprocal\": 0,");
  }

  @Test
  void aRoundNotProvenCarriesItsBoundInJsonAndInWords() {
    // given the first generated programme whose search, cut short, cannot prove its answer
    ReviewRound cut = null;
    for (long seed = 1; seed < 300 && cut == null; seed++) {
      Partnership p = Generated.partnership(seed, new Generated.Shape(4, 6, 2, 2, false));
      try {
        ReviewRound r =
            new PairingPlanner(p, 1).plan(null, p.year("2026-27").orElseThrow(), 1).rounds().get(0);
        cut = r.optimal() ? null : r;
      } catch (InfeasibleException e) {
        // try the next seed
      }
    }
    assertThat(cut).as("a seed whose search is cut short").isNotNull();
    // when
    String json = PairingsJson.render(new Pairings(List.of(cut), List.of()), false);
    // then
    assertThat(json).contains("\"optimal\": false,\n      \"bound\": {\n        \"repeats\": [");
    assertThat(PairingsMarkdown.words(cut)).contains("no pairing can do better than");
  }

  private static int cells(String row) {
    int n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }
}
