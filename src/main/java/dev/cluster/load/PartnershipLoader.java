package dev.cluster.load;

import dev.cluster.model.Action;
import dev.cluster.model.Confined;
import dev.cluster.model.DataException;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Location;
import dev.cluster.model.Minutes;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import dev.cluster.csv.CsvCells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads {@code partnership.yaml}, its rosters, {@code actions.csv} and pairing history into the model,
 * collecting every problem before failing once.
 */
public final class PartnershipLoader {
  /** Larger than any real partnership's file; refusing bigger ones keeps a wrong {@code -f} quick. */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  static final List<String> ACTION_COLUMNS = List.of("id", "meeting", "raised", "owner", "action", "due", "status");
  static final List<String> HISTORY_COLUMNS =
      List.of("programme", "year", "round", "school", "reviewer", "reviewer-school", "role");

  private final Path file;
  private final String display;
  private final Problems problems = new Problems();

  private PartnershipLoader(Path file) {
    this.file = file;
    this.display = file.toString();
  }

  /**
   * Loads the partnership at {@code file} (the path as given on the command line).
   *
   * @throws DataException with every error and warning, in report order, when there is any error
   */
  public static LoadResult load(Path file) {
    return new PartnershipLoader(file).load();
  }

  /**
   * {@code diagnostics} (the loader's and later checks') in report order: partnership.yaml first, then the
   * rosters in school order, then other files; within a file by line and column.
   */
  public static List<dev.cluster.model.Diagnostic> inReportOrder(
      Partnership partnership, List<dev.cluster.model.Diagnostic> diagnostics) {
    Problems ordered = new Problems();
    ordered.file(partnership.file());
    for (School s : partnership.schools()) {
      ordered.file(s.roster());
    }
    diagnostics.forEach(ordered::add);
    return ordered.ordered();
  }

  private LoadResult load() {
    problems.file(display);
    String text = readYaml();
    PartnershipBinder binder = new PartnershipBinder(problems, new PartnershipBinder.RosterSource() {
      @Override
      public List<Person> read(String schoolId, Fields.Located roster, PartnershipBinder.RosterSpec spec) {
        return roster(roster, spec);
      }

      @Override
      public String path(String inner) {
        return join(inner);
      }
    });
    Node root = text == null ? null : new YamlReader(display, problems).read(text);
    if (root != null) {
      binder.bind(root);
    }
    List<Action> actions = actions(binder.known(), root != null);
    List<HistoryRow> history = history(binder.reviews);
    RecordReader record = new RecordReader(problems, binder.known(), directory());
    List<RecordedMeeting> rota = record.rota(f -> table(f.toString()));
    List<Minutes> minutes = record.minutes();
    if (root != null) {
      MinutesChecks.check(actions, minutes, binder.schools(), problems);
    }
    if (!problems.hasErrors()) {
      RoleWarnings.check(binder.meetings(), binder.schools(), problems);
    }
    List<dev.cluster.model.Diagnostic> all = SourceLines.attach(problems.ordered(), display, text);
    if (problems.hasErrors()) {
      throw new DataException(all);
    }
    Partnership p = new Partnership(display, directory(), binder.name, binder.area, binder.purpose,
        binder.timeZone, binder.bankHolidays, binder.calendar(), binder.schools(), binder.meetings(),
        binder.reviews, binder.overrides, binder.agendaItems, binder.plan, actions, history, binder.id)
        .withRecord(rota, minutes).withFairness(binder.fairness()).withVenues(binder.venues());
    return new LoadResult(p, all);
  }

