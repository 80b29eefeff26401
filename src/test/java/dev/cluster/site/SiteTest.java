package dev.cluster.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.people.IcsCheck;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cluster site} without a browser: the files SPEC section 9 lists, links, headings, no
 * e-mail.
 */
class SiteTest {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z0-9.-]*[A-Za-z]");
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
  private static final Pattern HEADING = Pattern.compile("<h([1-6])[ >]");

  static Stream<String> partnerships() {
    return Stream.of(
        "partnership.yaml",
        "examples/bromsgrove-first-schools/partnership.yaml",
        "examples/collaborative-partnership/partnership.yaml",
        "examples/new-partnership/partnership.yaml",
        "examples/spp-partnership/partnership.yaml",
        "examples/hollin-vale-partnership/partnership.yaml");
  }

  private static Map<String, String> site(String file, Path dir) throws Exception {
    CliResult r = Cli.run("-f", file, "--today", "2026-11-23", "site", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Wrote ");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void everyPageHasLangHeadingsInOrderTableHeadersWorkingRelativeLinksAndNoEmail(
      String file, @TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("site");
    Map<String, String> files = site(file, dir);
    assertThat(files)
        .containsKeys(
            "index.html", "report.html", "style.css", "calendars/all.ics", ".cluster-site");
    assertThat(files.keySet())
        .anyMatch(k -> k.matches("schools/[a-z0-9-]+\\.html"))
        .anyMatch(k -> k.matches("agendas/[a-z0-9-]+/\\d{4}-\\d{2}-\\d{2}\\.html"))
        .anyMatch(k -> k.matches("calendars/schools/[a-z0-9-]+\\.ics"))
        .anyMatch(k -> k.matches("calendars/people/[a-z0-9-]+/[a-z0-9-]+\\.ics"));
    for (Map.Entry<String, String> e : files.entrySet()) {
      String name = file + " " + e.getKey();
      String text = e.getValue();
      assertThat(EMAIL.matcher(text.replaceAll("UID:[^\\r\\n]*", "")).find())
          .as("%s: an e-mail address", name)
          .isFalse();
      if (!e.getKey().endsWith(".html")) {
        continue;
      }
      assertThat(text)
          .as(name)
          .startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
          .doesNotContain("<script")
          .contains("<title>")
          .contains("<main>");
      List<Integer> levels = new ArrayList<>();
      Matcher h = HEADING.matcher(text);
      while (h.find()) {
        levels.add(Integer.parseInt(h.group(1)));
      }
      assertThat(levels).as("%s: headings", name).isNotEmpty().startsWith(1);
      for (int i = 1; i < levels.size(); i++) {
        assertThat(levels.get(i))
            .as("%s: heading %d after %d", name, levels.get(i), levels.get(i - 1))
            .isLessThanOrEqualTo(levels.get(i - 1) + 1);
      }
      assertThat(text.split("<table", -1).length)
          .as("%s: every table has a header row", name)
          .isEqualTo(text.split("<thead>", -1).length);
      Matcher l = LINK.matcher(text);
      while (l.find()) {
        String target = l.group(1);
        if (target.startsWith("#") || target.startsWith("mailto:")) {
          assertThat(target).as("%s: no mail links", name).doesNotStartWith("mailto:");
          continue;
        }
        if (target.matches("[a-z]+:.*")) {
          // a link out (a template's or the data's) is not a request; the site's own links are
          // relative
          assertThat(target).as("%s: %s", name, target).startsWith("https://");
          continue;
        }
        Path resolved =
            dir.resolve(e.getKey()).getParent().resolve(target.replace("%20", " ")).normalize();
        assertThat(resolved.startsWith(dir)).as("%s: %s leaves the site", name, target).isTrue();
        assertThat(resolved).as("%s: link %s", name, target).exists();
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (e.getKey().endsWith(".ics")
          && (e.getKey().equals("calendars/all.ics")
              || e.getKey().startsWith("calendars/schools/"))) {
        IcsCheck.check(file + " " + e.getKey(), e.getValue());
      }
    }
  }

  @Test
  void theSameDataGivesTheSameSiteAndAFolderClusterDidNotWriteIsRefused(@TempDir Path tmp)
      throws Exception {
    Map<String, String> once = site("partnership.yaml", tmp.resolve("a"));
    Map<String, String> again = site("partnership.yaml", tmp.resolve("a")); // replaces its own site
    assertThat(again).isEqualTo(once);
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "my notes");
    CliResult r =
        Cli.run("-f", "partnership.yaml", "--today", "2026-11-23", "site", mine.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("already holds files that `cluster site` did not write");
    assertThat(mine.resolve("notes.txt")).hasContent("my notes");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no temporary folder is left")
          .containsExactlyInAnyOrder("a", "mine");
    }
  }

  @Test
  void schoolPagesListTheirReviewVisitsAndTheSchoolsAndReviewersCalendarsHoldThem(@TempDir Path tmp)
      throws Exception {
    // given: a programme with `visit:`, its teams and dates as `pairings` gives them
    String file = "examples/collaborative-partnership/partnership.yaml";
    Map<String, String> files = site(file, tmp.resolve("site"));
    CliResult json =
        Cli.run(
            "-f", file, "--today", "2026-11-23", "pairings", "heads-visits", "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();

    // then: every team is on the visited school's page and calendar, and on each reviewer's school
    // page and
    // personal calendar; the visited school's lead has it in their calendar too
    int teams = 0;
    for (var round :
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("rounds")) {
      for (var team : round.path("teams")) {
        String school = team.path("school").asText();
        String uid =
            "UID:visit-heads-visits-"
                + round.path("year").asText()
                + "-r"
                + round.path("round").asInt()
                + "-"
                + school
                + "@";
        String day =
            dev.cluster.calendar.Dates.shortDate(
                java.time.LocalDate.parse(team.path("visit").get(0).asText()));
        String cells =
            "<td>"
                + day
                + "</td><td>Headteachers&#39; partnership visits, round "
                + round.path("round").asInt()
                + "</td>";
        String page = files.get("schools/" + school + ".html");
        assertThat(page).contains("<h2>Review visits this year</h2>").contains(cells);
        assertThat(page.substring(page.indexOf(cells)))
            .startsWith(cells + "<td>")
            .contains("</td><td>Visited</td>");
        assertThat(unfold(files.get("calendars/schools/" + school + ".ics"))).contains(uid);
        assertThat(unfold(files.get(personCalendar(page, team.path("lead").asText()))))
            .contains(uid);
        for (var peer : team.path("peers")) {
          String theirs = files.get("schools/" + peer.path("school").asText() + ".html");
          assertThat(theirs).contains(cells);
          assertThat(theirs.substring(theirs.indexOf(cells)))
              .contains("<td>Reviewing: " + peer.path("person").asText() + "</td>");
          assertThat(
                  unfold(files.get("calendars/schools/" + peer.path("school").asText() + ".ics")))
              .contains(uid);
          assertThat(unfold(files.get(personCalendar(theirs, peer.path("person").asText()))))
              .contains(uid);
        }
        teams++;
      }
    }
    assertThat(teams).isEqualTo(18);
    assertThat(unfold(files.get("calendars/all.ics")).split("UID:visit-", -1)).hasSize(18 + 1);
  }

  @Test
  void withoutVisitDatesSchoolPagesHaveNoVisitsSection(@TempDir Path tmp) throws Exception {
    Map<String, String> files =
        site("examples/bromsgrove-first-schools/partnership.yaml", tmp.resolve("site"));

    assertThat(files.entrySet().stream().filter(e -> e.getKey().startsWith("schools/")).toList())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getValue()).doesNotContain("Review visits"));
    assertThat(files.get("calendars/all.ics")).doesNotContain("UID:visit-");
  }

  /** The path of {@code name}'s calendar, from the link on their school's page. */
  private static String personCalendar(String schoolPage, String name) {
    Matcher m =
        Pattern.compile(
                "<a href=\"\\.\\./(calendars/people/[^\"]+\\.ics)\">"
                    + Pattern.quote(name)
                    + "</a>")
            .matcher(schoolPage);
    assertThat(m.find()).as("a calendar link for %s", name).isTrue();
    return m.group(1);
  }

  /** iCalendar text with its folded lines joined (RFC 5545 section 3.1). */
  private static String unfold(String ics) {
    return ics.replace("\r\n ", "");
  }
}
