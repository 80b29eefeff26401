package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Diagnostic;
import dev.cluster.model.School;
import dev.cluster.testing.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rosters as schools have them (SPEC section 10): every case of {@code src/test/resources/rosters}
 * loads to the same people as its plain-CSV twin, and (a property) a roster written in any
 * supported encoding, separator and format loads to the same staff list.
 */
class RosterFormatsTest {
  static final Path CORPUS = Path.of("src/test/resources/rosters");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void loadsToTheSamePeopleAsItsPlainTwin(String name, @TempDir Path dir) throws IOException {
    // given the case's roster and its twin as two schools of one partnership
    Path src = CORPUS.resolve(name);
    Path roster = null;
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.sorted().toList()) {
        String fn = f.getFileName().toString();
        if (fn.endsWith(".xlsx.csv")) {
          roster = dir.resolve("rosters/roster.xlsx");
          Files.createDirectories(roster.getParent());
          String text = Files.readString(f);
          String sheet = "Staff";
          if (text.startsWith("# sheet: ")) {
            sheet = text.substring(9, text.indexOf('\n')).strip();
            text = text.substring(text.indexOf('\n') + 1);
          }
          Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
          // with `sheet:` the staff list is the second sheet, so that reading the first would fail
          // the test
          boolean named = Files.exists(src.resolve("sheet.txt"));
          if (named) {
            sheets.put("Notes", List.of(List.of("This sheet is not the staff list")));
          }
          sheets.put(sheet, Workbooks.rows(text));
          sheets.putIfAbsent("Notes", List.of(List.of("This sheet is not the staff list")));
          Workbooks.write(roster, sheets);
        } else if (fn.startsWith("roster.")) {
          roster = dir.resolve("rosters/" + fn);
          Files.createDirectories(roster.getParent());
          Files.copy(f, roster);
        }
      }
    }
    assertThat(roster).as("a roster.* file in %s", name).isNotNull();
    Files.copy(src.resolve("plain.csv"), dir.resolve("rosters/plain.csv"));
    String columns =
        Files.exists(src.resolve("columns.yaml"))
            ? ", columns: " + Files.readString(src.resolve("columns.yaml")).strip()
            : "";
    String sheet =
        Files.exists(src.resolve("sheet.txt"))
            ? ", sheet: \"" + Files.readString(src.resolve("sheet.txt")).strip() + "\""
            : "";
    Files.writeString(
        dir.resolve("partnership.yaml"),
        partnership(
            "  - { id: twin, name: Twin, roster: rosters/plain.csv }\n"
                + "  - { id: case, name: Case, roster: rosters/"
                + roster.getFileName()
                + columns
                + sheet
                + " }\n"));

    // when
    LoadResult result = PartnershipLoader.load(dir.resolve("partnership.yaml"));

    // then
    List<School> schools = result.partnership().schools();
    assertThat(people(schools.get(1))).as(name).isEqualTo(people(schools.get(0)));
    List<String> warnings = result.warnings().stream().map(Diagnostic::headline).toList();
    if (name.startsWith("windows-1252")) {
      assertThat(warnings)
          .singleElement()
          .satisfies(
              w ->
                  assertThat(w)
                      .contains(
                          "roster.csv:2:1: warning: the file is not UTF-8, so it was read as Windows-1252",
                          "`Zoë"));
    } else {
      assertThat(warnings).as(name).isEmpty();
    }
  }

  /**
   * The people of a school as a user sees them: id, name, roles, e-mail, year group (not their
   * row).
   */
  static List<String> people(School s) {
    return s.staff().stream()
        .map(
            p ->
                String.join(
                    "|",
                    p.id(),
                    p.name(),
                    String.join(";", p.roles()),
                    String.valueOf(p.email()),
                    String.valueOf(p.yearGroup())))
        .toList();
  }

  static String partnership(String schools) {
    return "version: 1\npartnership: { name: Test }\ncalendar:\n  - year: 2026-27\n    terms:\n"
        + "      - { name: Autumn, start: 2026-09-03, end: 2026-12-18 }\nschools:\n"
        + schools
        + "meetings:\n  - id: heads\n    title: Heads\n    attendees: [headteacher]\n"
        + "    schedule: { per: term, weeks: [2], weekday: monday, time: \"16:00\" }\n";
  }

  // ------------------------------------------------------------------------------------------
  // property

  static final String[] FORENAMES = {
    "Zoë",
    "Siân",
    "Tomás",
    "Ada",
    "Bea",
    "Øyvind",
    "Łucja",
    "Ngozi",
    "Ann-Marie",
    "D'Arcy",
    "Renée",
    "Chloé"
  };
  static final String[] SURNAMES = {
    "Brennan",
    "O’Neil",
    "Ruiz",
    "Nkemelu",
    "Holm",
    "Smith, Jr",
    "Quote \"Q\"",
    "Müller",
    "Ńowak",
    "Lee"
  };
  static final String[] ROLES = {
    "Headteacher",
    "Class Teacher",
    "Teacher; English Lead",
    "SENDCo",
    "Deputy Head",
    "Teaching Assistant",
    "Executive Headteacher"
  };
  static final String[] YEARS = {"", "FS", "Y1", "Year 2", "Y3", "Reception", "Y6"};

  /** A written roster: the bytes of one file in one of the supported forms, and the form's name. */
  record Written(String file, byte[] bytes, String form) {}

  @Test
  void aRosterInAnySupportedEncodingSeparatorAndFormatLoadsToTheSameStaff(@TempDir Path dir)
      throws IOException {
    long seed = Long.getLong("roster.seed", 20261201L);
    Random random = new Random(seed);
    for (int run = 0; run < 40; run++) {
      // given a random staff list
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("name", "role", "email", "year-group"));
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        String name =
            FORENAMES[random.nextInt(FORENAMES.length)]
                + " "
                + SURNAMES[random.nextInt(SURNAMES.length)];
        rows.add(
            List.of(
                name,
                ROLES[random.nextInt(ROLES.length)],
                random.nextBoolean() ? "" : "p" + i + "@school.example",
                YEARS[random.nextInt(YEARS.length)]));
      }
      boolean latin1Only =
          rows.stream()
              .flatMap(List::stream)
              .allMatch(c -> Charset.forName("windows-1252").newEncoder().canEncode(c));
      Written plain = write(rows, "utf-8", ',');
      Written other = writeSomehow(rows, random, latin1Only);
      Path run_ = dir.resolve("run" + run);
      Files.createDirectories(run_.resolve("rosters"));
      Files.write(run_.resolve("rosters/plain.csv"), plain.bytes());
      Files.write(run_.resolve("rosters/" + other.file()), other.bytes());
      Files.writeString(
          run_.resolve("partnership.yaml"),
          partnership(
              "  - { id: twin, name: Twin, roster: rosters/plain.csv }\n"
                  + "  - { id: case, name: Case, roster: rosters/"
                  + other.file()
                  + " }\n"));

      // when
      LoadResult result = PartnershipLoader.load(run_.resolve("partnership.yaml"));

      // then
      List<School> schools = result.partnership().schools();
      assertThat(people(schools.get(1)))
          .as("seed %d, run %d, %s", seed, run, other.form())
          .isEqualTo(people(schools.get(0)));
    }
  }

  static Written writeSomehow(List<List<String>> rows, Random random, boolean latin1Only)
      throws IOException {
    List<String> encodings =
        new ArrayList<>(List.of("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "xlsx"));
    if (latin1Only) {
      encodings.add("windows-1252");
    }
    String encoding = encodings.get(random.nextInt(encodings.size()));
    char separator = ",;\t".charAt(random.nextInt(3));
    return write(rows, encoding, separator);
  }

  static Written write(List<List<String>> rows, String encoding, char separator)
      throws IOException {
    if (encoding.equals("xlsx")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
      sheets.put("Staff", rows);
      Workbooks.write(out, sheets);
      return new Written("roster.xlsx", out.toByteArray(), "xlsx");
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : row) {
        boolean quote =
            c.indexOf(separator) >= 0 || c.contains("\"") || c.contains(",") || c.contains(";");
        cells.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
      }
      sb.append(String.join(String.valueOf(separator), cells)).append("\r\n");
    }
    String text = sb.toString();
    byte[] bytes =
        switch (encoding) {
          case "utf-8-bom" ->
              concat(
                  new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                  text.getBytes(StandardCharsets.UTF_8));
          case "utf-16le-bom" ->
              concat(
                  new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
          case "utf-16be-bom" ->
              concat(
                  new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
          case "windows-1252" -> text.getBytes(Charset.forName("windows-1252"));
          default -> text.getBytes(StandardCharsets.UTF_8);
        };
    return new Written(
        "roster.csv", bytes, encoding + " separated by " + (separator == '\t' ? "tab" : separator));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
