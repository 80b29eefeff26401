package dev.cluster.view;

import dev.cluster.model.Action;
import dev.cluster.model.IsoDate;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import java.time.LocalDate;

/**
 * One action as the agenda's, the minutes draft's and the report's templates see it: {@code id},
 * {@code meeting} (the series' title), {@code action}, {@code owner} (a school's name, or the
 * person as written), {@code raised}, {@code due} (ISO dates or null) and {@code overdue} (due
 * before today).
 */
public record ActionView(
    String id,
    String meeting,
    String action,
    String owner,
    String raised,
    String due,
    boolean overdue) {

  /** {@code a}'s variables on {@code today}. */
  public static ActionView of(Partnership p, Action a, LocalDate today) {
    return new ActionView(
        a.id(),
        a.meeting() == null
            ? null
            : p.meeting(a.meeting()).map(MeetingSeries::title).orElse(a.meeting()),
        a.action(),
        p.ownerName(a.owner()),
        IsoDate.format(a.raised()),
        IsoDate.format(a.due()),
        a.isOverdue(today));
  }
}