  private Path directory() {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** A path written inside partnership.yaml, as reachable from the working directory. */
  private String join(String inner) {
    Path parent = file.getParent();
    return parent == null ? Path.of(inner).toString() : parent.resolve(inner).toString();
  }

  private String readYaml() {
    if (!Files.isRegularFile(file)) {
      problems.error(Location.of(display), Files.isDirectory(file)
          ? "is a folder; give the partnership.yaml file with -f"
          : "no such file; run `cluster init` to start a partnership, or give its file with -f");
      return null;
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.error(Location.of(display), "the file is larger than 4 MB; a partnership.yaml is never that "
            + "big, so this is probably the wrong file");
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      int bad = TextChecks.firstBadUtf8(bytes);
      if (bad >= 0) {
        problems.error(TextChecks.at(display, bytes, bad), "this is not UTF-8 text (a byte 0x"
            + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF) + " no character starts with); save the file "
            + "as UTF-8 (in Notepad: Save as, Encoding: UTF-8)");
        return null;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      problems.error(Location.of(display), "cannot read the file: " + Confined.reason(e));
      return null;
    }
  }

  /** Reads a file named in partnership.yaml; problems with the file itself are reported at {@code at}. */
  private byte[] readNamed(String path, Location at, String what) {
    Path p = Path.of(path);
    if (Files.isDirectory(p)) {
      problems.error(at, what + " `" + path + "` is a folder; name the CSV file in it");
      return null;
    }
    if (!Files.exists(p)) {
      problems.error(at, what + " `" + path + "` does not exist" + nearbyFile(p));
      return null;
    }
    String outside = Confined.outside(p, directory());
    if (outside != null) {
      problems.error(at, what + " `" + path + "` " + outside);
      return null;
    }
    if (!Files.isRegularFile(p)) {
      problems.error(at, what + " `" + path + "` is not an ordinary file (a pipe or a device); name the CSV file");
      return null;
    }
    try {
      if (Files.size(p) > MAX_FILE_BYTES) {
        problems.error(at, what + " `" + path + "` is larger than 4 MB; that is not a staff roster");
        return null;
      }
      return Files.readAllBytes(p);
    } catch (IOException e) {
      problems.error(at, "cannot read " + what + " `" + path + "`: " + Confined.reason(e));
      return null;
    }
  }

  private static String nearbyFile(Path p) {
    Path dir = p.getParent() == null ? Path.of("") : p.getParent();
    if (!Files.isDirectory(dir.toString().isEmpty() ? Path.of(".") : dir)) {
      return "; check the path (it is relative to the folder of partnership.yaml)";
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.toString().isEmpty() ? Path.of(".") : dir)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    } catch (IOException e) {
      return "";
    }
    String best = Suggest.closest(p.getFileName().toString(), names);
    return best == null ? "; check the path (it is relative to the folder of partnership.yaml)"
        : "; did you mean `" + best + "`?";
  }

  private List<Person> roster(Fields.Located roster, PartnershipBinder.RosterSpec spec) {
    String path;
    try {
      path = join(roster.text());
    } catch (InvalidPathException e) {
      problems.error(roster.location(), "`" + roster.text() + "` is not a file path; write it as, for example, "
          + "rosters/brook.csv");
      return null;
    }
    problems.file(path);
    byte[] bytes = readNamed(path, roster.location(), "roster");
    if (bytes == null) {
      return null;
    }
    CsvTable table = plainText(RosterFile.read(path, bytes, roster.location(), spec.sheet(),
        spec.windows1252(), problems));
    return table == null ? null : RosterReader.read(table, spec.renames(), spec.roles(), problems);
  }

  /**
   * {@code table}, or null when a cell holds a control character (an ESC or NUL would reach the terminal, the
   * Markdown and the {@code .ics}): each is reported at its row and column.
   */
  private CsvTable plainText(CsvTable table) {
    if (table == null) {
      return null;
    }
    boolean clean = plainCells(table.file, table.header, table.headerLine);
    for (CsvTable.Row row : table.rows) {
      clean &= plainCells(table.file, row.cells(), row.line());
    }
    return clean ? table : null;
  }

  private boolean plainCells(String path, List<String> cells, int line) {
    boolean clean = true;
    for (int i = 0; i < cells.size(); i++) {
      int bad = TextChecks.refused(cells.get(i));
      if (bad >= 0) {
        problems.error(new Location(path, line, i + 1), TextChecks.message(cells.get(i).charAt(bad), "this cell"));
        clean = false;
      }
    }
    return clean;
  }

  // ---------------------------------------------------------------- actions.csv

