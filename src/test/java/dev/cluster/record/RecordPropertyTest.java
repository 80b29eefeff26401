package dev.cluster.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.rota.MeetingUid;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.ModelBuilder;
import dev.cluster.testing.RandomPartnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SPEC section 8.1 over generated partnerships: once autumn 2026 is recorded, a new head, a
 * reordered rotation, a changed schedule and a new closure leave every recorded meeting as it was,
 * and the meetings after the record follow section 5 from the recorded counts.
 */
class RecordPropertyTest {
  private static final LocalDate AUTUMN_END = LocalDate.of(2026, 12, 18);
  private static final LocalDate YEAR_END = LocalDate.of(2027, 7, 21);

  @Test
  void recordedMeetingsSurviveEditsAndTheRotationContinuesFromThem() {
    for (long seed = 1; seed <= 60; seed++) {
      Partnership before = RandomPartnership.generate(seed, true);
      LocalDate start = before.calendar().get(0).start();
      List<ScheduledMeeting> autumn =
          new RotaPlanner(before).plan(start, AUTUMN_END, List.of()).meetings();
      List<RecordedMeeting> rows = new ArrayList<>();
      for (ScheduledMeeting m : autumn) {
        rows.add(row(before.id(), m));
      }
      Partnership after = edited(before, new Random(seed)).withRecord(rows, List.of());
      RotaPlanner planner = new RotaPlanner(after);
      List<ScheduledMeeting> now = planner.plan(start, YEAR_END, List.of()).meetings();
      List<List<String>> recordedNow =
          now.stream().filter(ScheduledMeeting::recorded).map(m -> cells(after.id(), m)).toList();
      assertThat(recordedNow)
          .as("seed %d: autumn as recorded", seed)
          .isEqualTo(autumn.stream().map(m -> cells(before.id(), m)).toList());
      Map<String, LocalDate> latest = new HashMap<>();
      rows.forEach(r -> latest.merge(r.meeting(), r.date(), (a, b) -> a.isAfter(b) ? a : b));
      for (ScheduledMeeting m : now) {
        LocalDate end = latest.get(m.series().id());
        assertThat(m.recorded() || end == null || m.date().isAfter(end))
            .as(
                "seed %d: %s on %s is computed but the record of the series runs to %s",
                seed, m.series().id(), m.date(), end)
            .isTrue();
      }
      for (MeetingSeries s : after.meetings()) {
        if (s.duty(DutyType.CHAIR).kind() == Duty.Kind.ROTATE) {
          checkRotation(seed, after, s, now);
        }
      }
    }
  }

  /** Section 5's rule for the chair, counted from the first recorded meeting on. */
  private static void checkRotation(
      long seed, Partnership p, MeetingSeries s, List<ScheduledMeeting> all) {
    Map<String, Integer> counts = new HashMap<>();
    String last = null;
    for (ScheduledMeeting m : all) {
      if (!m.series().id().equals(s.id()) || m.cancelled() || m.chair() == null) {
        continue;
      }
      String chosen = m.chair().school().id();
      if (m.date().isAfter(AUTUMN_END)) {
        List<String> eligible = new ArrayList<>();
        for (String id : s.order()) {
          School school = p.school(id).orElseThrow();
          boolean open =
              s.duty(DutyType.HOST).kind() != Duty.Kind.CHAIR || !school.isClosedOn(m.date());
          if (open && school.first(s.chairRole(), s.yearGroup()).isPresent()) {
            eligible.add(id);
          }
        }
        int min = eligible.stream().mapToInt(id -> counts.getOrDefault(id, 0)).min().orElseThrow();
        int from = last == null ? 0 : s.order().indexOf(last) + 1;
        String expected = null;
        for (int i = 0; i < s.order().size() && expected == null; i++) {
          String id = s.order().get((from + i) % s.order().size());
          if (eligible.contains(id) && counts.getOrDefault(id, 0) == min) {
            expected = id;
          }
        }
        assertThat(chosen)
            .as(
                "seed %d: chair of %s on %s (counts %s, last %s)",
                seed, s.id(), m.date(), counts, last)
            .isEqualTo(expected);
      }
      counts.merge(chosen, 1, Integer::sum);
      last = chosen;
    }
  }

  /**
   * A new head at every school, each series' order reversed, its weekday moved, one closure per
   * school.
   */
  private static Partnership edited(Partnership p, Random rnd) {
    List<School> schools = new ArrayList<>();
    for (School s : p.schools()) {
      List<Person> staff = new ArrayList<>(s.staff());
      staff.add(
          0, ModelBuilder.person(s.id() + "-acting", "Acting Head of " + s.id(), "headteacher"));
      School changed = ModelBuilder.school(s.id(), staff);
      schools.add(
          ModelBuilder.closed(
              changed,
              AUTUMN_END.minusDays(rnd.nextInt(90)),
              AUTUMN_END.plusDays(20 + rnd.nextInt(150))));
    }
    List<MeetingSeries> meetings = new ArrayList<>();
    for (MeetingSeries m : p.meetings()) {
      List<String> order = new ArrayList<>(m.order());
      Collections.reverse(order);
      Schedule sc = m.schedule();
      Schedule moved =
          sc == null
              ? null
              : new Schedule(
                  sc.per(),
                  sc.weeks(),
                  sc.weekday().plus(1).getValue() > 5
                      ? java.time.DayOfWeek.MONDAY
                      : sc.weekday().plus(1),
                  sc.term());
      meetings.add(
          new MeetingSeries(
              m.id(),
              m.title(),
              m.attendees(),
              m.yearGroup(),
              m.group(),
              moved,
              m.dates(),
              m.time(),
              m.duration(),
              m.duties(),
              m.chairRole(),
              order,
              m.start(),
              m.standingItems(),
              m.location()));
    }
    return ModelBuilder.partnership(p.calendar(), schools, meetings, p.overrides());
  }

  static RecordedMeeting row(String partnershipId, ScheduledMeeting m) {
    return new RecordedMeeting(
        m.series().id(),
        m.named(),
        m.date(),
        m.start(),
        m.end(),
        ModelBuilder.duties(school(m.chair()), school(m.host()), school(m.minutes())),
        ModelBuilder.duties(person(m.chair()), null, person(m.minutes())),
        m.host() == null ? null : m.host().school().venue(),
        m.cancelled(),
        m.notes(),
        MeetingUid.of(partnershipId, m),
        "2026-27",
        ModelBuilder.HERE);
  }

  /** What every format shows of a meeting. */
  static List<String> cells(String partnershipId, ScheduledMeeting m) {
    return java.util.Arrays.asList(
        m.series().id(),
        m.date().toString(),
        m.start().toString(),
        m.end().toString(),
        school(m.chair()),
        person(m.chair()),
        school(m.host()),
        m.host() == null ? null : m.host().school().venue(),
        school(m.minutes()),
        person(m.minutes()),
        Boolean.toString(m.cancelled()),
        String.join("; ", m.notes()),
        MeetingUid.of(partnershipId, m));
  }

  private static String school(dev.cluster.rota.Assignment a) {
    return a == null ? null : a.school().id();
  }

  private static String person(dev.cluster.rota.Assignment a) {
    return a == null || a.person() == null ? null : a.person().name();
  }
}
