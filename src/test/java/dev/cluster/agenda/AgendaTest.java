package dev.cluster.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.UsageException;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.Meetings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which meeting an agenda is for, and the usage errors that name what the partnership has. */
class AgendaTest {
  final Partnership p = AgendaViewTest.partnership();
  final MeetingSeries heads = p.meetings().get(0);
  final List<ScheduledMeeting> meetings =
      List.of(
          Meetings.meeting(p, heads, LocalDate.of(2026, 9, 15), "fleet", "fleet", "rhyl"),
          Meetings.cancelled(
              Meetings.meeting(p, heads, LocalDate.of(2026, 11, 17), "rhyl", "rhyl", "netley")),
          Meetings.moved(
              Meetings.meeting(p, heads, LocalDate.of(2027, 1, 19), "netley", "netley", "fleet"),
              LocalDate.of(2027, 1, 26)));

  @Test
  void nextIsTheFirstMeetingOnOrAfterTodayThatIsNotCancelled() {
    assertThat(Agenda.next(heads, meetings, LocalDate.of(2026, 9, 15))).isZero();
    assertThat(Agenda.next(heads, meetings, LocalDate.of(2026, 9, 16))).isEqualTo(2);
  }

  @Test
  void aDateFindsTheMeetingOnItOrTheDayItWasMovedFrom() {
    assertThat(Agenda.on(heads, meetings, LocalDate.of(2026, 11, 17))).isEqualTo(1);
    assertThat(Agenda.on(heads, meetings, LocalDate.of(2027, 1, 26))).isEqualTo(2);
    assertThat(Agenda.on(heads, meetings, LocalDate.of(2027, 1, 19))).isEqualTo(2);
  }

  @Test
  void aDateWithNoMeetingNamesTheNearestOnes() {
    assertThatThrownBy(() -> Agenda.on(heads, meetings, LocalDate.of(2026, 10, 1)))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "meeting `heads` has no meeting on 2026-10-01; the nearest are 2026-09-15 and 2026-11-17");
    assertThatThrownBy(() -> Agenda.on(heads, meetings, LocalDate.of(2027, 5, 1)))
        .hasMessage("meeting `heads` has no meeting on 2027-05-01; the nearest is 2027-01-26");
  }

  @Test
  void afterTheLastMeetingThereIsNoNext() {
    assertThatThrownBy(() -> Agenda.next(heads, meetings, LocalDate.of(2027, 2, 1)))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no meeting on or after 2027-02-01; its last was on 2027-01-26");
  }

  @Test
  void anUnknownOrGroupMeetingIdNamesTheSeries() {
    assertThatThrownBy(() -> Agenda.series(p, "hedas"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown meeting `hedas`; the meetings are: heads");
  }
}