  /**
   * The action log, when there is one. References are only checked when partnership.yaml could be read
   * ({@code checkReferences}): otherwise every meeting would be "unknown", burying the real error.
   */
  private List<Action> actions(Known known, boolean checkReferences) {
    String path = join("actions.csv");
    List<Action> actions = new ArrayList<>();
    if (!Files.isRegularFile(Path.of(path))) {
      return actions;
    }
    problems.file(path);
    CsvTable table = table(path);
    if (table == null) {
      return actions;
    }
    int[] at = columns(table, ACTION_COLUMNS, List.of("id", "action"));
    if (at == null) {
      return actions;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (CsvTable.Row row : table.rows) {
      if (row.isBlank()) {
        continue;
      }
      String id = CsvCells.unneutralise(row.cell(at[0]));
      if (id.isEmpty()) {
        problems.error(new Location(path, row.line(), at[0] + 1), "this action has no id; give it one, such as "
            + "A" + (ids.size() + 1));
        continue;
      }
      if (!ids.add(id)) {
        problems.error(new Location(path, row.line(), at[0] + 1), "action id `" + id + "` is used twice; give "
            + "each action its own id");
      }
      String meeting = row.cell(at[1]);
      if (!meeting.isEmpty() && checkReferences) {
        known.checkMeeting(meeting, new Location(path, row.line(), at[1] + 1), "actions.csv");
      }
      LocalDate raised = csvDate(row, at[2], path);
      String owner = CsvCells.unneutralise(row.cell(at[3]));
      if (!owner.isEmpty() && checkReferences && known.everyRosterRead && !known.isOwner(owner)) {
        problems.error(new Location(path, row.line(), at[3] + 1), "unknown owner `" + owner + "`; write a "
            + "school id or the name of someone on a roster" + Suggest.didYouMean(owner, known.ownerNames())
                .replace("; did", ". Did"));
      }
      LocalDate due = csvDate(row, at[5], path);
      String status = row.cell(at[6]).toLowerCase(Locale.ROOT);
      if (at[6] >= 0 && !status.equals("open") && !status.equals("done")) {
        problems.error(new Location(path, row.line(), at[6] + 1), "status `" + row.cell(at[6]) + "` of action `"
            + id + "` must be `open` or `done`");
      }
      actions.add(new Action(id, meeting.isEmpty() ? null : meeting, raised, owner.isEmpty() ? null : owner,
          CsvCells.unneutralise(row.cell(at[4])), due, !status.equals("done"),
          new Location(path, row.line(), 1)));
    }
    return actions;
  }

  private LocalDate csvDate(CsvTable.Row row, int column, String path) {
    String cell = row.cell(column);
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeException e) {
      problems.error(new Location(path, row.line(), column + 1), "`" + cell + "` is not a date; write it as "
          + "YYYY-MM-DD");
      return null;
    }
  }

  private CsvTable table(String path) {
    try {
      if (Files.size(Path.of(path)) > MAX_FILE_BYTES) {
        problems.error(Location.of(path), "the file is larger than 4 MB; split it");
        return null;
      }
      return plainText(CsvTable.parse(path, Files.readAllBytes(Path.of(path)), problems));
    } catch (IOException e) {
      problems.error(Location.of(path), "cannot read the file: " + Confined.reason(e));
      return null;
    }
  }

  /**
   * The 0-based index of each of {@code names} in the header (-1 when absent), or null when a required one is
   * missing.
   */
  private int[] columns(CsvTable table, List<String> names, List<String> required) {
    int[] at = new int[names.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      at[i] = table.column(List.of(Names.header(names.get(i))));
      if (at[i] < 0 && required.contains(names.get(i))) {
        missing.add("`" + names.get(i) + "`");
      }
    }
    if (!missing.isEmpty()) {
      problems.error(new Location(table.file, 1, 1), "the header has no " + String.join(", ", missing)
          + " column" + (missing.size() == 1 ? "" : "s") + "; it must be `" + String.join(",", names) + "`");
      return null;
    }
    return at;
  }

  // ---------------------------------------------------------------- history

