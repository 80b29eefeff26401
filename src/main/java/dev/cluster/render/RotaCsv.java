package dev.cluster.render;

import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code cluster rota --format csv}: one row per meeting under SPEC's header, empty cells for null.
 */
public final class RotaCsv {
  /** The header, exactly as SPEC section 5 gives it. */
  public static final List<String> HEADER =
      List.of(
          "meeting",
          "title",
          "date",
          "start",
          "end",
          "chair-school",
          "chair",
          "host-school",
          "venue",
          "minutes-school",
          "minutes",
          "cancelled",
          "notes");

  private RotaCsv() {}

  /** The rota as CSV. */
  public static String render(Rota rota) {
    List<List<String>> rows = new ArrayList<>();
    for (ScheduledMeeting m : rota.meetings()) {
      rows.add(
          Arrays.asList(
              m.series().id(),
              m.series().title(),
              m.date().toString(),
              RotaText.start(m),
              RotaText.end(m),
              RotaText.school(m.chair()),
              RotaText.person(m.chair()),
              RotaText.school(m.host()),
              RotaText.venue(m.host()),
              RotaText.school(m.minutes()),
              RotaText.person(m.minutes()),
              Boolean.toString(m.cancelled()),
              String.join("; ", m.notes())));
    }
    return Csv.write(HEADER, rows);
  }
}
