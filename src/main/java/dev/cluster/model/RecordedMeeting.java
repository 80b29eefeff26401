package dev.cluster.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the published rota, {@code history/rota/<YYYY-YY>.csv} (SPEC section 8.1), as written:
 * the meeting exactly as announced. {@code scheduled} is the day an override's {@code date} names;
 * {@code date} the day it takes place; {@code schools} holds each duty's school cell and {@code
 * people} the name of a duty that names a person, with {@code venue} the host's venue; an empty
 * cell is absent (null). {@code year} is the academic year of the file; {@code location} the row
 * (column 1).
 */
public record RecordedMeeting(
    String meeting,
    LocalDate scheduled,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    Map<DutyType, String> schools,
    Map<DutyType, String> people,
    String venue,
    boolean cancelled,
    List<String> notes,
    String uid,
    String year,
    Location location) {
  /**
   * The header of a record file, exactly as SPEC section 8.1 gives it: each duty's {@link
   * DutyType#columns} between the times and {@code cancelled}.
   */
  public static final List<String> HEADER =
      DutyType.header(
          List.of("meeting", "scheduled", "date", "start", "end"),
          List.of("cancelled", "notes", "uid"));

  public RecordedMeeting {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(scheduled, "scheduled");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(uid, "uid");
    schools = DutyMap.copyOf(schools);
    people = DutyMap.people(people, "people");
    notes = List.copyOf(notes);
  }

  /** The school recorded for {@code type}, or null. */
  public String school(DutyType type) {
    return schools.get(type);
  }

  /** The person recorded for {@code type} (by name), or null. */
  public String person(DutyType type) {
    return people.get(type);
  }
}
