package dev.cluster.agenda;

import dev.cluster.calendar.Dates;
import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.IsoDate;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.Attendance;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.view.ActionView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The variables of {@code agenda.md.mustache} for one meeting, as records of strings, numbers,
 * booleans, lists and records, so that every variable a template can use is a record component here
 * (and in the README, section Templates). A value that does not exist is {@code null} (a false
 * section), never a missing name.
 */
public final class AgendaView {
  /** The opening items of every agenda, in order. */
  static final List<String> OPENING =
      List.of("Welcome and apologies", "Minutes and actions of the last meeting");

  /** The closing items of every agenda, in order. */
  static final List<String> CLOSING =
      List.of("Any other business", "Date, host and chair of the next meeting");

  private AgendaView() {}

  /**
   * One meeting's agenda: what it is and when ({@code day} "Tuesday", {@code date} "17 November
   * 2026", {@code isoDate}, {@code start}, {@code end}, {@code duration} in minutes), whether it is
   * cancelled and its notes, where and who, who attends and who sent apologies, the order of
   * business ({@code timedMinutes} of it timed; {@code overrun} when that is longer than the
   * meeting), the series' open actions, and the meetings before and after it.
   */
  public record View(
      String partnership,
      String meeting,
      String title,
      String day,
      String date,
      String isoDate,
      String start,
      String end,
      int duration,
      boolean cancelled,
      List<String> notes,
      Place venue,
      Holder chair,
      Holder minuteTaker,
      String attendeeRoles,
      List<SchoolAttendees> attendees,
      List<Apology> apologies,
      List<Item> items,
      int timedMinutes,
      boolean hasTimedItems,
      boolean overrun,
      List<ActionView> actions,
      boolean hasActions,
      Previous previous,
      Next next) {
    /**
     * The same agenda with no link to the last meeting's minutes (a page outside the repository:
     * the site).
     */
    public View withoutMinutesLink() {
      Previous last =
          previous == null
              ? null
              : new Previous(previous.day(), previous.date(), previous.isoDate(), null);
      return new View(
          partnership,
          meeting,
          title,
          day,
          date,
          isoDate,
          start,
          end,
          duration,
          cancelled,
          notes,
          venue,
          chair,
          minuteTaker,
          attendeeRoles,
          attendees,
          apologies,
          items,
          timedMinutes,
          hasTimedItems,
          overrun,
          actions,
          hasActions,
          last,
          next);
    }
  }

  /**
   * The host's place: {@code school} (the name of the school or venue), {@code address} (or null),
   * {@code venue} (both on one line) and {@code link} (a venue's online meeting, or null).
   */
  public record Place(String school, String address, String venue, String link) {}

  /**
   * A chair or minute-taker: {@code name} (the person, or null when the school has not named one)
   * and {@code school}.
   */
  public record Holder(String name, String school) {}

  /**
   * A member school's attendees: {@code people}, {@code names} (joined with commas, or "nobody: see
   * apologies" when all of them are away) and {@code nobody} when no one on its roster fits.
   */
  public record SchoolAttendees(
      String school, List<Attendee> people, String names, boolean nobody) {}

  /** An attendee: {@code name} and {@code role} (the attendee roles they hold). */
  public record Attendee(String name, String role) {}

  /**
   * Someone away on the day ({@code unavailable:}): {@code name} and {@code school}; never the
   * reason.
   */
  public record Apology(String name, String school) {}

  /**
   * An item of business: {@code number}, {@code title}, {@code lead} (a school's name or a person;
   * null), {@code minutes} (null when untimed), {@code clock} (start time plus the minutes of the
   * items before it) and {@code confidential}.
   */
  public record Item(
      int number, String title, String lead, Integer minutes, String clock, boolean confidential) {}

  /**
   * The last meeting: its {@code day}, {@code date}, {@code isoDate} and {@code minutes}, the path
   * of its minutes file (or null).
   */
  public record Previous(String day, String date, String isoDate, String minutes) {}

  /**
   * The next meeting: its {@code day}, {@code date}, {@code isoDate}, {@code start}, {@code venue}
   * and {@code chair} (may be null).
   */
  public record Next(
      String day, String date, String isoDate, String start, Place venue, Holder chair) {}

