package dev.cluster.agenda;

import dev.cluster.calendar.Dates;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.model.UsageException;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.Attendance;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.view.ActionView;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The draft minutes of one meeting (SPEC section 8.2), {@code minutes/<meeting>/<date>.md}: the
 * front matter prefilled with chair and minute-taker from the record or the rota, empty lists to
 * fill in, and a body with the expected attendees by school, the agenda's items as headings and the
 * open actions.
 */
public final class MinutesDraft {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .'()-]*");
  private static final java.util.Set<String> KEYWORDS =
      java.util.Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private MinutesDraft() {}

  /** The draft: where it goes (relative to the partnership's folder) and its text. */
  public record Draft(String path, LocalDate date, String text) {}

  /**
   * The draft minutes of the meeting of {@code meetingId} on {@code date} (its date, or the day it
   * was scheduled for), or with {@code date} null the latest meeting on or before {@code today} not
   * cancelled.
   *
   * @throws UsageException for a series or a date the partnership does not have, naming those it
   *     has
   */
  public static Draft draft(Partnership p, String meetingId, LocalDate date, LocalDate today) {
    MeetingSeries series = Agenda.series(p, meetingId);
    List<AcademicYear> years = p.calendar();
    List<ScheduledMeeting> meetings =
        new RotaPlanner(p)
            .plan(years.get(0).start(), years.get(years.size() - 1).end(), List.of(series.id()))
            .meetings();
    int at = date == null ? last(series, meetings, today) : Agenda.on(series, meetings, date);
    ScheduledMeeting m = meetings.get(at);
    if (m.cancelled()) {
      throw new UsageException(
          "meeting `"
              + series.id()
              + "` on "
              + m.date()
              + " is cancelled; for minutes"
              + " saying it did not take place, write `held: false` in minutes/"
              + series.id()
              + "/"
              + m.date()
              + ".md");
    }
    AgendaView.View agenda = AgendaView.of(p, m, null, null, today);
    StringBuilder b = new StringBuilder("---\n");
    b.append("meeting: ").append(series.id()).append('\n');
    b.append("date: ").append(m.date()).append('\n');
    b.append("held: true                      # false: the meeting did not take place\n");
    for (DutyType t : DutyType.namingPeople()) {
      b.append(t.key()).append(": ").append(served(m.duty(t))).append('\n');
    }
    b.append("present: []                     # names, or SCHOOL/PERSON-ID\n");
    b.append("apologies: []\n");
    b.append("decisions: []\n");
    b.append(
        "actions: []                     # - { id: A1, owner: SCHOOL or name, action: ..., due: YYYY-MM-DD }\n");
    b.append("done: []                        # ids of actions completed at this meeting\n");
    b.append("---\n");
    b.append("# ")
        .append(series.title())
        .append(" \u2014 ")
        .append(Dates.longDate(m.date()))
        .append("\n\n");
    b.append('*').append(p.name()).append("*\n\n");
    b.append("## Attendees\n\n");
    b.append("Expected (")
        .append(series.whoAttends())
        .append(
            " of each member school); move each name into"
                + " `present:` or `apologies:` above.\n\n");
    for (School s : p.schools()) {
      if (!s.isMemberOn(m.date())) {
        continue;
      }
      List<Person> people = Attendance.attendeesOf(s, series);
      b.append("- ")
          .append(s.name())
          .append(": ")
          .append(
              people.isEmpty()
                  ? "nobody on the roster"
                  : String.join(", ", people.stream().map(Person::name).toList()))
          .append('\n');
    }
    b.append('\n');
    for (AgendaView.Item item : agenda.items()) {
      b.append("## ").append(item.number()).append(". ").append(item.title()).append("\n\n");
    }
    List<ActionView> actions = agenda.actions();
    b.append("## Open actions\n\n");
    if (actions.isEmpty()) {
      b.append("None.\n");
    }
    for (ActionView a : actions) {
      b.append("- ").append(a.id()).append(": ").append(a.action());
      if (a.owner() != null) {
        b.append(" (").append(a.owner()).append(')');
      }
      if (a.due() != null) {
        b.append(", due ").append(a.due());
      }
      b.append('\n');
    }
    return new Draft("minutes/" + series.id() + "/" + m.date() + ".md", m.date(), b.toString());
  }

  /** The index of the latest meeting on or before {@code today} that is not cancelled. */
  static int last(MeetingSeries s, List<ScheduledMeeting> meetings, LocalDate today) {
    for (int i = meetings.size() - 1; i >= 0; i--) {
      if (!meetings.get(i).cancelled() && !meetings.get(i).date().isAfter(today)) {
        return i;
      }
    }
    if (meetings.isEmpty()) {
      throw new UsageException("meeting `" + s.id() + "` has no meetings in the calendar");
    }
    throw new UsageException(
        "meeting `"
            + s.id()
            + "` has no meeting on or before "
            + today
            + "; its first is on "
            + meetings.get(0).date()
            + " (use --date to pick one)");
  }

  private static String served(Assignment a) {
    if (a == null) {
      return "null";
    }
    String person = a.person() == null ? "null" : yaml(a.person().name());
    return "{ person: " + person + ", school: " + a.school().id() + " }";
  }

  /** A YAML scalar: plain when it is safe, else double-quoted. */
  static String yaml(String s) {
    if (PLAIN.matcher(s).matches()
        && !KEYWORDS.contains(s.toLowerCase(java.util.Locale.ROOT))
        && !s.endsWith(" ")) {
      return s;
    }
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
