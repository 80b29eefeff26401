package dev.cluster.render;

import dev.cluster.calendar.Dates;
import dev.cluster.model.DutyType;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.RotaComparison.Change;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cluster rota --compare REF}: one Markdown list item per meeting that changes, with who is
 * affected.
 */
public final class RotaChanges {
  private RotaChanges() {}

  /**
   * The changes from revision {@code ref} to the working tree over the window {@code from}–{@code
   * to}.
   */
  public static String render(
      String ref, String label, LocalDate from, LocalDate to, List<Change> changes) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rota changes: ")
        .append(Markdown.escape(ref))
        .append(" → working tree — ")
        .append(Markdown.escape(label))
        .append("\n\n");
    sb.append(Dates.longDate(from)).append(" to ").append(Dates.longDate(to)).append(": ");
    if (changes.isEmpty()) {
      return sb.append("no meeting changes.\n").toString();
    }
    sb.append(changes.size())
        .append(changes.size() == 1 ? " meeting changes.\n\n" : " meetings change.\n\n");
    for (Change c : changes) {
      sb.append("- ").append(line(c)).append('\n');
    }
    return sb.toString();
  }

  private static String line(Change c) {
    ScheduledMeeting m = c.meeting();
    ScheduledMeeting was = c.before();
    ScheduledMeeting now = c.after();
    StringBuilder sb = new StringBuilder();
    sb.append('`')
        .append(m.series().id())
        .append("` ")
        .append(Dates.shortDate(was != null ? was.date() : now.date()))
        .append(": ");
    List<String> parts = new ArrayList<>();
    if (was == null) {
      parts.add("new meeting (" + duties(now) + ")");
    } else if (now == null) {
      parts.add("no longer held (was " + duties(was) + ")");
    } else {
      if (!was.date().equals(now.date()) || !was.start().equals(now.start())) {
        parts.add("moves to " + Dates.shortDate(now.date()) + " " + now.start());
      }
      if (was.cancelled() != now.cancelled()) {
        parts.add(now.cancelled() ? "cancelled" : "no longer cancelled");
      }
      if (!now.cancelled() && !was.cancelled()) {
        for (DutyType t : DutyType.values()) {
          duty(parts, t.key(), was.duty(t), now.duty(t));
        }
      }
    }
    sb.append(Markdown.escape(String.join("; ", parts)));
    List<String> people = c.people();
    if (!people.isEmpty()) {
      sb.append(". Affects: ").append(Markdown.escape(String.join(", ", people)));
    }
    return sb.append('.').toString();
  }

  private static void duty(List<String> parts, String name, Assignment was, Assignment now) {
    String a = who(was);
    String b = who(now);
    if (!a.equals(b)) {
      parts.add(name + " " + a + " → " + b);
    }
  }

  private static String duties(ScheduledMeeting m) {
    if (m.cancelled()) {
      return "cancelled";
    }
    List<String> duties = new ArrayList<>();
    for (DutyType t : DutyType.values()) {
      duties.add(t.key() + " " + who(m.duty(t)));
    }
    return String.join(", ", duties);
  }

  private static String who(Assignment a) {
    if (a == null) {
      return "nobody";
    }
    String where = a.school() == null ? a.venue().id() : a.school().id();
    return a.person() == null ? where : a.person().name() + " (" + where + ")";
  }
}
