package dev.cluster.load;

import dev.cluster.model.Action;
import dev.cluster.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the action log, {@code actions.csv} beside partnership.yaml, when there is one. */
final class ActionsReader {
  static final List<String> COLUMNS =
      List.of("id", "meeting", "raised", "owner", "action", "due", "status");
  private static final List<String> REQUIRED = List.of("id", "action");

  private final Problems problems;
  private final CsvFiles csv;

  ActionsReader(Problems problems, CsvFiles csv) {
    this.problems = problems;
    this.csv = csv;
  }

  /**
   * The actions of the file at {@code path} (none when it does not exist). References are only
   * checked when partnership.yaml could be read ({@code checkReferences}): otherwise every meeting
   * would be "unknown", burying the real error.
   */
  List<Action> read(String path, Known known, boolean checkReferences) {
    List<Action> actions = new ArrayList<>();
    if (!Files.isRegularFile(Path.of(path))) {
      return actions;
    }
    problems.file(path);
    CsvTable table = csv.table(path);
    CsvFiles.Columns c = table == null ? null : csv.columns(table, COLUMNS, REQUIRED);
    if (c == null) {
      return actions;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (CsvTable.Row row : table.rows) {
      if (row.isBlank()) {
        continue;
      }
      String id = c.cell(row, "id");
      if (id.isEmpty()) {
        problems.error(
            c.at(row, "id"), "this action has no id; give it one, such as A" + (ids.size() + 1));
        continue;
      }
      if (!ids.add(id)) {
        problems.error(
            c.at(row, "id"), "action id `" + id + "` is used twice; give each action its own id");
      }
      String meeting = c.raw(row, "meeting");
      if (!meeting.isEmpty() && checkReferences) {
        known.checkMeeting(meeting, c.at(row, "meeting"), "actions.csv");
      }
      LocalDate raised = csv.date(c, row, "raised");
      String owner = c.cell(row, "owner");
      if (!owner.isEmpty() && checkReferences && known.everyRosterRead && !known.isOwner(owner)) {
        problems.error(
            c.at(row, "owner"),
            "unknown owner `"
                + owner
                + "`; write a school id or the name of "
                + "someone on a roster"
                + Suggest.didYouMean(owner, known.ownerNames()).replace("; did", ". Did"));
      }
      LocalDate due = csv.date(c, row, "due");
      String status = c.raw(row, "status").toLowerCase(Locale.ROOT);
      if (c.has("status") && !status.equals("open") && !status.equals("done")) {
        problems.error(
            c.at(row, "status"),
            "status `"
                + c.raw(row, "status")
                + "` of action `"
                + id
                + "` must be `open` or `done`");
      }
      actions.add(
          new Action(
              id,
              meeting.isEmpty() ? null : meeting,
              raised,
              owner.isEmpty() ? null : owner,
              c.cell(row, "action"),
              due,
              !status.equals("done"),
              new Location(path, row.line(), 1)));
    }
    return actions;
  }
}