  /**
   * The view of {@code meeting}; {@code previous} and {@code next} are the series' meetings before
   * and after it that are not cancelled (null when there is none); {@code today} decides what is
   * overdue.
   */
  public static View of(
      Partnership p,
      ScheduledMeeting meeting,
      ScheduledMeeting previous,
      ScheduledMeeting next,
      LocalDate today) {
    MeetingSeries s = meeting.series();
    List<Item> items = items(p, meeting);
    int timed =
        items.stream().map(Item::minutes).filter(m -> m != null).mapToInt(Integer::intValue).sum();
    List<ActionView> actions = actions(p, s, today);
    return new View(
        p.name(),
        s.id(),
        s.title(),
        Dates.weekdayName(meeting.date().getDayOfWeek()),
        Dates.longDate(meeting.date()),
        IsoDate.format(meeting.date()),
        meeting.start().toString(),
        meeting.end().toString(),
        meeting.length(),
        meeting.cancelled(),
        meeting.notes(),
        place(meeting.host()),
        holder(meeting.chair()),
        holder(meeting.minutes()),
        s.whoAttends(),
        attendees(p, s, meeting.date()),
        apologies(p, s, meeting.date()),
        items,
        timed,
        timed > 0,
        timed > meeting.length(),
        actions,
        !actions.isEmpty(),
        previous == null ? null : previous(p, previous),
        next == null ? null : nextMeeting(next));
  }

  private static Place place(Assignment host) {
    if (host == null) {
      return null;
    }
    return new Place(
        host.placeName(),
        host.address().isEmpty() ? null : host.address(),
        host.place(),
        host.link());
  }

  private static Holder holder(Assignment a) {
    return a == null
        ? null
        : new Holder(a.person() == null ? null : a.person().name(), a.school().name());
  }

  /**
   * Per member school on {@code day}, in file order, its attendees (those away are under
   * apologies).
   */
  static List<SchoolAttendees> attendees(Partnership p, MeetingSeries s, LocalDate day) {
    List<SchoolAttendees> out = new ArrayList<>();
    for (School school : p.schools()) {
      if (!school.isMemberOn(day)) {
        continue;
      }
      List<Attendee> people = new ArrayList<>();
      List<Person> invited = Attendance.attendeesOf(school, s);
      for (Person person : invited) {
        if (!p.fairness().isAway(school, person, day)) {
          people.add(
              new Attendee(
                  person.name(),
                  String.join(
                      ", ", person.roles().stream().filter(s.attendees()::contains).toList())));
        }
      }
      String names =
          people.isEmpty() && !invited.isEmpty()
              ? "nobody: see apologies"
              : String.join(", ", people.stream().map(Attendee::name).toList());
      out.add(new SchoolAttendees(school.name(), people, names, invited.isEmpty()));
    }
    return out;
  }

  /**
   * The invited people who are away on {@code day} ({@code unavailable:}), member schools in file
   * order.
   */
  static List<Apology> apologies(Partnership p, MeetingSeries s, LocalDate day) {
    List<Apology> out = new ArrayList<>();
    for (School school : p.schools()) {
      if (!school.isMemberOn(day)) {
        continue;
      }
      for (Person person : Attendance.attendeesOf(school, s)) {
        if (p.fairness().isAway(school, person, day)) {
          out.add(new Apology(person.name(), school.name()));
        }
      }
    }
    return out;
  }

  /**
   * The order of business: the opening items, the series' standing items (those not already opening
   * or closing), the agenda items for this meeting in file order, the closing items.
   */
  private static List<Item> items(Partnership p, ScheduledMeeting meeting) {
    MeetingSeries s = meeting.series();
    List<Item> out = new ArrayList<>();
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
      out.add(
          item(number++, a.title(), p.ownerName(a.lead()), a.minutes(), clock, a.confidential()));
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
        .filter(a -> a.meeting().equals(meeting.series().id()) && meeting.answersTo(a.date()))
        .toList();
  }

  private static boolean same(String a, String b) {
    return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }

  private static Item item(
      int number,
      String title,
      String lead,
      Integer minutes,
      LocalTime clock,
      boolean confidential) {
    return new Item(number, title, lead, minutes, clock.toString(), confidential);
  }

  /**
   * Open actions of this series (or of the for-each-year-group series it belongs to), in file
   * order.
   */
  private static List<ActionView> actions(Partnership p, MeetingSeries s, LocalDate today) {
    List<ActionView> out = new ArrayList<>();
    for (Action a : p.actions()) {
      if (a.open() && (s.id().equals(a.meeting()) || s.group().equals(a.meeting()))) {
        out.add(ActionView.of(p, a, today));
      }
    }
    return out;
  }

  private static Previous previous(Partnership p, ScheduledMeeting m) {
    String minutes =
        p.minutes().stream()
            .filter(x -> x.meeting().equals(m.series().id()) && x.date().equals(m.date()))
            .findFirst()
            .map(x -> "minutes/" + x.meeting() + "/" + x.date() + ".md")
            .orElse(null);
    return new Previous(
        Dates.weekdayName(m.date().getDayOfWeek()),
        Dates.longDate(m.date()),
        IsoDate.format(m.date()),
        minutes);
  }

  private static Next nextMeeting(ScheduledMeeting m) {
    return new Next(
        Dates.weekdayName(m.date().getDayOfWeek()),
        Dates.longDate(m.date()),
        IsoDate.format(m.date()),
        m.start().toString(),
        place(m.host()),
        holder(m.chair()));
  }
}
