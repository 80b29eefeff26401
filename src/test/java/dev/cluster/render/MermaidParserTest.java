package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * School, series and partnership names that once broke the report's gantt chart, escaped by {@link
 * Mermaid} and read by Mermaid 11's own parser (node, {@code src/test/mermaid}, under jsdom): every
 * chart parses and keeps every task. Skipped when node or the npm packages are not installed
 * ({@code npm ci} in that folder).
 */
class MermaidParserTest {
  static final Path DIR = Path.of("src/test/mermaid");

  /** Every breaker the audit found, and a few more of the same kinds. */
  static final List<String> BREAKERS =
      List.of(
          "% X",
          "%%% X",
          "5% X",
          "%%%{ X",
          "Gantt's School",
          "accDescr{ X",
          "2026-09-17 Academy",
          "topAxis-School",
          "%%{init: {}}%%",
          "click here",
          "title: x",
          "section; y",
          "a # b",
          "x\ny",
          "`fence` ```",
          "<br/>",
          "accTitle: t",
          "Excludes weekends",
          "todayMarker off",
          "} {",
          "vert x");

  @Test
  void everyBreakerParsesAndKeepsItsTasks() throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(DIR.resolve("node_modules/mermaid")), "npm ci in " + DIR);
    // given one chart per breaker, used as title, section and task, as report.md.mustache writes
    // them
    List<String> charts = new ArrayList<>();
    for (String b : BREAKERS) {
      String t = Mermaid.text(b);
      charts.add(
          "gantt\n    title "
              + t
              + "\n    dateFormat YYYY-MM-DD\n    axisFormat %d %b\n    section "
              + t
              + "\n    "
              + t
              + " :done, m1, 2026-09-17, 1d\n    "
              + t
              + " :m2, 2026-09-18, 1d\n");
    }
    ObjectMapper json = new ObjectMapper();

    // when
    Process node;
    try {
      node =
          new ProcessBuilder("node", "parse.mjs")
              .directory(DIR.toFile())
              .redirectErrorStream(false)
              .start();
    } catch (java.io.IOException e) {
      Assumptions.abort("node is not installed");
      return;
    }
    node.getOutputStream().write(json.writeValueAsBytes(charts));
    node.getOutputStream().close();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();

    // then
    JsonNode results = json.readTree(out);
    assertThat(results.size()).as(out).isEqualTo(BREAKERS.size());
    for (int i = 0; i < BREAKERS.size(); i++) {
      JsonNode r = results.get(i);
      assertThat(r.get("ok").asBoolean()).as("%s parses: %s", BREAKERS.get(i), r).isTrue();
      assertThat(r.get("tasks").size())
          .as("%s keeps both tasks: %s", BREAKERS.get(i), r)
          .isEqualTo(2);
    }
  }
}
