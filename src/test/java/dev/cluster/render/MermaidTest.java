package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MermaidTest {
  @Test
  void removesWhatMermaidReadsAsSyntax() {
    assertThat(Mermaid.text("Heads: the; #1 meeting")).isEqualTo("Heads the 1 meeting");
    assertThat(Mermaid.text("two\nlines\r\nhere")).isEqualTo("two lines here");
    assertThat(Mermaid.text("`code` <b>")).isEqualTo("'code' (b)");
    assertThat(Mermaid.text("%% not a comment")).isEqualTo("\uFF05\uFF05 not a comment");
    assertThat(Mermaid.text("accDescr{ X }")).isEqualTo("(accDescr( X ))");
  }

  @Test
  void aTitleStartingWithAKeywordIsWrappedSoItStaysATitle() {
    assertThat(Mermaid.text("section 5 school")).isEqualTo("(section 5 school)");
    assertThat(Mermaid.text("dateFormat fun")).isEqualTo("(dateFormat fun)");
    assertThat(Mermaid.text("Sectional school")).isEqualTo("(Sectional school)");
    assertThat(Mermaid.text("Gantt's School")).isEqualTo("(Gantt's School)");
    assertThat(Mermaid.text("2026-09-17 Academy")).isEqualTo("(2026-09-17 Academy)");
    assertThat(Mermaid.text("Fleet Primary")).isEqualTo("Fleet Primary");
  }

  @Test
  void nothingLeftIsADash() {
    assertThat(Mermaid.text(" ::; ")).isEqualTo("-");
    assertThat(Mermaid.text(null)).isEqualTo("");
  }
}
