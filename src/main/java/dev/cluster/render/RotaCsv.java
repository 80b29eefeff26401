package dev.cluster.render;

import dev.cluster.model.DutyType;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code cluster rota --format csv}: one row per meeting under SPEC's header, empty cells for null.
 */
public final class RotaCsv {
  /**
   * The header, exactly as SPEC section 5 gives it: each duty's {@link DutyType#columns} between
   * the times and {@code cancelled}.
   */
  public static final List<String> HEADER =
      DutyType.header(
          List.of("meeting", "title", "date", "start", "end"), List.of("cancelled", "notes"));

  private RotaCsv() {}

  /** The rota as CSV. */
  public static String render(Rota rota) {
    List<List<String>> rows = new ArrayList<>();
    for (ScheduledMeeting m : rota.meetings()) {
      rows.add(cells(m, m.series().title()));
    }
    return Csv.write(HEADER, rows);
  }

  /**
   * A meeting's row: its series, then {@code second} (the rota's title; the record's scheduled
   * day), then the date, times, duties, cancelled and notes, in the order both headers give them
   * (SPEC sections 5 and 8.1); a list the caller may add to.
   */
  static List<String> cells(ScheduledMeeting m, String second) {
    List<String> cells =
        new ArrayList<>(
            Arrays.asList(
                m.series().id(), second, m.date().toString(), RotaText.start(m), RotaText.end(m)));
    for (DutyType t : DutyType.values()) {
      Assignment a = m.duty(t);
      cells.add(RotaText.school(a));
      cells.add(t.namesPerson() ? RotaText.person(a) : RotaText.venue(a));
    }
    cells.add(Boolean.toString(m.cancelled()));
    cells.add(String.join("; ", m.notes()));
    return cells;
  }
}
