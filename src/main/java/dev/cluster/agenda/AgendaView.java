package dev.cluster.agenda;

import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.calendar.Dates;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variables of {@code agenda.md.mustache} for one meeting, as a plain tree of maps, lists, strings,
 * numbers and booleans, so that every variable a template can use is listed here (and in the README, section
 * Templates). A value that does not exist is {@code null} (a false section), never a missing key.
 */
public final class AgendaView {
  /** The opening items of every agenda, in order. */
  static final List<String> OPENING = List.of("Welcome and apologies", "Minutes and actions of the last meeting");
  /** The closing items of every agenda, in order. */
  static final List<String> CLOSING = List.of("Any other business", "Date, host and chair of the next meeting");

  private AgendaView() {}

  /**
   * The view of {@code meeting}; {@code previous} and {@code next} are the series' meetings before and after
   * it that are not cancelled (null when there is none); {@code today} decides what is overdue.
   */
  public static Map<String, Object> of(
      Partnership p, ScheduledMeeting meeting, ScheduledMeeting previous, ScheduledMeeting next,
      LocalDate today) {
    MeetingSeries s = meeting.series();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("partnership", p.name());
    v.put("meeting", s.id());
    v.put("title", s.title());
    v.put("day", Dates.weekdayName(meeting.date().getDayOfWeek()));
    v.put("date", Dates.longDate(meeting.date()));
    v.put("isoDate", iso(meeting.date()));
    v.put("start", meeting.start().toString());
    v.put("end", meeting.end().toString());
    v.put("duration", meeting.length());
    v.put("cancelled", meeting.cancelled());
    v.put("notes", meeting.notes());
    v.put("venue", venue(meeting.host()));
    v.put("chair", duty(meeting.chair()));
    v.put("minuteTaker", duty(meeting.minutes()));
    v.put("attendeeRoles", roles(s));
    v.put("attendees", attendees(p, s, meeting.date()));
    v.put("apologies", apologies(p, s, meeting.date()));
    List<Map<String, Object>> items = items(p, meeting);
    v.put("items", items);
    int timed = items.stream().map(i -> (Integer) i.get("minutes")).filter(m -> m != null)
        .mapToInt(Integer::intValue).sum();
    v.put("timedMinutes", timed);
    v.put("hasTimedItems", timed > 0);
    v.put("overrun", timed > meeting.length());
    List<Map<String, Object>> actions = actions(p, s, today);
    v.put("actions", actions);
    v.put("hasActions", !actions.isEmpty());
    v.put("previous", previous == null ? null : previous(p, previous));
    v.put("next", next == null ? null : nextMeeting(p, next));
    return v;
  }

  /**
   * The host's venue: {@code school} (the name of the school or venue), {@code address}, {@code venue} (both on
   * one line) and {@code link} (a venue's online meeting, or null); or null.
   */
  private static Map<String, Object> venue(Assignment host) {
    if (host == null) {
      return null;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("school", host.placeName());
    v.put("address", host.address().isEmpty() ? null : host.address());
    v.put("venue", host.place());
    v.put("link", host.link());
    return v;
  }

  /** A chair or minute-taker: {@code name} (the person, or null when the school has not named one) and {@code school}. */
  public static Map<String, Object> duty(Assignment a) {
    if (a == null) {
      return null;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", a.person() == null ? null : a.person().name());
    v.put("school", a.school().name());
    return v;
  }

  /** {@code headteacher}, {@code teacher (Y4)}, {@code headteacher, deputy-head}. */
  public static String roles(MeetingSeries s) {
    String roles = String.join(", ", s.attendees());
    return s.yearGroup() == null ? roles : roles + " (" + s.yearGroup() + ")";
  }

  /**
   * Per member school on {@code day}, in file order: {@code school}, {@code people} (each {@code name} and
   * {@code role}, the attendee roles they hold), {@code names} (joined with commas) and {@code nobody} when no one on its roster fits.
   */
  static List<Map<String, Object>> attendees(Partnership p, MeetingSeries s, LocalDate day) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (School school : p.schools()) {
      if (!school.isMemberOn(day)) {
        continue;
      }
      List<Map<String, Object>> people = new ArrayList<>();
      List<Person> invited = attendeesOf(school, s);
      for (Person person : invited) {
        if (p.fairness().isAway(school, person, day)) {
          continue; // under apologies
        }
        Map<String, Object> pv = new LinkedHashMap<>();
        pv.put("name", person.name());
        pv.put("role", String.join(", ", person.roles().stream().filter(s.attendees()::contains).toList()));
        people.add(pv);
      }
      Map<String, Object> sv = new LinkedHashMap<>();
      sv.put("school", school.name());
      sv.put("people", people);
      sv.put("names", people.isEmpty() && !invited.isEmpty() ? "nobody: see apologies"
          : String.join(", ", people.stream().map(pv -> (String) pv.get("name")).toList()));
      sv.put("nobody", invited.isEmpty());
      out.add(sv);
    }
    return out;
  }

  /**
   * The invited people who are away on {@code day} ({@code unavailable:}), member schools in file order, each
   * {@code name} and {@code school}; the reason is never shown.
   */
  static List<Map<String, Object>> apologies(Partnership p, MeetingSeries s, LocalDate day) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (School school : p.schools()) {
      if (!school.isMemberOn(day)) {
        continue;
      }
      for (Person person : attendeesOf(school, s)) {
        if (p.fairness().isAway(school, person, day)) {
          Map<String, Object> pv = new LinkedHashMap<>();
          pv.put("name", person.name());
          pv.put("school", school.name());
          out.add(pv);
        }
      }
    }
    return out;
  }

