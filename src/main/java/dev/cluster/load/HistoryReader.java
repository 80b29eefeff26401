package dev.cluster.load;

import dev.cluster.model.Confined;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Location;
import dev.cluster.model.ReviewProgramme;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads earlier years' peer-review pairings: the files of every programme's {@code history:} and
 * its saved years.
 */
final class HistoryReader {
  static final List<String> COLUMNS =
      List.of("programme", "year", "round", "school", "reviewer", "reviewer-school", "role");

  private final Problems problems;
  private final CsvFiles csv;
  private final Path directory;

  HistoryReader(Problems problems, CsvFiles csv, Path directory) {
    this.problems = problems;
    this.csv = csv;
    this.directory = directory;
  }

  /** Every row of every history file, files in path order. */
  List<HistoryRow> read(List<ReviewProgramme> reviews) {
    List<HistoryRow> rows = new ArrayList<>();
    for (Path p : files(reviews)) {
      String path = p.toString();
      problems.file(path);
      CsvTable table = csv.table(path);
      CsvFiles.Columns c = table == null ? null : csv.columns(table, COLUMNS, COLUMNS);
      if (c == null) {
        continue;
      }
      CsvFiles.Columns visit =
          csv.columns(table, List.of("visit"), List.of()); // SPEC 11: the visit's first day
      for (CsvTable.Row row : table.rows) {
        if (!row.isBlank()) {
          HistoryRow r = row(c, visit, row, path);
          if (r != null) {
            rows.add(r);
          }
        }
      }
    }
    return rows;
  }

  private HistoryRow row(
      CsvFiles.Columns c, CsvFiles.Columns visit, CsvTable.Row row, String path) {
    String round = c.cell(row, "round");
    int n;
    try {
      n = Integer.parseInt(round);
      if (n < 1) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      problems.error(c.at(row, "round"), "round `" + round + "` must be a whole number from 1");
      return null;
    }
    if (visit.has("visit")) {
      csv.date(visit, row, "visit");
    }
    String programme = c.cell(row, "programme");
    String year = c.cell(row, "year");
    String school = c.cell(row, "school");
    String reviewerSchool = c.cell(row, "reviewer-school");
    if (programme.isEmpty() || year.isEmpty() || school.isEmpty() || reviewerSchool.isEmpty()) {
      problems.error(
          new Location(path, row.line(), 1),
          "this row lacks a programme, year, school or " + "reviewer-school; fix or delete it");
      return null;
    }
    return new HistoryRow(
        programme,
        year,
        n,
        school,
        c.cell(row, "reviewer"),
        reviewerSchool,
        c.cell(row, "role"),
        new Location(path, row.line(), 1));
  }

  /**
   * The history files: every programme's {@code history:} glob, and its saved years; never
   * history/rota/.
   */
  private Set<Path> files(List<ReviewProgramme> reviews) {
    Map<String, Location> globs = new LinkedHashMap<>();
    reviews.forEach(r -> globs.putIfAbsent(r.history(), r.location()));
    Set<Path> files = new TreeSet<>();
    for (Map.Entry<String, Location> glob : globs.entrySet()) {
      try {
        for (Path p : PartnershipLoader.glob(directory, glob.getKey(), problems, glob.getValue())) {
          String outside = Confined.outside(p, directory);
          if (outside == null) {
            files.add(p);
          } else {
            problems.error(
                glob.getValue(),
                "history file `" + p + "` (matched by `" + glob.getKey() + "`) " + outside);
          }
        }
      } catch (InvalidPathException e) {
        // a pattern no file can match (a NUL character, say): there is no history to read
      }
    }
    // SPEC section 11: `pairings --save` writes history/<programme>-<year>.csv, always read as that
    // programme's
    // history whatever its `history:` says; the published rota in history/rota/ is never pairing
    // history.
    for (ReviewProgramme r : reviews) {
      for (Path p :
          PartnershipLoader.glob(
              directory, "history/" + r.id() + "-*.csv", problems, r.location())) {
        if (p.getFileName().toString().matches(Pattern.quote(r.id()) + "-[0-9]{4}-[0-9]{2}\\.csv")
            && Confined.outside(p, directory) == null) {
          files.add(p);
        }
      }
    }
    Path rota = directory.resolve("history").resolve("rota").normalize();
    files.removeIf(p -> p.normalize().startsWith(rota));
    return files;
  }
}
