package dev.cluster.rota;

import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.model.Venue;

/**
 * Who does one duty of one meeting: the school and, for chair and minutes, the person (host: null);
 * or, for a host that is not a school (SPEC section 10), the {@code venue}, with {@code school} and
 * {@code person} null.
 */
public record Assignment(School school, Person person, Venue venue) {
  public Assignment {
    if ((school == null) == (venue == null)) {
      throw new IllegalArgumentException("a duty goes to a school or, when it hosts, to a venue");
    }
  }

  /** A duty done by {@code school} (and {@code person}). */
  public Assignment(School school, Person person) {
    this(school, person, null);
  }

  /** A meeting hosted at a venue that is not a school. */
  public static Assignment at(Venue venue) {
    return new Assignment(null, null, venue);
  }

  /** Whether a school does it (false for a venue, which serves no turn). */
  public boolean bySchool() {
    return school != null;
  }

  /** The school's id, or null for a venue. */
  public String schoolId() {
    return school == null ? null : school.id();
  }

  /** Where the meeting is: the venue's or the school's line (name and address). */
  public String place() {
    return venue != null ? venue.line() : school.venue();
  }

  /** The name of the school or venue. */
  public String placeName() {
    return venue != null ? venue.name() : school.name();
  }

  /** The address of the school or venue ("" when none). */
  public String address() {
    return venue != null ? venue.address() : school.address();
  }

  /** The online meeting link of a venue, or null. */
  public String link() {
    return venue == null ? null : venue.link();
  }
}
