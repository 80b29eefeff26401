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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site of each example in a real browser (SPEC section 9): headless Chromium opens every page
 * with no console error, no request outside the site's folder and no broken link; axe-core (WCAG
 * 2.1 A and AA rules) finds no serious or critical violation; each agenda prints to at most two A4
 * pages. The browser work is {@code src/test/browser/check-site.js} (playwright-core driving
 * Debian's {@code chromium}); this test is skipped, saying why, where Chromium, Node or the npm
 * packages are missing ({@code .ci/run} installs them).
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

  @BeforeAll
  static void tooling() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of(CHROMIUM)),
        "no Chromium at "
            + CHROMIUM
            + ": install Debian's `chromium` (apt-get install -y chromium) to run the browser tests");
    assumeTrue(
        run(TOOLING, "node", "--version") == 0,
        "no `node` on the PATH: install nodejs to run the browser tests");
    if (!Files.isDirectory(TOOLING.resolve("node_modules/playwright-core"))
        || !Files.isDirectory(TOOLING.resolve("node_modules/axe-core"))) {
      int npm = run(TOOLING, "npm", "install", "--no-audit", "--no-fund");
      assumeTrue(
          npm == 0,
          "npm install in "
              + TOOLING
              + " failed (offline?): the browser tests need axe-core"
              + " and playwright-core");
    }
  }

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

  @ParameterizedTest
  @MethodSource("partnerships")
  void everyPageOpensCleanlyPassesAxeAndAgendasPrintOnTwoA4Pages(String file, @TempDir Path tmp)
      throws Exception {
    Path site = tmp.resolve("site");
    CliResult r = Cli.run("-f", file, "--today", "2026-11-23", "site", site.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path pdfs = Files.createDirectories(tmp.resolve("pdf"));
    Path out = tmp.resolve("result.json");
    Path err = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(
                "node",
                "check-site.js",
                site.toAbsolutePath().toString(),
                pdfs.toAbsolutePath().toString())
            .directory(TOOLING.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("check-site.js finished").isTrue();
    assertThat(p.exitValue()).as("check-site.js: %s", Files.readString(err)).isZero();
    JsonNode pages = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    long html;
    try (Stream<Path> all = Files.walk(site)) {
      html = all.filter(f -> f.toString().endsWith(".html")).count();
    }
    assertThat(pages.size()).as("every page was opened").isEqualTo((int) html).isPositive();
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
