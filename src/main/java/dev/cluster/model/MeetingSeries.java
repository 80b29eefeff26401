package dev.cluster.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One meeting series after {@code for-each-year-group} expansion. Exactly one of {@code schedule}
 * and {@code dates} is used: {@code schedule} is null when explicit {@code dates} are given. {@code
 * yearGroup} filters attendees and the chair's role (null: no filter); {@code group} is the id of
 * the {@code for-each-year-group} series it was expanded from, or its own id. {@code order} is the
 * rotation order (already defaulted to schools in file order); {@code start} is the rotation anchor
 * (already defaulted). {@code duties} says how the series gives each duty (every {@link DutyType}
 * is there; only one that {@link DutyType#mayFollowChair} may be {@code chair}). {@code chairRole}
 * given as null becomes the default, the first attendee role ({@link #defaultChairRole}).
 */
public record MeetingSeries(
    String id,
    String title,
    List<String> attendees,
    String yearGroup,
    String group,
    Schedule schedule,
    List<LocalDate> dates,
    LocalTime time,
    int duration,
    Map<DutyType, Duty> duties,
    String chairRole,
    List<String> order,
    LocalDate start,
    List<String> standingItems,
    Location location) {
  public MeetingSeries {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(time, "time");
    duties = DutyMap.complete(duties, "duties");
    Objects.requireNonNull(start, "start");
    attendees = List.copyOf(attendees);
    dates = List.copyOf(dates);
    order = List.copyOf(order);
    standingItems = List.copyOf(standingItems);
    group = group == null ? id : group;
    chairRole = chairRole != null ? chairRole : defaultChairRole(attendees);
    for (DutyType t : DutyType.values()) {
      if (duties.get(t).kind() == Duty.Kind.CHAIR && !t.mayFollowChair()) {
        throw new IllegalArgumentException(
            "only a duty that may follow the chair (the host) may be 'chair', not the " + t.key());
      }
    }
  }

  /** The {@code chair-role} of a series that does not name one: its first attendee role. */
  public static String defaultChairRole(List<String> attendees) {
    return attendees.isEmpty() ? "headteacher" : attendees.get(0);
  }

  /**
   * Who attends, in words: its attendee roles and year group, as {@code headteacher}, {@code
   * teacher (Y4)} or {@code headteacher, deputy-head}.
   */
  public String whoAttends() {
    String roles = String.join(", ", attendees);
    return yearGroup == null ? roles : roles + " (" + yearGroup + ")";
  }

  /** How this series gives {@code type}. */
  public Duty duty(DutyType type) {
    return duties.get(type);
  }

  /** Whether the series has any duty at all (one that is not {@code none}). */
  public boolean hasDuties() {
    for (DutyType t : DutyType.values()) {
      if (duty(t).kind() != Duty.Kind.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The end time: start plus duration. */
  public LocalTime end() {
    return time.plusMinutes(duration);
  }
}
