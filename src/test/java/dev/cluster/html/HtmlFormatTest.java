package dev.cluster.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import org.junit.jupiter.api.Test;

/**
 * {@code agenda --format html} and {@code report --format html}: one self-contained page each (SPEC
 * 9).
 */
class HtmlFormatTest {
  private static final String FIXTURE = "src/test/resources/golden/rota-fixture/partnership.yaml";

  private static void selfContained(String html) {
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("@media print")
        .contains("size: A4")
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(");
    assertThat(html.split("<style>", -1)).as("one <style>").hasSize(2);
  }

  @Test
  void anAgendaIsOnePrintablePageWithRoomToWriteApologies() {
    CliResult r = Cli.run("--today", "2026-11-23", "agenda", "heads", "--format", "html");
    assertThat(r.exit()).as(r.err()).isZero();
    selfContained(r.out());
    assertThat(r.out())
        .contains("<title>Headteachers&#39; meeting</title>", "<h1>Headteachers' meeting</h1>")
        .contains("<h2>Apologies</h2>")
        .contains("<tr class=\"write-in\">")
        .contains("<th>School</th>");
    assertThat(Cli.run("--today", "2026-11-23", "agenda", "heads", "--format", "pdf").exit())
        .isEqualTo(2);
  }

  @Test
  void theDataIsEscapedAndTheChartBecomesATable() {
    CliResult agenda =
        Cli.run("-f", FIXTURE, "--today", "2026-11-23", "agenda", "heads", "--format", "html");
    assertThat(agenda.exit()).as(agenda.err()).isZero();
    assertThat(agenda.out()).contains("Birch &lt;Infant&gt; School").doesNotContain("<Infant>");
    CliResult report = Cli.run("--today", "2026-11-23", "report", "--format", "html");
    assertThat(report.exit()).as(report.err()).isZero();
    selfContained(report.out());
    assertThat(report.out().replace("\n", ""))
        .doesNotContain("mermaid")
        .doesNotContain("gantt")
        .contains("<th>Series</th><th>Item</th><th>Start</th><th>Length</th><th>State</th>")
        .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[a-z]");
  }

  @Test
  void aGanttChartReadsAsRows() {
    String md =
        "```mermaid\ngantt\n    title T\n    dateFormat YYYY-MM-DD\n    section Heads\n"
            + "    Rhyl :done, m1, 2026-09-15, 1d\n    Fleet :crit, m2, 2027-01-26, 3d\n```\n";
    assertThat(HtmlPage.fragment(md).replace("\n", ""))
        .contains("<td>Heads</td><td>Rhyl</td><td>2026-09-15</td><td>1 day</td>" + "<td>done</td>")
        .contains("<td>Fleet</td><td>2027-01-26</td><td>3 days</td><td>crit</td>");
  }
}
