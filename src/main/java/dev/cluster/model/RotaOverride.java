package dev.cluster.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;

/**
 * A one-off change to one meeting of a series, identified by its date as scheduled. {@code schools}
 * holds the school id it names for a duty ({@code chair:}, {@code host:}, {@code minutes:}), {@code
 * people} the person it names for a duty that names one ({@code chair-person:}, {@code
 * minutes-person:}, as {@code SCHOOL/PERSON-ID}; the school is then also in {@code schools}); a
 * duty it does not name is absent from both. Any of {@code moveTo}, {@code time} and {@code
 * duration} (minutes) may be null.
 */
public record RotaOverride(
    String meeting,
    LocalDate date,
    Map<DutyType, String> schools,
    LocalDate moveTo,
    boolean cancel,
    Location location,
    LocalTime time,
    Integer duration,
    Map<DutyType, String> people) {
  public RotaOverride {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(date, "date");
    schools = DutyMap.copyOf(schools);
    people = DutyMap.people(people, "people");
  }

  /** An override of duties (schools only), date or cancellation only. */
  public RotaOverride(
      String meeting,
      LocalDate date,
      Map<DutyType, String> schools,
      LocalDate moveTo,
      boolean cancel,
      Location location) {
    this(meeting, date, schools, moveTo, cancel, location, null, null, Map.of());
  }

  /** The key of the person {@code type} names in an override: {@code chair-person}. */
  public static String personKey(DutyType type) {
    return type.key() + "-person";
  }

  /** The person id part of a {@code SCHOOL/PERSON-ID} reference (null for null). */
  public static String personId(String reference) {
    return reference == null ? null : reference.substring(reference.indexOf('/') + 1);
  }

  /** The school this override names for {@code type}, or null. */
  public String school(DutyType type) {
    return schools.get(type);
  }

  /** The person ({@code SCHOOL/PERSON-ID}) this override names for {@code type}, or null. */
  public String person(DutyType type) {
    return people.get(type);
  }
}
