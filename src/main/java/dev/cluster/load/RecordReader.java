package dev.cluster.load;

import dev.cluster.model.Action;
import dev.cluster.model.DutyType;
import dev.cluster.model.IsoDate;
import dev.cluster.model.Location;
import dev.cluster.model.Minutes;
import dev.cluster.model.RecordedMeeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the partnership's record (SPEC section 8): the published rota, {@code
 * history/rota/<YYYY-YY>.csv}, and the minutes, {@code minutes/<meeting>/<YYYY-MM-DD>.md},
 * reporting every problem at its place. (Whether a minuted date is a meeting of its series is the
 * planner's to say: {@code rota.RecordChecks}.)
 */
final class RecordReader {
  static final Pattern YEAR_FILE = Pattern.compile("(\\d{4}-\\d{2})\\.csv");
  static final Pattern MINUTES_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.md");

  /**
   * The keys of a minutes file's front matter, in SPEC order: the key of each duty that names a
   * person ({@code chair}, {@code minutes}) comes after {@code held}.
   */
  static final Set<String> MINUTES_KEYS = minutesKeys();

  /** The columns a row of the published rota cannot do without. */
  private static final List<String> REQUIRED = List.of("meeting", "scheduled", "date", "uid");

  private static final Set<String> SERVED_KEYS = Set.of("person", "school");
  private static final Set<String> ACTION_KEYS = Set.of("id", "owner", "action", "due", "status");

  private final Problems problems;
  private final Fields fields;
  private final Known known;
  private final Path directory;

  RecordReader(Problems problems, Known known, Path directory) {
    this.problems = problems;
    this.fields = new Fields(problems);
    this.known = known;
    this.directory = directory;
  }

  // ---------------------------------------------------------------- history/rota/<YYYY-YY>.csv

  /** Every row of every year's record, by file name (so by year), then by row. */
  List<RecordedMeeting> rota(CsvFiles csv) {
    List<RecordedMeeting> out = new ArrayList<>();
    Path dir = directory.resolve("history").resolve("rota");
    Map<String, Location> uids = new HashMap<>();
    for (Path file : list(dir, YEAR_FILE, false)) {
      String path = file.toString();
      problems.file(path);
      CsvTable table = csv.table(path);
      if (table == null) {
        continue;
      }
      CsvFiles.Columns columns = csv.columns(table, RecordedMeeting.HEADER, REQUIRED);
      if (columns == null) {
        continue;
      }
      Matcher name = new Matcher(YEAR_FILE, file);
      for (CsvTable.Row row : table.rows) {
        if (row.isBlank()) {
          continue;
        }
        RecordedMeeting m = row(path, name.group(), row, columns, uids);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** One row of the published rota, its cells read by column name; null when it is refused. */
  private RecordedMeeting row(
      String path, String year, CsvTable.Row row, CsvFiles.Columns c, Map<String, Location> uids) {
    boolean ok = true;
    String meeting = c.cell(row, "meeting");
    if (meeting.isEmpty()) {
      problems.error(
          c.at(row, "meeting"), "this row names no meeting series; write its id in `meeting`");
      ok = false;
    } else if (!known.meetingIds.isEmpty() && !known.meetingIds.contains(meeting)) {
      problems.error(
          c.at(row, "meeting"),
          "unknown meeting series `"
              + meeting
              + "`"
              + Suggest.didYouMean(meeting, known.meetingIds)
              + " (a row of the published rota must name a series of partnership.yaml)");
      ok = false;
    }
    LocalDate scheduled = date(c, row, "scheduled");
    LocalDate date = date(c, row, "date");
    LocalTime start = time(c, row, "start");
    LocalTime end = time(c, row, "end");
    Map<DutyType, String> schools = new EnumMap<>(DutyType.class);
    Map<DutyType, String> people = new EnumMap<>(DutyType.class);
    String venue = null;
    for (DutyType t : DutyType.values()) {
      String schoolColumn = t.columns().get(0);
      String school = c.cell(row, schoolColumn);
      String second = blank(c.cell(row, t.columns().get(1))); // the person, or the host's venue
      if (!school.isEmpty() && !known.schoolIds.isEmpty() && !known.schoolIds.contains(school)) {
        problems.warning(
            c.at(row, schoolColumn),
            "school `"
                + school
                + "` is no longer in "
                + "partnership.yaml; the meeting is shown with its id as recorded");
      }
      schools.put(t, blank(school));
      if (t.namesPerson()) {
        people.put(t, second);
      } else {
        venue = second;
      }
    }
    String cancelled = c.cell(row, "cancelled").toLowerCase(Locale.ROOT);
    if (!cancelled.isEmpty() && !cancelled.equals("true") && !cancelled.equals("false")) {
      problems.error(
          c.at(row, "cancelled"),
          "`cancelled` must be true or false, not `" + c.cell(row, "cancelled") + "`");
      ok = false;
    }
    String uid = c.cell(row, "uid");
    Location uidAt = c.at(row, "uid");
    if (uid.isEmpty()) {
      problems.error(
          uidAt,
          "this row has no `uid`; rows are matched to meetings by it (write "
              + "<meeting>-<YYYYMMDD>@<partnership id>.cluster, as `rota --save` does)");
      ok = false;
    } else {
      Location first = uids.putIfAbsent(uid, uidAt);
      if (first != null) {
        problems.error(
            uidAt,
            "uid `"
                + uid
                + "` is recorded twice (first at "
                + first
                + "); keep one row per"
                + " meeting");
        ok = false;
      }
    }
    if (!ok || scheduled == null || date == null) {
      return null;
    }
    String notes = c.cell(row, "notes");
    return new RecordedMeeting(
        meeting,
        scheduled,
        date,
        start,
        end,
        schools,
        people,
        venue,
        cancelled.equals("true"),
        notes.isEmpty() ? List.of() : Arrays.asList(notes.split("; ")),
        uid,
        year,
        new Location(path, row.line(), 1));
  }

  private LocalDate date(CsvFiles.Columns c, CsvTable.Row row, String what) {
    String cell = c.cell(row, what);
    Location at = c.at(row, what);
    if (cell.isEmpty()) {
      problems.error(at, "this row has no `" + what + "`; write it as YYYY-MM-DD");
      return null;
    }
    try {
      return IsoDate.parse(cell);
    } catch (DateTimeException e) {
      problems.error(at, "`" + what + "` `" + cell + "` is not a date; write it as YYYY-MM-DD");
      return null;
    }
  }

  private LocalTime time(CsvFiles.Columns c, CsvTable.Row row, String what) {
    String cell = c.cell(row, what);
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return IsoDate.parseTime(cell.length() == 4 ? "0" + cell : cell);
    } catch (DateTimeException e) {
      problems.warning(
          c.at(row, what),
          "`"
              + what
              + "` `"
              + cell
              + "` is not a "
              + "time (HH:MM); the series' time is shown instead");
      return null;
    }
  }

  private static Set<String> minutesKeys() {
    Set<String> keys = new LinkedHashSet<>(List.of("meeting", "date", "held"));
    for (DutyType t : DutyType.namingPeople()) {
      keys.add(t.key());
    }
    keys.addAll(List.of("present", "apologies", "decisions", "actions", "done"));
    return keys;
  }

  private static String blank(String s) {
    return s.isEmpty() ? null : s;
  }

  // ----------------------------------------------------------------
  // minutes/<meeting>/<YYYY-MM-DD>.md

  /** Every minutes file, by folder then by date. */
  List<Minutes> minutes() {
    List<Minutes> out = new ArrayList<>();
    Path root = directory.resolve("minutes");
    for (Path folder : list(root, null, true)) {
      for (Path file : list(folder, MINUTES_FILE, false)) {
        problems.file(file.toString());
        Minutes m = minutesFile(file, folder.getFileName().toString());
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private Minutes minutesFile(Path file, String folder) {
    String path = file.toString();
    String text;
    try {
      if (Files.size(file) > PartnershipLoader.MAX_FILE_BYTES) {
        problems.error(
            Location.of(path), "the file is larger than 4 MB; minutes are never that big");
        return null;
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.error(Location.of(path), "cannot read the file: " + e.getMessage());
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = SourceLines.split(text);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      problems.error(
          new Location(path, 1, 1),
          "minutes start with a front matter block: a line `---`, the "
              + "YAML (meeting:, date:, ...), then another `---`; run `cluster minutes "
              + folder
              + "` for a draft");
      return null;
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      problems.error(
          new Location(path, 1, 1),
          "the front matter opened by `---` on line 1 is never closed; "
              + "end it with a line `---`");
      return null;
    }
    // The front matter with its opening line blanked, so that the YAML reader's lines are the
    // file's lines.
    StringBuilder yaml = new StringBuilder("\n");
    for (int i = 1; i < close; i++) {
      yaml.append(lines[i]).append('\n');
    }
    if (yaml.toString().isBlank()) {
      problems.error(
          new Location(path, 1, 1),
          "the front matter is empty; it needs at least `meeting: " + folder + "` and `date:`");
      return null;
    }
    Node root = new YamlReader(path, problems).read(yaml.toString());
    if (root == null) {
      return null;
    }
    Node.MapNode map = fields.map(root, "the front matter");
    if (map == null) {
      return null;
    }
    fields.keys(map, "the front matter", MINUTES_KEYS);
    String where = "the front matter";
    String meeting = fields.requiredText(map, "meeting", where, folder);
    if (!known.meetingIds.isEmpty() && !known.meetingIds.contains(folder)) {
      problems.error(
          new Location(path, 1, 1),
          "the folder minutes/"
              + folder
              + "/ names no meeting series of"
              + " partnership.yaml (minutes go in minutes/<meeting id>/)"
              + Suggest.didYouMean(folder, known.meetingIds));
    } else if (meeting != null && !meeting.equals(folder)) {
      problems.error(
          map.get("meeting").location(),
          "`meeting: "
              + meeting
              + "` does not match the folder `"
              + folder
              + "` the file is in; write `meeting: "
              + folder
              + "` or move the file to minutes/"
              + meeting
              + "/");
    }
    Matcher fileName = new Matcher(MINUTES_FILE, file);
    LocalDate date = fields.date(map, "date", where);
    if (date == null && Fields.value(map, "date") == null) {
      fields.missing(map, "date", where, fileName.group());
    } else if (date != null && !date.toString().equals(fileName.group())) {
      problems.error(
          map.get("date").location(),
          "`date: "
              + date
              + "` does not match the file name `"
              + file.getFileName()
              + "`; the file of a meeting is named by its date");
    }
    Boolean held = fields.bool(map, "held", where);
    Map<DutyType, Minutes.Served> served = new EnumMap<>(DutyType.class);
    for (DutyType t : DutyType.namingPeople()) {
      served.put(t, served(map, t.key()));
    }
    List<Minutes.Name> present = names(map, "present");
    List<Minutes.Name> apologies = names(map, "apologies");
    List<String> decisions =
        fields.texts(map, "decisions", where).stream().map(Fields.Located::text).toList();
    List<Action> actions = actions(map, path, folder, date);
    List<Minutes.Name> done = names(map, "done");
    if (date == null || meeting == null) {
      return null;
    }
    return new Minutes(
        path,
        folder,
        date,
        held == null || held,
        served,
        present,
        apologies,
        decisions,
        actions,
        done,
        map.get("date").location());
  }

  private Minutes.Served served(Node.MapNode map, String key) {
    Node n = Fields.value(map, key);
    if (n == null) {
      return null;
    }
    String where = "`" + key + "`";
    if (n instanceof Node.Scalar) {
      String person = fields.text(n, where);
      return person == null ? null : new Minutes.Served(person.trim(), null);
    }
    Node.MapNode m = fields.map(n, where);
    if (m == null) {
      return null;
    }
    fields.keys(m, where, SERVED_KEYS);
    String person = fields.text(m, "person", where);
    String school = fields.text(m, "school", where);
    if (school != null && !known.schoolIds.isEmpty() && !known.schoolIds.contains(school.trim())) {
      problems.warning(
          Fields.value(m, "school").location(),
          "school `"
              + school
              + "` in "
              + where
              + " is not in partnership.yaml"
              + known.schoolHint(school.trim()));
    }
    return new Minutes.Served(
        person == null ? null : person.trim(), school == null ? null : school.trim());
  }

  private List<Minutes.Name> names(Node.MapNode map, String key) {
    return fields.texts(map, key, "the front matter").stream()
        .map(l -> new Minutes.Name(l.text(), l.location()))
        .toList();
  }

  private List<Action> actions(Node.MapNode map, String path, String folder, LocalDate date) {
    Node n = Fields.value(map, "actions");
    List<Node> items = n == null ? List.of() : fields.list(n, "`actions`");
    List<Action> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    for (Node item : items) {
      Node.MapNode a = fields.map(item, "an action");
      if (a == null) {
        continue;
      }
      String where = "an action";
      fields.keys(a, where, ACTION_KEYS);
      String id = fields.requiredText(a, "id", where, "A" + (out.size() + 1));
      String owner = fields.text(a, "owner", where);
      String action = fields.requiredText(a, "action", where, "what is to be done");
      LocalDate due = fields.date(a, "due", where);
      String status = fields.choice(a, "status", where, List.of("open", "done"));
      if (id == null) {
        continue;
      }
      out.add(
          new Action(
              id.trim(),
              folder,
              date,
              owner == null ? null : owner.trim(),
              action,
              due,
              !"done".equals(status),
              Fields.value(a, "id").location()));
    }
    return out;
  }

  // ---------------------------------------------------------------- both

  /** The entries of {@code dir} whose names match {@code name} (null: folders), sorted by name. */
  private static List<Path> list(Path dir, Pattern name, boolean folders) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> folders ? Files.isDirectory(p) : Files.isRegularFile(p))
          .filter(p -> name == null || name.matcher(p.getFileName().toString()).matches())
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The first group of a file-name pattern that is known to match. */
  private record Matcher(Pattern pattern, Path file) {
    String group() {
      java.util.regex.Matcher m = pattern.matcher(file.getFileName().toString());
      return m.matches() ? m.group(1) : "";
    }
  }
}
