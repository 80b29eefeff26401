package dev.cluster.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A one-off change to one meeting of a series, identified by its date as scheduled. Any of {@code
 * chair}/{@code host}/{@code minutes} (school ids), {@code moveTo}, {@code time}, {@code duration}
 * (minutes) and {@code chairPerson}/{@code minutesPerson} ({@code SCHOOL/PERSON-ID}; the school is
 * then also in {@code chair}/{@code minutes}) may be null.
 */
public record RotaOverride(
    String meeting,
    LocalDate date,
    String chair,
    String host,
    String minutes,
    LocalDate moveTo,
    boolean cancel,
    Location location,
    LocalTime time,
    Integer duration,
    String chairPerson,
    String minutesPerson) {
  public RotaOverride {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(date, "date");
  }

  /** An override of duties, date or cancellation only. */
  public RotaOverride(
      String meeting,
      LocalDate date,
      String chair,
      String host,
      String minutes,
      LocalDate moveTo,
      boolean cancel,
      Location location) {
    this(meeting, date, chair, host, minutes, moveTo, cancel, location, null, null, null, null);
  }

  /** The person id part of a {@code SCHOOL/PERSON-ID} reference (null for null). */
  public static String personId(String reference) {
    return reference == null ? null : reference.substring(reference.indexOf('/') + 1);
  }

  /** The school this override names for {@code type}, or null. */
  public String school(DutyType type) {
    return switch (type) {
      case CHAIR -> chair;
      case HOST -> host;
      case MINUTES -> minutes;
    };
  }
}
