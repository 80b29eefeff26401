package dev.cluster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's own partnership and every example under {@code examples/} are valid, realistic
 * data.
 */
class ExamplePartnershipsTest {
  private static final List<String> LEADERS =
      List.of(
          "headteacher",
          "deputy-head",
          "sendco",
          "business-manager",
          "chair-of-governors",
          "governor",
          "teaching-assistant",
          "teacher");

  static Stream<String> partnerships() throws Exception {
    try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
      List<String> examples =
          dirs.filter(d -> Files.isRegularFile(d.resolve("partnership.yaml")))
              .map(d -> d.resolve("partnership.yaml").toString())
              .sorted()
              .toList();
      assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
      return Stream.concat(Stream.of("partnership.yaml"), examples.stream());
    }
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void validates_with_no_errors_or_warnings(String file) {
    // when
    CliResult result = Cli.run("--today", "2026-11-23", "-f", file, "validate", "--strict");

    // then
    assertThat(result.exit()).as("%s: %s", file, result.err()).isZero();
    assertThat(result.err()).as(file).isEmpty();
    assertThat(result.out()).as(file).endsWith("no problems\n");
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void every_school_has_a_realistic_roster(String file) {
    // given
    Partnership p = PartnershipLoader.load(Path.of(file)).partnership();

    // then
    for (School s : p.schools()) {
      assertThat(s.staff().size()).as("%s: staff of %s", file, s.id()).isBetween(20, 40);
      for (String role : LEADERS) {
        assertThat(s.first(role, null)).as("%s: %s has a %s", file, s.id(), role).isPresent();
      }
      assertThat(
              s.staff().stream()
                  .filter(x -> x.hasRole("headteacher"))
                  .flatMap(x -> x.expertise().stream()))
          .as("%s: the head of %s has expertise", file, s.id())
          .isNotEmpty();
      assertThat(s.staff())
          .extracting(Person::name)
          .as("%s: %s", file, s.id())
          .doesNotHaveDuplicates();
    }
  }

  /**
   * Every committed workbook: its {@code X.xlsx.csv} source next to it (written by {@code
   * Workbooks.main}).
   */
  static Stream<Path> workbooks() throws Exception {
    List<Path> all = new java.util.ArrayList<>();
    // (src/test/resources/rosters writes its workbooks while testing: nothing committed there to
    // compare)
    for (Path root :
        List.of(
            Path.of("examples"),
            Path.of("src/test/resources/broken"),
            Path.of("src/test/resources/valid"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(f -> f.getFileName().toString().endsWith(".xlsx.csv"))
            .sorted()
            .forEach(all::add);
      }
    }
    assertThat(all).as("workbook sources").isNotEmpty();
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("workbooks")
  void every_committed_workbook_holds_exactly_its_source(Path source) throws Exception {
    // given the source (first line `# sheet: NAME`, else the sheet "Staff") and the workbook next
    // to it
    String text = Files.readString(source);
    String sheet = "Staff";
    if (text.startsWith("# sheet: ")) {
      sheet = text.substring(9, text.indexOf('\n')).strip();
      text = text.substring(text.indexOf('\n') + 1);
    }
    Path workbook =
        source.resolveSibling(source.getFileName().toString().replaceFirst("\\.csv$", ""));
    List<List<String>> expected = dev.cluster.testing.Workbooks.rows(text);

    // when its sheet is read
    List<List<String>> actual = new java.util.ArrayList<>();
    try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(workbook.toFile())) {
      var found = wb.findSheet(sheet);
      assertThat(found)
          .as("%s has the sheet %s (regenerate it: see Workbooks)", workbook, sheet)
          .isPresent();
      try (var rows = found.get().openStream()) {
        rows.forEach(
            r -> {
              List<String> cells = new java.util.ArrayList<>();
              for (int i = 0; i < r.getCellCount(); i++) {
                cells.add(r.getCell(i) == null ? "" : r.getCell(i).getText());
              }
              actual.add(cells);
            });
      }
    }

    // then it holds the source's cells (trailing blank cells aside)
    assertThat(actual.stream().map(ExamplePartnershipsTest::trimmed).toList())
        .as("%s against %s (regenerate it with dev.cluster.testing.Workbooks)", workbook, source)
        .isEqualTo(expected.stream().map(ExamplePartnershipsTest::trimmed).toList());
  }

  private static List<String> trimmed(List<String> row) {
    int n = row.size();
    while (n > 0 && row.get(n - 1).isEmpty()) {
      n--;
    }
    return row.subList(0, n);
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void every_example_has_a_readme(String file) {
    Path dir = Path.of(file).toAbsolutePath().getParent();
    assertThat(dir.resolve("README.md")).as(file).isRegularFile();
  }
}
