package dev.cluster.bench;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Duty;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.Person;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.render.RotaCsv;
import dev.cluster.render.RotaIcs;
import dev.cluster.render.RotaJson;
import dev.cluster.render.RotaMarkdown;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.testing.ModelBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rota at scale (run by {@code bench/rota-large.sh}, not a test): 500 schools with 50 staff
 * each (25,000), ten series of every schedule kind over three academic years; prints how long a
 * year's rota takes, from a fresh planner (bank holidays, placement and rotation from the series'
 * start) to CSV text.
 */
public final class LargeRotaBenchmark {
  private LargeRotaBenchmark() {}

  /** Builds the partnership in code (the loader is not what is measured here). */
  static Partnership partnership(int schoolCount, int staffPerSchool) {
    List<AcademicYear> years =
        List.of(
            ModelBuilder.year2026(),
            ModelBuilder.year("2027-28", LocalDate.of(2027, 9, 1), List.of()),
            ModelBuilder.year("2028-29", LocalDate.of(2028, 9, 4), List.of()));
    List<School> schools = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String[] roles = {"headteacher", "deputy-head", "sendco", "business-manager", "governor"};
    String[] groups = {"FS", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6"};
    for (int s = 0; s < schoolCount; s++) {
      String id = "school-" + s;
      ids.add(id);
      List<Person> staff = new ArrayList<>();
      for (int p = 0; p < staffPerSchool; p++) {
        String role = p < roles.length ? roles[p] : "teacher";
        String group = p < roles.length ? null : groups[p % groups.length];
        staff.add(
            new Person(
                id + "-" + p,
                "Person " + p + " of " + id,
                List.of(role),
                null,
                group,
                List.of(),
                List.of(),
                p + 2));
      }
      School school = ModelBuilder.school(id, staff);
      if (s % 7 == 0) {
        school =
            ModelBuilder.closed(
                school, LocalDate.of(2026, 11, 13 + s % 5), LocalDate.of(2027, 3, 1 + s % 20));
      }
      if (s % 50 == 1) {
        school = ModelBuilder.member(school, LocalDate.of(2027, 1, 1), null);
      }
      schools.add(school);
    }
    Period[] per = {Period.HALF_TERM, Period.TERM, Period.MONTH, Period.YEAR};
    List<MeetingSeries> meetings = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Schedule schedule =
          new Schedule(per[i % per.length], List.of(1 + i % 3), DayOfWeek.of(1 + i % 5), null);
      String role = i < 5 ? roles[i] : "teacher";
      String group = i < 5 ? null : groups[i % groups.length];
      meetings.add(
          new MeetingSeries(
              "series-" + i,
              "Series " + i,
              List.of(role),
              group,
              "series-" + i,
              schedule,
              List.of(),
              LocalTime.of(9, 0),
              90,
              ModelBuilder.duties(Duty.ROTATE, i % 2 == 0 ? Duty.CHAIR : Duty.ROTATE, Duty.ROTATE),
              role,
              ids,
              LocalDate.of(2026, 9, 1),
              List.of(),
              ModelBuilder.HERE));
    }
    return ModelBuilder.partnership(years, schools, meetings, List.of());
  }

  /** Prints the median of five timed runs of a year's rota in each format, after one cold run. */
  public static void main(String[] args) {
    for (boolean across : new boolean[] {false, true}) {
      Partnership p = partnership(500, 50);
      if (across) {
        p = p.withFairness(new dev.cluster.model.Fairness(true, List.of()));
      }
      System.out.println("balance: " + (across ? "across-series" : "per-series"));
      measure(p);
    }
  }

  private static void measure(Partnership p) {
    LocalDate from = LocalDate.of(2027, 9, 1);
    LocalDate to = LocalDate.of(2028, 7, 21);
    Map<String, Function<Partnership, String>> formats = new LinkedHashMap<>();
    formats.put(
        "markdown",
        q -> {
          RotaPlanner planner = new RotaPlanner(q);
          return RotaMarkdown.render(
              q.name(),
              "2027-28",
              planner.plan(from, to, List.of()),
              planner.select(List.of()),
              planner.ledger(from, to, List.of()));
        });
    formats.put("csv", q -> RotaCsv.render(new RotaPlanner(q).plan(from, to, List.of())));
    formats.put(
        "json", q -> RotaJson.render(q.name(), new RotaPlanner(q).plan(from, to, List.of())));
    formats.put(
        "ics",
        q ->
            RotaIcs.render(
                q, new RotaPlanner(q).plan(from, to, List.of()), LocalDate.of(2027, 9, 1)));
    int meetings = new RotaPlanner(p).plan(from, to, List.of()).meetings().size();
    System.out.printf(
        "500 schools, %d staff, 10 series over 3 academic years; the year 2027-28 has %d meetings%n",
        500 * 50, meetings);
    for (var f : formats.entrySet()) {
      List<Long> times = new ArrayList<>();
      long cold = 0;
      for (int run = 0; run < 6; run++) {
        long t = System.nanoTime();
        String out = f.getValue().apply(p);
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (out.isEmpty()) {
          throw new IllegalStateException("no output");
        }
        if (run == 0) {
          cold = ms;
        } else {
          times.add(ms);
        }
      }
      times.sort(null);
      System.out.printf(
          "  a year's rota as %-8s first run %4d ms, then median %3d ms (planning from a fresh"
              + " planner included)%n",
          f.getKey(), cold, times.get(times.size() / 2));
    }
  }
}
