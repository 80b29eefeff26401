package dev.cluster.rota;

import dev.cluster.model.DutyMap;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One meeting of a series as planned. {@code scheduled} is its nominal day: the schedule's weekday
 * of the chosen teaching week (or the explicit date), before any move; the iCalendar UID derives
 * from it, so a moved meeting keeps its identity. {@code date} is where it actually falls. (An
 * override names the day the meeting falls on before its own {@code move-to}: that is {@code
 * scheduled}, or the day a teaching-day move chose.) {@code duties} says who does each duty; a duty
 * the series does not have, a duty nobody could take, and every duty of a cancelled meeting is
 * absent from it. {@code named} is the day an override's {@code date} names (SPEC section 8.1's
 * {@code scheduled} column). A meeting of the published rota (SPEC section 8.1) carries its
 * recorded {@code startTime}, {@code endTime} and {@code uid}; a computed meeting has them null
 * (the series' times, {@link MeetingUid}). {@code sequence} is the number of {@code overrides}
 * entries that name the meeting (iCalendar SEQUENCE).
 */
public record ScheduledMeeting(
    MeetingSeries series,
    LocalDate date,
    LocalDate scheduled,
    Map<DutyType, Assignment> duties,
    boolean cancelled,
    List<String> notes,
    LocalDate named,
    LocalTime startTime,
    LocalTime endTime,
    String uid,
    int sequence) {
  /** A meeting no override names. */
  public ScheduledMeeting(
      MeetingSeries series,
      LocalDate date,
      LocalDate scheduled,
      Map<DutyType, Assignment> duties,
      boolean cancelled,
      List<String> notes,
      LocalDate named,
      LocalTime startTime,
      LocalTime endTime,
      String uid) {
    this(series, date, scheduled, duties, cancelled, notes, named, startTime, endTime, uid, 0);
  }

  public ScheduledMeeting {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scheduled, "scheduled");
    duties = DutyMap.copyOf(duties);
    notes = List.copyOf(notes);
    named = named == null ? scheduled : named;
  }

  /** A computed meeting whose override day is its nominal day. */
  public ScheduledMeeting(
      MeetingSeries series,
      LocalDate date,
      LocalDate scheduled,
      Map<DutyType, Assignment> duties,
      boolean cancelled,
      List<String> notes) {
    this(series, date, scheduled, duties, cancelled, notes, null, null, null, null, 0);
  }

  /**
   * Whether something dated {@code day} (an agenda item, an override) names this meeting: its date,
   * or the day it was scheduled for when it has moved.
   */
  public boolean answersTo(LocalDate day) {
    return day.equals(date) || day.equals(scheduled);
  }

  /** Whether this meeting comes from the published rota. */
  public boolean recorded() {
    return uid != null;
  }

  /** Who does {@code type} at this meeting, or null. */
  public Assignment duty(DutyType type) {
    return duties.get(type);
  }

  /** Who chairs, or null: {@code duty(CHAIR)}, for what names the chair in particular. */
  public Assignment chair() {
    return duty(DutyType.CHAIR);
  }

  /** Who hosts (a school or a venue), or null: {@code duty(HOST)}, which says where it is held. */
  public Assignment host() {
    return duty(DutyType.HOST);
  }

  /** Who takes the minutes, or null: {@code duty(MINUTES)}. */
  public Assignment minutes() {
    return duty(DutyType.MINUTES);
  }

  public LocalTime start() {
    return startTime != null ? startTime : series.time();
  }

  /** The length in minutes (an override's {@code duration:}, else the series'). */
  public int length() {
    return (int) java.time.Duration.between(start(), end()).toMinutes();
  }

  public LocalTime end() {
    return endTime != null
        ? endTime
        : startTime != null
            ? startTime.plusMinutes(
                java.time.Duration.between(series.time(), series.end()).toMinutes())
            : series.end();
  }
}
