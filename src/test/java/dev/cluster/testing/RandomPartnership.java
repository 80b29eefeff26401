package dev.cluster.testing;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Duty;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.RotaOverride;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random partnerships for property tests: 3–12 schools over two academic years, several
 * meeting series of every schedule kind and, unless asked for a clean one, joins, leaves, school
 * closures and overrides. The same seed always gives the same partnership, so a failure can be
 * replayed from its seed.
 */
public final class RandomPartnership {
  private static final Period[] PERIODS = Period.values();
  private static final int[] WEEKS = {1, 2, 3, 4, -1, -2, -3};

  private RandomPartnership() {}

  /** The two academic years every generated partnership has. */
  public static List<AcademicYear> years() {
    return List.of(
        ModelBuilder.year2026(), ModelBuilder.year("2027-28", LocalDate.of(2027, 9, 1), List.of()));
  }

  /**
   * A partnership from {@code seed}; {@code clean} leaves out everything that may legitimately
   * unbalance a rotation (closures, overrides, joins and leaves).
   */
  public static Partnership generate(long seed, boolean clean) {
    Random rnd = new Random(seed);
    List<AcademicYear> years = years();
    LocalDate first = years.get(0).start();
    LocalDate last = years.get(years.size() - 1).end();
    int days = (int) (last.toEpochDay() - first.toEpochDay());
    int n = 3 + rnd.nextInt(10);
    List<School> schools = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "s" + (i + 1);
      ids.add(id);
      School s = ModelBuilder.school(id);
      if (!clean) {
        if (rnd.nextInt(4) == 0) {
          s = ModelBuilder.member(s, first.plusDays(rnd.nextInt(days)), null);
        } else if (rnd.nextInt(5) == 0) {
          s = ModelBuilder.member(s, null, first.plusDays(rnd.nextInt(days)));
        }
        int closures = rnd.nextInt(8);
        for (int c = 0; c < closures; c++) {
          s = ModelBuilder.closed(s, first.plusDays(rnd.nextInt(days)));
        }
      }
      schools.add(s);
    }
    List<MeetingSeries> meetings = new ArrayList<>();
    int seriesCount = 1 + rnd.nextInt(4);
    for (int i = 0; i < seriesCount; i++) {
      Period per = PERIODS[rnd.nextInt(PERIODS.length)];
      List<Integer> weeks = new ArrayList<>(List.of(WEEKS[rnd.nextInt(WEEKS.length)]));
      if (per != Period.MONTH && rnd.nextBoolean()) {
        int w = WEEKS[rnd.nextInt(WEEKS.length)];
        if (!weeks.contains(w)) {
          weeks.add(w);
        }
      }
      String term = per == Period.YEAR && rnd.nextBoolean() ? "summer" : null;
      Schedule schedule = new Schedule(per, weeks, DayOfWeek.of(1 + rnd.nextInt(5)), term);
      List<String> order = new ArrayList<>(ids);
      java.util.Collections.shuffle(order, rnd);
      // The first series always rotates its chair and minute-taker, so that every draw has
      // rotations to check.
      Duty chair = rnd.nextInt(5) == 0 && i > 0 ? Duty.fixed(order.get(0)) : Duty.ROTATE;
      Duty host =
          switch (rnd.nextInt(4)) {
            case 0 -> Duty.ROTATE;
            case 1 -> Duty.fixed(order.get(rnd.nextInt(order.size())));
            default -> Duty.CHAIR;
          };
      Duty minutes = rnd.nextBoolean() || i == 0 ? Duty.ROTATE : Duty.NONE;
      String id = "m" + (i + 1);
      MeetingSeries s =
          new MeetingSeries(
              id,
              "Meeting " + id,
              List.of("headteacher"),
              null,
              id,
              schedule,
              List.of(),
              LocalTime.of(9 + i, rnd.nextBoolean() ? 0 : 30),
              60 + 15 * rnd.nextInt(5),
              ModelBuilder.duties(chair, host, minutes),
              "headteacher",
              order,
              first,
              List.of(),
              ModelBuilder.HERE);
      meetings.add(s);
    }
    List<RotaOverride> overrides = new ArrayList<>();
    Partnership p = ModelBuilder.partnership(years, schools, meetings, List.of());
    if (clean) {
      return p;
    }
    // Overrides on real meetings: plan once without them, then pick some of their dates.
    var planned = new dev.cluster.rota.RotaPlanner(p).plan(first, last, List.of()).meetings();
    int count = planned.isEmpty() ? 0 : rnd.nextInt(6);
    for (int i = 0; i < count; i++) {
      var m = planned.get(rnd.nextInt(planned.size()));
      String school = ids.get(rnd.nextInt(ids.size()));
      switch (rnd.nextInt(4)) {
        case 0 ->
            overrides.add(
                ModelBuilder.override(m.series().id(), m.date(), school, null, null, null, false));
        case 1 ->
            overrides.add(
                ModelBuilder.override(
                    m.series().id(),
                    m.date(),
                    null,
                    null,
                    null,
                    m.date().plusDays(1 + rnd.nextInt(20)),
                    false));
        case 2 ->
            overrides.add(
                ModelBuilder.override(m.series().id(), m.date(), null, null, null, null, true));
        default ->
            overrides.add(
                ModelBuilder.override(m.series().id(), m.date(), null, null, school, null, false));
      }
    }
    return ModelBuilder.partnership(years, schools, meetings, overrides);
  }

  /**
   * {@code p} with people away: some schools get a second headteacher (so a duty can pass to the
   * school's other person), and 1-12 chairs or minute-takers of the rota as it was are away around
   * a day they would serve, from {@code seed}.
   */
  public static Partnership withAbsences(Partnership p, long seed, boolean acrossSeries) {
    Random rnd = new Random(seed * 31 + 7);
    LocalDate first = p.calendar().get(0).start();
    int days =
        (int) (p.calendar().get(p.calendar().size() - 1).end().toEpochDay() - first.toEpochDay());
    List<School> schools = new ArrayList<>();
    for (School s : p.schools()) {
      if (rnd.nextInt(3) == 0) {
        List<dev.cluster.model.Person> staff = new ArrayList<>(s.staff());
        staff.add(
            1, ModelBuilder.person(s.id() + "-cohead", "Co-head of " + s.id(), "headteacher"));
        s =
            new School(
                s.id(),
                s.name(),
                s.address(),
                s.roster(),
                s.joined(),
                s.left(),
                s.closures(),
                s.focus(),
                s.externalReviewer(),
                staff,
                s.location());
      }
      schools.add(s);
    }
    // Away on days they would serve: the chairs and minute-takers of meetings of the rota as it is.
    var planned =
        new dev.cluster.rota.RotaPlanner(p)
            .plan(first, first.plusDays(days), List.of()).meetings().stream()
                .filter(m -> m.chair() != null && m.chair().person() != null)
                .toList();
    List<dev.cluster.model.Absence> away = new ArrayList<>();
    int count = planned.isEmpty() ? 0 : 1 + rnd.nextInt(12);
    for (int i = 0; i < count; i++) {
      var m = planned.get(rnd.nextInt(planned.size()));
      var duty =
          m.minutes() != null && m.minutes().person() != null && rnd.nextBoolean()
              ? m.minutes()
              : m.chair();
      LocalDate from = m.date().minusDays(rnd.nextInt(20));
      away.add(
          new dev.cluster.model.Absence(
              duty.school().id(),
              duty.person().id(),
              from,
              m.date().plusDays(rnd.nextInt(60)),
              "leave",
              ModelBuilder.HERE));
    }
    return ModelBuilder.partnership(p.calendar(), schools, p.meetings(), p.overrides())
        .withFairness(new dev.cluster.model.Fairness(acrossSeries, away));
  }
}
