package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cluster.people.IcsCheck;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pairings --save} and {@code pairings --format ics} (SPEC section 11) end to end through
 * {@code Main.run}, on a copy of the collaborative example (three rounds a year of dated heads'
 * visits, one round of governance).
 */
class PairingsSaveTest {
  private static final Path EXAMPLE = Path.of("examples/collaborative-partnership");
  private static final String TODAY = "2026-11-23";

  @Test
  void saveCreatesTheHistoryFolderWithEveryRoundOfTheYearAndTheVisitColumn(@TempDir Path tmp)
      throws IOException {
    Path yaml = copy(tmp);
    String before = pairings(yaml, "--format", "csv").out();

    CliResult saved = pairings(yaml, "--save", "--format", "csv");

    assertThat(saved.exit()).as(saved.err()).isZero();
    assertThat(saved.out()).as("--save prints the same pairings").isEqualTo(before);
    Path visits = tmp.resolve("history/heads-visits-2026-27.csv");
    Path governance = tmp.resolve("history/governance-2026-27.csv");
    assertThat(saved.err())
        .contains(visits + ": rounds 1, 2, 3 added; no round already there")
        .contains(governance + ": round 1 added; no round already there");
    List<String> rows = Files.readAllLines(visits);
    assertThat(rows.get(0))
        .isEqualTo("programme,year,round,school,reviewer,reviewer-school,role,visit");
    assertThat(rows.subList(1, rows.size()))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r)
                    .startsWith("heads-visits,2026-27,")
                    .matches(".*,\\d{4}-\\d{2}-\\d{2}"));
    // Exactly the rows `--format csv` printed for that programme (the year's rounds, in order).
    assertThat(rows.subList(1, rows.size()))
        .isEqualTo(before.lines().filter(l -> l.startsWith("heads-visits,")).toList());
    // A programme without `visit:` has no visit column.
    assertThat(Files.readAllLines(governance).get(0))
        .isEqualTo("programme,year,round,school,reviewer,reviewer-school,role");
  }

  @Test
  void savingAgainChangesNothingAndThePairingsReadBackAreTheSame(@TempDir Path tmp)
      throws IOException {
    Path yaml = copy(tmp);
    String json = pairings(yaml, "--format", "json").out();
    assertThat(pairings(yaml, "--save").exit()).isZero();
    Path visits = tmp.resolve("history/heads-visits-2026-27.csv");
    String first = Files.readString(visits);

    CliResult again = pairings(yaml, "--save");

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains(visits + ": no round added; rounds 1, 2, 3 already there");
    assertThat(Files.readString(visits)).isEqualTo(first);
    assertThat(pairings(yaml, "--format", "json").out())
        .as("the saved year, read back as history, gives the same pairings and visit dates")
        .isEqualTo(json);
  }

  @Test
  void aSavedRoundIsNeverChangedEvenWhenEditedByHandAndLaterRoundsAreAdded(@TempDir Path tmp)
      throws IOException {
    Path yaml = copy(tmp);
    CliResult one = pairings(yaml, "--round", "1", "--save");
    assertThat(one.exit()).as(one.err()).isZero();
    Path visits = tmp.resolve("history/heads-visits-2026-27.csv");
    assertThat(one.err()).contains(visits + ": round 1 added; no round already there");
    List<String> rows = Files.readAllLines(visits);
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r).startsWith("heads-visits,2026-27,1,"));
    // The partnership agreed a different date for one visit: the file is theirs now.
    String edited = rows.get(1).replaceAll(",\\d{4}-\\d{2}-\\d{2}$", ",2026-10-06");
    rows.set(1, edited);
    Files.writeString(visits, String.join("\n", rows) + "\n");

    CliResult all = pairings(yaml, "--save");

    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.err()).contains(visits + ": rounds 2, 3 added; round 1 already there");
    List<String> after = Files.readAllLines(visits);
    assertThat(after.subList(0, rows.size()))
        .as("round 1 as the partnership left it")
        .isEqualTo(rows);
    assertThat(after.subList(rows.size(), after.size()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r).matches("heads-visits,2026-27,[23],.*"));
  }

  @Test
  void icsHasOneCheckedAllDayEventPerVisitDayOfEveryTeam(@TempDir Path tmp) throws Exception {
    Path yaml = copy(tmp);
    JsonNode json =
        new ObjectMapper().readTree(pairings(yaml, "heads-visits", "--format", "json").out());
    List<String> expected = new ArrayList<>();
    for (JsonNode round : json.get("rounds")) {
      for (JsonNode team : round.get("teams")) {
        assertThat(team.get("visit").isArray()).as("a dated visit for %s", team).isTrue();
        for (JsonNode day : team.get("visit")) {
          expected.add(team.get("school").asText() + " " + day.asText().replace("-", ""));
        }
      }
    }

    CliResult ics = pairings(yaml, "heads-visits", "--format", "ics");

    assertThat(ics.exit()).as(ics.err()).isZero();
    List<Map<String, String>> events = IcsCheck.check("pairings --format ics", ics.out());
    List<String> got = new ArrayList<>();
    for (Map<String, String> e : events) {
      assertThat(e.get("UID"))
          .startsWith("visit-heads-visits-2026-27-r")
          .endsWith("@the-collaborative-partnership.cluster");
      assertThat(e.get("STATUS")).isEqualTo("CONFIRMED");
      assertThat(e.get("SUMMARY")).startsWith("Review visit: ");
      assertThat(e.get("DESCRIPTION")).contains("Reviewers: ");
      String school =
          e.get("UID")
              .replaceFirst("^visit-heads-visits-2026-27-r\\d+-", "")
              .replaceFirst("@.*", "");
      got.add(school + " " + e.get("DTSTART"));
    }
    assertThat(got).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void icsOfAProgrammeWithoutVisitsIsAnEmptyCalendarThatStillImports(@TempDir Path tmp)
      throws Exception {
    Path yaml = copy(tmp);
    CliResult ics = pairings(yaml, "governance", "--format", "ics");
    assertThat(ics.exit()).as(ics.err()).isZero();
    assertThat(IcsCheck.check("governance visits", ics.out())).isEmpty();
  }

  private static CliResult pairings(Path yaml, String... args) {
    List<String> all =
        new ArrayList<>(List.of("-f", yaml.toString(), "--today", TODAY, "pairings"));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static Path copy(Path to) {
    return Fixtures.copyFolder(EXAMPLE, to);
  }
}
