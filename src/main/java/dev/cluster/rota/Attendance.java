package dev.cluster.rota;

import dev.cluster.model.Fairness;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import java.util.List;

/**
 * Who is expected at a meeting (SPEC section 9): a person attends when they hold one of the series'
 * attendee roles (its year group applied), at a school that is a member on the meeting's date and
 * takes part, and they are not away. The one place this rule is written; the rota filters, the site
 * and agendas ask here.
 */
public final class Attendance {
  private Attendance() {}

  /**
   * The people of {@code school} who hold an attendee role of {@code s} (year group applied),
   * roster order.
   */
  public static List<Person> attendeesOf(School school, MeetingSeries s) {
    return school.staff().stream().filter(person -> holdsAttendeeRole(person, s)).toList();
  }

  /**
   * Whether {@code person} holds one of the attendee roles of {@code s}, teaching its year group if
   * it has one.
   */
  public static boolean holdsAttendeeRole(Person person, MeetingSeries s) {
    return s.attendees().stream().anyMatch(role -> person.fits(role, s.yearGroup()));
  }

  /** Whether {@code school} takes part in the meeting {@code m}: a member on its date. */
  public static boolean takesPart(School school, ScheduledMeeting m) {
    return school.isMemberOn(m.date());
  }

  /**
   * Whether {@code school} is expected at {@code m}: it takes part and someone of it holds an
   * attendee role.
   */
  public static boolean schoolExpected(School school, ScheduledMeeting m) {
    return takesPart(school, m)
        && school.staff().stream().anyMatch(p -> holdsAttendeeRole(p, m.series()));
  }

  /** Whether {@code person} of {@code school} attends {@code m} (see the class comment). */
  public static boolean attends(Fairness away, School school, Person person, ScheduledMeeting m) {
    return takesPart(school, m)
        && holdsAttendeeRole(person, m.series())
        && !away.isAway(school, person, m.date());
  }
}
