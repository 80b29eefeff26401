package dev.cluster.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One row of the published rota, {@code history/rota/<YYYY-YY>.csv} (SPEC section 8.1), as written:
 * the meeting exactly as announced. {@code scheduled} is the day an override's {@code date} names;
 * {@code date} the day it takes place; school cells and names may be empty (null). {@code year} is
 * the academic year of the file; {@code location} the row (column 1).
 */
public record RecordedMeeting(
    String meeting,
    LocalDate scheduled,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String chairSchool,
    String chair,
    String hostSchool,
    String venue,
    String minutesSchool,
    String minutes,
    boolean cancelled,
    List<String> notes,
    String uid,
    String year,
    Location location) {
  /** The header of a record file, exactly as SPEC section 8.1 gives it. */
  public static final List<String> HEADER =
      List.of(
          "meeting",
          "scheduled",
          "date",
          "start",
          "end",
          "chair-school",
          "chair",
          "host-school",
          "venue",
          "minutes-school",
          "minutes",
          "cancelled",
          "notes",
          "uid");

  public RecordedMeeting {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(scheduled, "scheduled");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(uid, "uid");
    notes = List.copyOf(notes);
  }

  /** The school recorded for {@code type}, or null. */
  public String school(DutyType type) {
    return switch (type) {
      case CHAIR -> chairSchool;
      case HOST -> hostSchool;
      case MINUTES -> minutesSchool;
    };
  }
}
