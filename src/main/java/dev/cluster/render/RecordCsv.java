package dev.cluster.render;

import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Order;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.rota.MeetingUid;
import dev.cluster.rota.ScheduledMeeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published rota of one academic year, {@code history/rota/<YYYY-YY>.csv} (SPEC section 8.1):
 * the rows already recorded are kept as they are, new meetings are added, and the file is in rota
 * order.
 */
public final class RecordCsv {
  private RecordCsv() {}

  /**
   * What saving gives: the file's new text, how many meetings were added and how many were already
   * there.
   */
  public record Saved(String text, int added, int kept) {}

  /**
   * The file holding {@code recorded} (its rows now) and every meeting of {@code meetings} not yet
   * in it; {@code series} gives the rota order of series (file order).
   */
  public static Saved save(
      List<RecordedMeeting> recorded,
      List<ScheduledMeeting> meetings,
      String partnershipId,
      List<MeetingSeries> series) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < series.size(); i++) {
      order.putIfAbsent(series.get(i).id(), i);
    }
    record Line(String date, String start, int order, List<String> cells) {}
    List<Line> lines = new ArrayList<>();
    Set<String> uids = new HashSet<>();
    for (RecordedMeeting r : recorded) {
      uids.add(r.uid());
      lines.add(
          new Line(
              r.date().toString(),
              r.start() == null ? "" : r.start().toString(),
              order.getOrDefault(r.meeting(), Integer.MAX_VALUE),
              cells(r)));
    }
    int added = 0;
    int kept = 0;
    for (ScheduledMeeting m : meetings) {
      String uid = MeetingUid.of(partnershipId, m);
      if (!uids.add(uid)) {
        kept++;
        continue;
      }
      added++;
      List<String> cells = RotaCsv.cells(m, m.named().toString());
      cells.add(uid);
      lines.add(
          new Line(
              m.date().toString(),
              RotaText.start(m),
              order.getOrDefault(m.series().id(), Integer.MAX_VALUE),
              cells));
    }
    // Stable: rows of equal date, time and series keep the order they had in the file.
    lines.sort(Order.by(Line::date, Line::start, Line::order));
    return new Saved(
        Csv.write(RecordedMeeting.HEADER, lines.stream().map(Line::cells).toList()), added, kept);
  }

  private static List<String> cells(RecordedMeeting r) {
    List<String> cells =
        new ArrayList<>(
            Arrays.asList(
                r.meeting(),
                r.scheduled().toString(),
                r.date().toString(),
                r.start() == null ? null : r.start().toString(),
                r.end() == null ? null : r.end().toString()));
    for (DutyType t : DutyType.values()) {
      cells.add(r.school(t));
      cells.add(t.namesPerson() ? r.person(t) : r.venue());
    }
    cells.add(Boolean.toString(r.cancelled()));
    cells.add(String.join("; ", r.notes()));
    cells.add(r.uid());
    return cells;
  }
}
