package dev.cluster.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site of each example in a real browser (SPEC section 9): headless Chromium opens every page
 * with no console error, no request outside the site's folder and no broken link; axe-core (WCAG
 * 2.1 A and AA rules) finds no serious or critical violation; each agenda prints to at most two A4
 * pages. Colour contrast, most of axe-core's time, is checked once for each place text sits in (its
 * chain of elements and classes under one stylesheet), on the first page that has it: the colours
 * follow from the two (check-site.js explains, and checks every page when they might not). The
 * browser work is {@code src/test/browser/check-site.js} (playwright-core driving Debian's {@code
 * chromium}); this test is skipped, saying why, where Chromium, Node or the npm packages are
 * missing ({@code .ci/run} installs them).
 */
class BrowserSiteIT {
  private static final Path TOOLING = Path.of("src/test/browser");
  private static final String CHROMIUM =
      System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

  static Stream<String> partnerships() {
    return Stream.of(
        "partnership.yaml",
        "examples/bromsgrove-first-schools/partnership.yaml",
        "examples/collaborative-partnership/partnership.yaml",
        "examples/new-partnership/partnership.yaml",
        "examples/spp-partnership/partnership.yaml",
        "examples/hollin-vale-partnership/partnership.yaml");
  }

  /**
   * Why the browser tests cannot run here (Chromium, Node or the npm packages missing), or null.
   * Each test is skipped with this reason ({@link #skipWithoutTooling}), so that a report shows the
   * six tests as skipped: an assumption failing in {@code @BeforeAll} shows them as not run at all.
   */
  private static String missingTooling() {
    if (!Files.isExecutable(Path.of(CHROMIUM))) {
      return "no Chromium at "
          + CHROMIUM
          + ": install Debian's `chromium` (apt-get install -y chromium) to run the browser tests";
    }
    if (run(TOOLING, "node", "--version") != 0) {
      return "no `node` on the PATH: install nodejs to run the browser tests";
    }
    if (!Files.isDirectory(TOOLING.resolve("node_modules/playwright-core"))
        || !Files.isDirectory(TOOLING.resolve("node_modules/axe-core"))) {
      if (run(TOOLING, "npm", "install", "--no-audit", "--no-fund") != 0) {
        return "npm install in "
            + TOOLING
            + " failed (offline?): the browser tests need axe-core and playwright-core";
      }
    }
    return null;
  }

  private static String missing;

  private static int run(Path dir, String... command) {
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(300, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  /** Each partnership's {@code cluster site} run, and its pages as the browser found them. */
  private static final Map<String, CliResult> SITES = new LinkedHashMap<>();

  private static final Map<String, JsonNode> PAGES = new LinkedHashMap<>();

  /**
   * Writes every example's site, then opens all their pages in one browser (starting Chromium is a
   * good part of the time for a site of a few pages).
   */
  @BeforeAll
  static void checkEverySiteInOneBrowser(@TempDir Path tmp) throws Exception {
    missing = missingTooling();
    if (missing != null) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("node", "check-site.js"));
    List<String> written = new ArrayList<>();
    for (String file : partnerships().toList()) {
      Path site = tmp.resolve("site-" + SITES.size());
      Path pdfs = Files.createDirectories(tmp.resolve("pdf-" + SITES.size()));
      CliResult r = Cli.run("-f", file, "--today", "2026-11-23", "site", site.toString());
      SITES.put(file, r);
      if (r.exit() == 0) {
        written.add(file);
        command.add(site.toAbsolutePath().toString());
        command.add(pdfs.toAbsolutePath().toString());
      }
    }
    Path out = tmp.resolve("result.json");
    Path err = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(TOOLING.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(900, TimeUnit.SECONDS)).as("check-site.js finished").isTrue();
    assertThat(p.exitValue()).as("check-site.js: %s", Files.readString(err)).isZero();
    JsonNode all = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(all.size()).as("one list of pages per site").isEqualTo(written.size());
    for (int i = 0; i < written.size(); i++) {
      PAGES.put(written.get(i), all.get(i));
    }
    assertThat(all.findValues("contrastChecked"))
        .as("pages whose colour contrast was checked")
        .anyMatch(JsonNode::asBoolean);
    for (int i = 0; i < written.size(); i++) {
      Path site = Path.of(command.get(2 + 2 * i));
      try (Stream<Path> files = Files.walk(site)) {
        long html = files.filter(f -> f.toString().endsWith(".html")).count();
        assertThat(all.get(i).size())
            .as("%s: every page was opened", written.get(i))
            .isEqualTo((int) html)
            .isPositive();
      }
    }
  }

  @BeforeEach
  void skipWithoutTooling() {
    assumeTrue(missing == null, missing);
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void everyPageOpensCleanlyPassesAxeAndAgendasPrintOnTwoA4Pages(String file) {
    CliResult r = SITES.get(file);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode pages = PAGES.get(file);
    int agendas = 0;
    for (JsonNode page : pages) {
      String name = file + " " + page.get("page").asText();
      assertThat(page.get("consoleErrors")).as("%s: console errors", name).isEmpty();
      assertThat(page.get("outside")).as("%s: requests outside the site's folder", name).isEmpty();
      assertThat(page.get("brokenLinks"))
          .as("%s: links to files that do not exist", name)
          .isEmpty();
      assertThat(page.get("scripts").asInt()).as("%s: scripts", name).isZero();
      for (JsonNode v : page.get("violations")) {
        assertThat(v.get("impact").asText())
            .as("%s: axe-core %s", name, v)
            .isNotIn("serious", "critical");
      }
      if (page.get("page").asText().startsWith("agendas/")) {
        agendas++;
        assertThat(page.get("pdfPages").asInt()).as("%s prints on A4 pages", name).isBetween(1, 2);
      }
    }
    assertThat(agendas).as("%s has agendas of coming meetings", file).isPositive();
  }
}
