package dev.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.render.Templates;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster templates}: list and export. */
class TemplatesCommandTest {
  @TempDir Path dir;

  @Test
  void listsTheBuiltInTemplatesAndWhichTheParnershipOverrides() {
    Path yaml = Fixtures.copy("fixed-host", dir);
    Fixtures.write(dir.resolve("templates/report.md.mustache"), List.of("mine"));
    Fixtures.write(dir.resolve("templates/agenda.mustache"), List.of("typo"));

    CliResult r = Cli.run("-f", yaml.toString(), "templates");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            String.join(
                "\n",
                "agenda.md.mustache              built in",
                "report.md.mustache              overridden by "
                    + dir.resolve("templates/report.md.mustache"),
                "report-summary.md.mustache      built in",
                "terms-of-reference.md.mustache  built in",
                "agenda.mustache                 in "
                    + dir.resolve("templates")
                    + " but not used: no built-in template has this name",
                ""));
  }

  @Test
  void exportCopiesTheBuiltInTemplatesAndKeepsExistingFiles() throws Exception {
    Path target = dir.resolve("my-templates");
    Fixtures.write(target.resolve("agenda.md.mustache"), List.of("edited"));

    CliResult r = Cli.run("templates", "export", target.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("wrote " + target.resolve("report.md.mustache"))
        .contains("skipped " + target.resolve("agenda.md.mustache") + " (it exists");
    assertThat(Files.readString(target.resolve("agenda.md.mustache"))).isEqualTo("edited\n");
    assertThat(Files.readString(target.resolve("report.md.mustache")))
        .isEqualTo(Templates.builtIn("report.md.mustache"));
  }

  @Test
  void aWrongActionOrAMissingFolderIsAUsageError() {
    CliResult wrong = Cli.run("templates", "exprot", "x");
    CliResult noDir = Cli.run("templates", "export");

    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("unknown action 'exprot'");
    assertThat(noDir.exit()).isEqualTo(2);
    assertThat(noDir.err()).contains("'export' needs a folder");
  }

  @Test
  void aFolderThatCannotBeWrittenIsExit4() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    CliResult r = Cli.run("templates", "export", file.toString());

    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).startsWith("cluster: cannot write templates into " + file);
  }
}
