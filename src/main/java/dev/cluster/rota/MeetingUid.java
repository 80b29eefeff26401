package dev.cluster.rota;

import dev.cluster.model.IsoDate;
import java.time.LocalDate;

/**
 * The iCalendar UID of a meeting (SPEC section 9): {@code <meeting>-<YYYYMMDD nominal
 * day>@<partnership id>.cluster}. The nominal day is the scheduled day before any move, so a moved
 * meeting is updated in a calendar, not duplicated; the partnership id keeps two partnerships'
 * meetings apart in one calendar. The published rota (history/rota/*.csv) matches its rows to
 * computed meetings by this value.
 */
public final class MeetingUid {
  private MeetingUid() {}

  /** The UID of the meeting of {@code series} whose nominal day is {@code scheduled}. */
  public static String of(String partnershipId, String series, LocalDate scheduled) {
    return series + "-" + IsoDate.formatBasic(scheduled) + "@" + partnershipId + ".cluster";
  }

  /** The UID of a planned meeting; a recorded meeting keeps the UID it was recorded with. */
  public static String of(String partnershipId, ScheduledMeeting m) {
    return m.uid() != null ? m.uid() : of(partnershipId, m.series().id(), m.scheduled());
  }
}
