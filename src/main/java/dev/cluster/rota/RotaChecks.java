package dev.cluster.rota;

import dev.cluster.model.AgendaItem;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Partnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of {@code cluster validate} that need the rota: every warning the planner gives over the whole
 * calendar (a meeting that cannot be placed, an override on a day with no such meeting, a duty nobody can
 * take), and agenda items on a day when their series does not meet.
 */
public final class RotaChecks {
  private RotaChecks() {}

  /** The warnings of the whole calendar's rota plus misplaced agenda items (the caller orders them). */
  public static List<Diagnostic> check(Partnership partnership) {
    RotaPlanner planner = new RotaPlanner(partnership);
    List<Diagnostic> out = new ArrayList<>(planner.warnings());
    Rota whole = planner.plan(LocalDate.MIN, LocalDate.MAX, List.of()); // planned once, cached by the planner
    Set<String> held = new HashSet<>();
    for (ScheduledMeeting m : whole.meetings()) {
      if (!m.cancelled()) {
        held.add(m.series().id() + "@" + m.date());
        held.add(m.series().group() + "@" + m.date());
      }
    }
    for (AgendaItem item : partnership.agendaItems()) {
      if (!held.contains(item.meeting() + "@" + item.date())) {
        out.add(Diagnostic.warning(item.location(), "agenda item `" + item.title() + "`: meeting `"
            + item.meeting() + "` is not held on " + item.date() + "; run `cluster rota --meeting "
            + item.meeting() + "` for its dates"));
      }
    }
    return out;
  }
}
