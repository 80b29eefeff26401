package dev.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker used on every rendered agenda and report finds what it is there to find. */
class GfmTest {
  @Test
  void acceptsWellFormedTablesAndGantt() {
    String md =
        """
        # T

        | a | b |
        | --- | --- |
        | x \\| y | |

        ```mermaid
        gantt
            title A title
            dateFormat YYYY-MM-DD
            axisFormat %d %b
            section Heads
            Fleet Primary :done, m1, 2026-09-15, 1d
            Round 1 :r1, 2026-09-02, 30d
        ```
        """;
    assertThat(Gfm.problems(md)).isEmpty();
  }

  @Test
  void findsARowWithTheWrongNumberOfCells() {
    assertThat(Gfm.problems("| a | b |\n| --- | --- |\n| x | y | z |\n"))
        .singleElement()
        .asString()
        .contains("line 3")
        .contains("3 cells in a table of 2");
  }

  @Test
  void findsAMissingDelimiterRowAndTextGluedToATable() {
    assertThat(Gfm.problems("| a |\n| b |\n")).anyMatch(p -> p.contains("delimiter row"));
    assertThat(Gfm.problems("| a |\n| --- |\ntext\n")).anyMatch(p -> p.contains("blank line"));
  }

  @Test
  void findsAnUnclosedFence() {
    assertThat(Gfm.problems("```\ncode\n")).singleElement().asString().contains("never closed");
  }

  @Test
  void findsGanttLinesThatMermaidWouldMisread() {
    String md =
        "```mermaid\ngantt\n    dateFormat YYYY-MM-DD\n    section S\n"
            + "    Good :m0, 2026-09-15, 1d\n"
            + "    Fleet: Primary :m1, 2026-09-15, 1d\n"
            + "    Rhyl #1 :m2, 2026-09-15, 1d\n"
            + "    Ok :m0, 2026-09-15, 1d\n"
            + "    Bad date :m3, 2026-13-45, 1d\n```\n";
    assertThat(Gfm.problems(md))
        .hasSize(4)
        .anyMatch(p -> p.contains("line 7"))
        .anyMatch(p -> p.contains("line 8"))
        .anyMatch(p -> p.contains("used twice"))
        .anyMatch(p -> p.contains("not a date"));
  }

  @Test
  void aMermaidBlockMustBeAGanttWithADateFormat() {
    assertThat(Gfm.problems("```mermaid\ngraph TD\n```\n"))
        .singleElement()
        .asString()
        .contains("gantt");
    assertThat(Gfm.problems("```mermaid\ngantt\n    section S\n```\n"))
        .anyMatch(p -> p.contains("dateFormat"));
  }
}