  private List<HistoryRow> history(List<ReviewProgramme> reviews) {
    Map<String, Location> globs = new java.util.LinkedHashMap<>();
    reviews.forEach(r -> globs.putIfAbsent(r.history(), r.location()));
    Set<Path> files = new java.util.TreeSet<>();
    for (Map.Entry<String, Location> glob : globs.entrySet()) {
      try {
        for (Path p : glob(directory(), glob.getKey(), problems, glob.getValue())) {
          String outside = Confined.outside(p, directory());
          if (outside == null) {
            files.add(p);
          } else {
            problems.error(glob.getValue(), "history file `" + p + "` (matched by `" + glob.getKey() + "`) "
                + outside);
          }
        }
      } catch (InvalidPathException e) {
        // a pattern no file can match (a NUL character, say): there is no history to read
      }
    }
    // SPEC section 11: `pairings --save` writes history/<programme>-<year>.csv, always read as that programme's
    // history whatever its `history:` says; the published rota in history/rota/ is never pairing history.
    for (ReviewProgramme r : reviews) {
      for (Path p : glob(directory(), "history/" + r.id() + "-*.csv", problems, r.location())) {
        if (p.getFileName().toString().matches(java.util.regex.Pattern.quote(r.id()) + "-[0-9]{4}-[0-9]{2}\\.csv")
            && Confined.outside(p, directory()) == null) {
          files.add(p);
        }
      }
    }
    Path rota = directory().resolve("history").resolve("rota").normalize();
    files.removeIf(p -> p.normalize().startsWith(rota));
    List<HistoryRow> rows = new ArrayList<>();
    for (Path p : files) {
      String path = p.toString();
      problems.file(path);
      CsvTable table = table(path);
      if (table == null) {
        continue;
      }
      int[] at = columns(table, HISTORY_COLUMNS, HISTORY_COLUMNS);
      if (at == null) {
        continue;
      }
      int visitAt = table.column(List.of("visit")); // SPEC section 11: the first day of the team's visit
      for (CsvTable.Row row : table.rows) {
        if (row.isBlank()) {
          continue;
        }
        String[] cells = new String[at.length];
        for (int i = 0; i < at.length; i++) {
          cells[i] = CsvCells.unneutralise(row.cell(at[i]));
        }
        int round;
        try {
          round = Integer.parseInt(cells[2]);
          if (round < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          problems.error(new Location(path, row.line(), at[2] + 1), "round `" + cells[2] + "` must be a whole "
              + "number from 1");
          continue;
        }
        if (visitAt >= 0) {
          csvDate(row, visitAt, path);
        }
        if (cells[0].isEmpty() || cells[1].isEmpty() || cells[3].isEmpty() || cells[5].isEmpty()) {
          problems.error(new Location(path, row.line(), 1), "this row lacks a programme, year, school or "
              + "reviewer-school; fix or delete it");
          continue;
        }
        rows.add(new HistoryRow(cells[0], cells[1], round, cells[3], cells[4], cells[5], cells[6],
            new Location(path, row.line(), 1)));
      }
    }
    return rows;
  }

  /**
   * The files matching {@code glob} (relative to {@code dir}), as paths reachable from the working directory. A
   * folder that cannot be read on the way is reported at {@code at} (the review that names the pattern).
   */
  static List<Path> glob(Path dir, String glob, Problems problems, Location at) {
    String[] parts = glob.replace('\\', '/').split("/");
    int fixed = 0;
    while (fixed < parts.length && !parts[fixed].matches(".*[*?\\[{].*")) {
      fixed++;
    }
    Path base = dir;
    for (int i = 0; i < fixed && i < parts.length - (fixed == parts.length ? 1 : 0); i++) {
      base = base.resolve(parts[i]);
    }
    if (fixed == parts.length) {
      Path single = base.resolve(parts[parts.length - 1]);
      return Files.isRegularFile(single) ? List.of(single) : List.of();
    }
    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    Path root = base.toString().isEmpty() ? Path.of(".") : base;
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
    final Path shown = base;
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, Set.of(), depth, new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
          Path relative = root.relativize(p);
          if (matcher.matches(relative) && Files.isRegularFile(p)) {
            found.add(shown.resolve(relative.toString()));
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
          problems.error(at, "cannot read folder `" + p + "` while looking for history files (`" + glob + "`): "
              + Confined.reason(e));
          return java.nio.file.FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.error(at, "cannot read folder `" + root + "` while looking for history files: " + Confined.reason(e));
    }
    found.sort(null);
    return found;
  }
}