  /** The people of {@code school} who attend {@code s}: an attendee role (and the series' year group), roster order. */
  public static List<Person> attendeesOf(School school, MeetingSeries s) {
    return dev.cluster.rota.Attendance.attendeesOf(school, s);
  }

  /**
   * The order of business: the opening items, the series' standing items (those not already opening or
   * closing), the agenda items for this meeting in file order, the closing items. Each has {@code number},
   * {@code title}, {@code lead} (a school's name or a person; null), {@code minutes} (null when untimed),
   * {@code clock} (start time plus the minutes of the items before it) and {@code confidential}.
   */
  private static List<Map<String, Object>> items(Partnership p, ScheduledMeeting meeting) {
    MeetingSeries s = meeting.series();
    List<Map<String, Object>> out = new ArrayList<>();
    List<String> standard = new ArrayList<>(OPENING);
    standard.addAll(CLOSING);
    LocalTime clock = meeting.start();
    int number = 1;
    for (String title : OPENING) {
      out.add(item(number++, title, null, null, clock, false));
    }
    for (String title : s.standingItems()) {
      if (standard.stream().noneMatch(t -> same(t, title))) {
        out.add(item(number++, title, null, null, clock, false));
      }
    }
    for (AgendaItem a : agendaItems(p, meeting)) {
      out.add(item(number++, a.title(), owner(p, a.lead()), a.minutes(), clock, a.confidential()));
      clock = clock.plusMinutes(a.minutes() == null ? 0 : a.minutes());
    }
    for (String title : CLOSING) {
      out.add(item(number++, title, null, null, clock, false));
    }
    return out;
  }

  /** The {@code agenda-items} entries for {@code meeting}, in file order. */
  public static List<AgendaItem> agendaItems(Partnership p, ScheduledMeeting meeting) {
    return p.agendaItems().stream()
        .filter(a -> a.meeting().equals(meeting.series().id()) && forThisMeeting(a.date(), meeting))
        .toList();
  }

  /** An agenda item names the meeting's date, or its scheduled day when the meeting was moved. */
  static boolean forThisMeeting(LocalDate itemDate, ScheduledMeeting meeting) {
    return itemDate.equals(meeting.date()) || itemDate.equals(meeting.scheduled());
  }

  private static boolean same(String a, String b) {
    return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }

  private static Map<String, Object> item(
      int number, String title, String lead, Integer minutes, LocalTime clock, boolean confidential) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", number);
    v.put("title", title);
    v.put("lead", lead);
    v.put("minutes", minutes);
    v.put("clock", clock.toString());
    v.put("confidential", confidential);
    return v;
  }

  /** A school id becomes the school's name; a person's name is kept. */
  public static String owner(Partnership p, String owner) {
    if (owner == null || owner.isBlank()) {
      return null;
    }
    return p.school(owner.trim()).map(School::name).orElse(owner);
  }

  /**
   * Open actions of this series (or of the for-each-year-group series it belongs to), in file order:
   * {@code id}, {@code meeting} (the series' title), {@code action}, {@code owner}, {@code raised},
   * {@code due} (ISO dates or null) and
   * {@code overdue} (due before today).
   */
  private static List<Map<String, Object>> actions(Partnership p, MeetingSeries s, LocalDate today) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Action a : p.actions()) {
      if (a.open() && (s.id().equals(a.meeting()) || s.group().equals(a.meeting()))) {
        out.add(action(p, a, today));
      }
    }
    return out;
  }

  /** One action's variables (shared with the report). */
  public static Map<String, Object> action(Partnership p, Action a, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", a.id());
    v.put("meeting", a.meeting() == null ? null : p.meeting(a.meeting()).map(MeetingSeries::title)
        .orElse(a.meeting()));
    v.put("action", a.action());
    v.put("owner", owner(p, a.owner()));
    v.put("raised", iso(a.raised()));
    v.put("due", iso(a.due()));
    v.put("overdue", a.isOverdue(today));
    return v;
  }

  /** {@code 2026-11-17}, or null. */
  public static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** {@code day}, {@code date}, {@code isoDate} of a meeting. */
  private static Map<String, Object> when(ScheduledMeeting m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("day", Dates.weekdayName(m.date().getDayOfWeek()));
    v.put("date", Dates.longDate(m.date()));
    v.put("isoDate", iso(m.date()));
    return v;
  }

  /** The last meeting: as {@link #when}, with {@code minutes}, the path of its minutes file (or null). */
  private static Map<String, Object> previous(Partnership p, ScheduledMeeting m) {
    Map<String, Object> v = when(m);
    v.put("minutes", p.minutes().stream()
        .filter(x -> x.meeting().equals(m.series().id()) && x.date().equals(m.date())).findFirst()
        .map(x -> "minutes/" + x.meeting() + "/" + x.date() + ".md").orElse(null));
    return v;
  }

  /** The next meeting: its date, {@code start}, {@code venue} and {@code chair} (as above, may be null). */
  private static Map<String, Object> nextMeeting(Partnership p, ScheduledMeeting m) {
    Map<String, Object> v = when(m);
    v.put("start", m.start().toString());
    v.put("venue", venue(m.host()));
    v.put("chair", duty(m.chair()));
    return v;
  }
}
