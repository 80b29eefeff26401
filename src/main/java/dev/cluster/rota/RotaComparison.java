package dev.cluster.rota;

import dev.cluster.model.DutyType;
import dev.cluster.model.Order;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit does to a rota: the meetings whose date, chair, host, minute-taker or cancellation
 * differ between two rotas of the same window, and the meetings only one of them has. Meetings are
 * matched by series and nominal day (as iCalendar UIDs are), so a moved meeting is one change, not
 * a removal and an addition.
 */
public final class RotaComparison {
  private RotaComparison() {}

  /**
   * One meeting that differs; {@code before} or {@code after} is null for a meeting only one rota
   * has.
   */
  public record Change(ScheduledMeeting before, ScheduledMeeting after) {
    /** The meeting as it is now, or as it was when it is gone. */
    public ScheduledMeeting meeting() {
      return after != null ? after : before;
    }

    /**
     * Names of the people this change affects, in order of appearance: on the same day, time and
     * footing (held or cancelled), those whose own duty changed, including a new person from the
     * same school; when that is nobody (only the host moved) or the meeting itself moved, was
     * cancelled, added or dropped, everyone with a duty at it before or after.
     */
    public List<String> people() {
      Set<String> names = new LinkedHashSet<>();
      if (before != null
          && after != null
          && before.date().equals(after.date())
          && before.start().equals(after.start())
          && before.cancelled() == after.cancelled()) {
        for (DutyType t : DutyType.values()) {
          if (!same(before.duty(t), after.duty(t))) {
            add(names, before.duty(t));
            add(names, after.duty(t));
          }
        }
      }
      if (names.isEmpty()) {
        for (ScheduledMeeting m : new ScheduledMeeting[] {before, after}) {
          if (m != null) {
            for (DutyType t : DutyType.values()) {
              add(names, m.duty(t));
            }
          }
        }
      }
      return List.copyOf(names);
    }

    private static void add(Set<String> names, Assignment a) {
      if (a != null && a.person() != null) {
        names.add(a.person().name());
      }
    }
  }

  /**
   * The changes from {@code before} to {@code after}, in date order. Only series named by {@code
   * series} (ids or for-each-year-group ids; empty: all) are compared.
   */
  public static List<Change> compare(Rota before, Rota after, Collection<String> series) {
    Map<String, ScheduledMeeting> old = index(before, series);
    Map<String, ScheduledMeeting> now = index(after, series);
    List<Change> changes = new ArrayList<>();
    for (var e : now.entrySet()) {
      ScheduledMeeting was = old.get(e.getKey());
      if (was == null || differs(was, e.getValue())) {
        changes.add(new Change(was, e.getValue()));
      }
    }
    for (var e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        changes.add(new Change(e.getValue(), null));
      }
    }
    changes.sort(
        Order.by(
            (Change c) -> c.meeting().date(),
            c -> c.meeting().start(),
            c -> c.meeting().series().id()));
    return changes;
  }

  private static Map<String, ScheduledMeeting> index(Rota rota, Collection<String> series) {
    Map<String, ScheduledMeeting> out = new LinkedHashMap<>();
    for (ScheduledMeeting m : rota.meetings()) {
      if (series.isEmpty()
          || series.contains(m.series().id())
          || series.contains(m.series().group())) {
        out.put(m.series().id() + "/" + m.scheduled(), m);
      }
    }
    return out;
  }

  private static boolean differs(ScheduledMeeting a, ScheduledMeeting b) {
    if (!a.date().equals(b.date())
        || a.cancelled() != b.cancelled()
        || !a.start().equals(b.start())) {
      return true;
    }
    for (DutyType t : DutyType.values()) {
      if (!same(a.duty(t), b.duty(t))) {
        return true;
      }
    }
    return false;
  }

  static boolean sameSchool(Assignment a, Assignment b) {
    return a == null
        ? b == null
        : b != null
            && java.util.Objects.equals(a.schoolId(), b.schoolId())
            && java.util.Objects.equals(a.venue(), b.venue());
  }

  private static boolean same(Assignment a, Assignment b) {
    return sameSchool(a, b)
        && (a == null
            || Objects.equals(
                a.person() == null ? null : a.person().name(),
                b.person() == null ? null : b.person().name()));
  }
}
