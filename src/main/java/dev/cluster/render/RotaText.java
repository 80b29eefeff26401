package dev.cluster.render;

import dev.cluster.rota.Assignment;
import dev.cluster.rota.ScheduledMeeting;

/** How a meeting's duties read in every rota format, so that Markdown, CSV and iCalendar agree. */
final class RotaText {
  private RotaText() {}

  /** {@code 09:30}: the start time. */
  static String start(ScheduledMeeting m) {
    return m.start().toString();
  }

  /** {@code 11:30}: the end time. */
  static String end(ScheduledMeeting m) {
    return m.end().toString();
  }

  /** The person's name, or null when there is no duty or nobody in the role. */
  static String person(Assignment a) {
    return a == null || a.person() == null ? null : a.person().name();
  }

  /** The school's id, or null (also for a venue that is not a school). */
  static String school(Assignment a) {
    return a == null ? null : a.schoolId();
  }

  /** The host's venue line (name and address, of a school or a venue), or null. */
  static String venue(Assignment a) {
    return a == null ? null : a.place();
  }

  /**
   * The host's venue line with its online meeting link when it has one ({@code ... (online: URL)}),
   * or null.
   */
  static String venueWithLink(Assignment a) {
    return a == null
        ? null
        : a.link() == null ? a.place() : a.place() + " (online: " + a.link() + ")";
  }

  /**
   * {@code Amira Khan (Fleet Primary School)}, the school alone when nobody holds the role, or
   * null.
   */
  static String personAtSchool(Assignment a) {
    if (a == null) {
      return null;
    }
    return a.person() == null ? a.placeName() : a.person().name() + " (" + a.placeName() + ")";
  }
}
