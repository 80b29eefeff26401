package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import dev.cluster.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code encoding: windows-1252} under a school: the Windows-1252 roster it expects is read without
 * a warning.
 */
class EncodingKeyTest {
  @TempDir Path dir;

  private Path example() {
    return Fixtures.copyFolder(Path.of("examples/hollin-vale-partnership"), dir);
  }

  private void edit(Path yaml, String from, String to) throws Exception {
    String s = Files.readString(yaml);
    assertThat(s).contains(from);
    Files.writeString(yaml, s.replace(from, to));
  }

  @Test
  void withoutTheKeyAWindows1252RosterIsOneWarningThatNamesTheKey() throws Exception {
    Path yaml = example();
    edit(yaml, "    encoding: windows-1252\n", "");

    CliResult r = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "validate", "--strict");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.contains(": warning: ")).toList())
        .singleElement()
        .asString()
        .contains("hollin-vale-juniors.csv:")
        .contains("read as Windows-1252")
        .contains("giving `José`")
        .contains("write `encoding: windows-1252` under the school");
  }

  @Test
  void withTheKeyTheSameRosterLoadsTheSamePeopleWithNoWarning() throws Exception {
    Path yaml = example();
    CliResult r = Cli.run("-f", yaml.toString(), "--today", "2026-11-23", "validate", "--strict");

    assertThat(r.exit()).as(r.err()).isZero();
    var staff =
        PartnershipLoader.load(yaml)
            .partnership()
            .school("hollin-vale-juniors")
            .orElseThrow()
            .staff();
    assertThat(staff)
        .extracting(dev.cluster.model.Person::name)
        .contains("José Kowalczyk", "Zoë Müller", "Chloé Gonçalves");
  }

  @Test
  void aWrongValueAndTheKeyOnAWorkbookAreErrors() throws Exception {
    Path yaml = example();
    edit(yaml, "    encoding: windows-1252\n", "    encoding: latin-1\n");
    edit(
        yaml,
        "    year-groups: [FS, Y1, Y2]\n",
        "    year-groups: [FS, Y1, Y2]\n    encoding: windows-1252\n");

    CliResult r = Cli.run("-f", yaml.toString(), "validate");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "error: `encoding` of school `hollin-vale-juniors` is `latin-1`; the only value is "
                + "`windows-1252`")
        .contains("error: `encoding` is for a CSV roster, but roster `")
        .contains("hollin-vale-infants.xlsx` is an Excel workbook");
  }
}
