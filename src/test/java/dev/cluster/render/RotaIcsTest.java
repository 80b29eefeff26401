package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Partnership;
import dev.cluster.rota.MeetingUid;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.RandomPartnership;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.LongStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The .ics output read back by ical4j: every event, UID, time and status survives the round trip.
 */
class RotaIcsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyEventUidAndTimeRoundTrips(long seed) throws Exception {
    Partnership p = RandomPartnership.generate(seed, false);
    Rota rota =
        new RotaPlanner(p).plan(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), List.of());
    String ics = RotaIcs.render(p, rota, LocalDate.of(2026, 11, 23));

    for (String line : ics.split("\r\n", -1)) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length)
          .as("seed %d: %s", seed, line)
          .isLessThanOrEqualTo(75);
      assertThat(line).as("seed %d", seed).doesNotContain("\n");
    }
    assertThat(ics)
        .as("seed %d", seed)
        .endsWith("END:VCALENDAR\r\n")
        .contains("DTSTAMP:20261123T000000Z");

    Calendar back = new CalendarBuilder().build(new StringReader(ics));
    var validation = back.validate();
    assertThat(validation.hasErrors()).as("seed %d: %s", seed, validation.getEntries()).isFalse();
    List<VEvent> events = back.getComponents("VEVENT");
    assertThat(events).as("seed %d", seed).hasSameSizeAs(rota.meetings());
    for (int i = 0; i < events.size(); i++) {
      VEvent e = events.get(i);
      ScheduledMeeting m = rota.meetings().get(i);
      assertThat(e.getUid().get().getValue())
          .as("seed %d", seed)
          .isEqualTo(MeetingUid.of(p.id(), m));
      assertThat(local(e.getStartDate().get().getDate()))
          .as("seed %d: %s", seed, MeetingUid.of(p.id(), m))
          .isEqualTo(ZonedDateTime.of(m.date(), m.start(), LONDON).toOffsetDateTime());
      assertThat(local(e.getEndDate().get().getDate()))
          .as("seed %d: %s", seed, MeetingUid.of(p.id(), m))
          .isEqualTo(ZonedDateTime.of(m.date(), m.end(), LONDON).toOffsetDateTime());
      assertThat(e.getProperty("STATUS").get().getValue())
          .isEqualTo(m.cancelled() ? "CANCELLED" : "CONFIRMED");
      if (m.host() != null) {
        assertThat(e.getProperty("LOCATION").get().getValue()).isEqualTo(m.host().school().venue());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Europe/London",
        "America/New_York",
        "Australia/Sydney",
        "UTC",
        "Asia/Kolkata",
        "Europe/Dublin"
      })
  void theVtimezoneGivesEveryMeetingItsOffsetInAnyZone(String zoneId) throws Exception {
    ZoneId zone = ZoneId.of(zoneId);
    Partnership p = RandomPartnership.generate(3, true);
    Rota rota =
        new RotaPlanner(p).plan(LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), List.of());
    Calendar back =
        new CalendarBuilder()
            .build(
                new StringReader(
                    RotaIcs.render(p.name(), p.id(), zone, rota, LocalDate.of(2026, 11, 23))));
    List<VEvent> events = back.getComponents("VEVENT");
    assertThat(events).hasSameSizeAs(rota.meetings()).isNotEmpty();
    for (int i = 0; i < events.size(); i++) {
      ScheduledMeeting m = rota.meetings().get(i);
      assertThat(local(events.get(i).getStartDate().get().getDate()))
          .as("%s %s", zoneId, m.date())
          .isEqualTo(ZonedDateTime.of(m.date(), m.start(), zone).toOffsetDateTime());
    }
  }

  private static OffsetDateTime local(Temporal t) {
    return ((ZonedDateTime) t).toOffsetDateTime();
  }
}
