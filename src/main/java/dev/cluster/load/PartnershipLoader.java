package dev.cluster.load;

import dev.cluster.model.Action;
import dev.cluster.model.Confined;
import dev.cluster.model.DataException;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Location;
import dev.cluster.model.Minutes;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.model.School;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads {@code partnership.yaml}, its rosters, {@code actions.csv} and pairing history into the
 * model, collecting every problem before failing once.
 */
public final class PartnershipLoader {
  /**
   * Larger than any real partnership's file; refusing bigger ones keeps a wrong {@code -f} quick.
   */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private final Path file;
  private final String display;
  private final Problems problems = new Problems();
  private final CsvFiles csv = new CsvFiles(problems);

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
   * {@code diagnostics} (the loader's and later checks') in report order: partnership.yaml first,
   * then the rosters in school order, then other files; within a file by line and column.
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
    PartnershipBinder binder =
        new PartnershipBinder(
            problems,
            new PartnershipBinder.RosterSource() {
              @Override
              public List<Person> read(
                  String schoolId, Fields.Located roster, PartnershipBinder.RosterSpec spec) {
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
    List<Action> actions =
        new ActionsReader(problems, csv).read(join("actions.csv"), binder.known(), root != null);
    List<HistoryRow> history = new HistoryReader(problems, csv, directory()).read(binder.reviews);
    RecordReader record = new RecordReader(problems, binder.known(), directory());
    List<RecordedMeeting> rota = record.rota(csv);
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
    Partnership p =
        new Partnership(
                display,
                directory(),
                binder.name,
                binder.area,
                binder.purpose,
                binder.timeZone,
                binder.bankHolidays,
                binder.calendar(),
                binder.schools(),
                binder.meetings(),
                binder.reviews,
                binder.overrides,
                binder.agendaItems,
                binder.plan,
                actions,
                history,
                binder.id,
                List.of(),
                List.of(),
                binder.fairness(),
                binder.venues())
            .withRecord(rota, minutes);
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
      problems.error(
          Location.of(display),
          Files.isDirectory(file)
              ? "is a folder; give the partnership.yaml file with -f"
              : "no such file; run `cluster init` to start a partnership, or give its file with -f");
      return null;
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.error(
            Location.of(display),
            "the file is larger than 4 MB; a partnership.yaml is never that "
                + "big, so this is probably the wrong file");
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      int bad = TextChecks.firstBadUtf8(bytes);
      if (bad >= 0) {
        problems.error(
            TextChecks.at(display, bytes, bad),
            "this is not UTF-8 text (a byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)
                + " no character starts with); save the file "
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

  /**
   * Reads a file named in partnership.yaml; problems with the file itself are reported at {@code
   * at}.
   */
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
      problems.error(
          at,
          what + " `" + path + "` is not an ordinary file (a pipe or a device); name the CSV file");
      return null;
    }
    try {
      if (Files.size(p) > MAX_FILE_BYTES) {
        problems.error(
            at, what + " `" + path + "` is larger than 4 MB; that is not a staff roster");
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
    return best == null
        ? "; check the path (it is relative to the folder of partnership.yaml)"
        : "; did you mean `" + best + "`?";
  }

  private List<Person> roster(Fields.Located roster, PartnershipBinder.RosterSpec spec) {
    String path;
    try {
      path = join(roster.text());
    } catch (InvalidPathException e) {
      problems.error(
          roster.location(),
          "`"
              + roster.text()
              + "` is not a file path; write it as, for example, "
              + "rosters/brook.csv");
      return null;
    }
    problems.file(path);
    byte[] bytes = readNamed(path, roster.location(), "roster");
    if (bytes == null) {
      return null;
    }
    CsvTable table =
        csv.plainText(
            RosterFile.read(
                path, bytes, roster.location(), spec.sheet(), spec.windows1252(), problems));
    return table == null ? null : RosterReader.read(table, spec.renames(), spec.roles(), problems);
  }

  /**
   * The files matching {@code glob} (relative to {@code dir}), as paths reachable from the working
   * directory. A folder that cannot be read on the way is reported at {@code at} (the review that
   * names the pattern).
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
      Files.walkFileTree(
          root,
          Set.of(),
          depth,
          new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(
                Path p, java.nio.file.attribute.BasicFileAttributes a) {
              Path relative = root.relativize(p);
              if (matcher.matches(relative) && Files.isRegularFile(p)) {
                found.add(shown.resolve(relative.toString()));
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
              problems.error(
                  at,
                  "cannot read folder `"
                      + p
                      + "` while looking for history files (`"
                      + glob
                      + "`): "
                      + Confined.reason(e));
              return java.nio.file.FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.error(
          at,
          "cannot read folder `"
              + root
              + "` while looking for history files: "
              + Confined.reason(e));
    }
    found.sort(null);
    return found;
  }
}
