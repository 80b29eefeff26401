package dev.cluster.rota;

import dev.cluster.model.AgendaItem;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Minutes;
import dev.cluster.model.Order;
import dev.cluster.model.Partnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of {@code cluster validate} that need the rota: every warning the planner gives over
 * the whole calendar (a meeting that cannot be placed, an override on a day with no such meeting, a
 * duty nobody can take), and agenda items on a day when their series does not meet.
 */
public final class RotaChecks {
  private RotaChecks() {}

  /**
   * The warnings of the whole calendar's rota plus misplaced agenda items (the caller orders them),
   * planned with {@code planner}, the partnership's.
   */
  public static List<Diagnostic> check(Partnership partnership, RotaPlanner planner) {
    List<Diagnostic> out = new ArrayList<>(planner.warnings());
    Rota whole =
        planner.plan(
            LocalDate.MIN, LocalDate.MAX, List.of()); // planned once, cached by the planner
    Set<String> any = new HashSet<>();
    for (ScheduledMeeting m : whole.meetings()) {
      any.add(m.series().id() + "@" + m.date());
    }
    for (Minutes m : partnership.minutes()) {
      if (partnership.meeting(m.meeting()).isPresent()
          && !any.contains(m.meeting() + "@" + m.date())) {
        List<String> near =
            whole.meetings().stream()
                .filter(x -> x.series().id().equals(m.meeting()))
                .map(x -> x.date())
                .sorted(Order.by((LocalDate d) -> Math.abs(d.toEpochDay() - m.date().toEpochDay())))
                .limit(1)
                .map(LocalDate::toString)
                .toList();
        out.add(
            Diagnostic.error(
                m.location(),
                "meeting `"
                    + m.meeting()
                    + "` has no meeting on "
                    + m.date()
                    + (near.isEmpty() ? "" : " (the nearest is " + near.get(0) + ")")
                    + "; name the file and `date:`"
                    + " by the day the meeting took place"));
      }
    }
    Set<String> held = new HashSet<>();
    for (ScheduledMeeting m : whole.meetings()) {
      if (!m.cancelled()) {
        held.add(m.series().id() + "@" + m.date());
        held.add(m.series().group() + "@" + m.date());
      }
    }
    for (AgendaItem item : partnership.agendaItems()) {
      if (!held.contains(item.meeting() + "@" + item.date())) {
        out.add(
            Diagnostic.warning(
                item.location(),
                "agenda item `"
                    + item.title()
                    + "`: meeting `"
                    + item.meeting()
                    + "` is not held on "
                    + item.date()
                    + "; run `cluster rota --meeting "
                    + item.meeting()
                    + "` for its dates"));
      }
    }
    return out;
  }
}
