package dev.cluster.report;

import dev.cluster.calendar.Dates;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.pairing.PairingPlanner;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.render.Mermaid;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's Mermaid gantt chart of the year's meetings and review rounds, as template variables.
 */
final class GanttView {
  private final Partnership p;
  private final AcademicYear year;
  private final LocalDate today;

  /**
   * The chart: {@code title}, {@code sections} and {@code hasSections}. Every text is escaped for
   * Mermaid, so it is inserted with triple braces inside the fenced block.
   */
  public record Chart(String title, List<Section> sections, boolean hasSections) {}

  /**
   * A section of the chart (a meeting series or a review programme): {@code name}, {@code tasks}.
   */
  public record Section(String name, List<Task> tasks) {}

  /**
   * A bar: {@code title}, {@code id}, {@code tags} ("done, " when it is over before today, else
   * empty), {@code start} (ISO date) and {@code duration} ("1d").
   */
  public record Task(String title, String id, String tags, String start, String duration) {}

  GanttView(Partnership p, AcademicYear year, LocalDate today) {
    this.p = p;
    this.year = year;
    this.today = today;
  }

  /**
   * The chart: a section per meeting series (its meetings not cancelled) and per review programme
   * (its rounds and dated visits) that has something this year.
   */
  Chart of(Rota rota, List<ReviewResult> reviews) {
    List<Section> sections = new ArrayList<>();
    int id = 0;
    for (MeetingSeries s : p.meetings()) {
      List<Task> tasks = new ArrayList<>();
      for (ScheduledMeeting m : rota.meetings()) {
        if (m.series().id().equals(s.id()) && !m.cancelled()) {
          String title =
              m.host() != null
                  ? m.host().placeName()
                  : m.chair() != null ? m.chair().school().name() : Dates.shortDate(m.date());
          tasks.add(
              task(title, "m" + (++id), m.date().isBefore(today) ? "done, " : "", m.date(), 1));
        }
      }
      if (!tasks.isEmpty()) {
        sections.add(new Section(Mermaid.text(s.title()), tasks));
      }
    }
    int rid = 0;
    for (ReviewResult r : reviews) {
      List<Task> tasks = new ArrayList<>();
      int rounds = r.programme().roundsPerYear();
      for (ReviewRound round : r.rounds()) {
        LocalDate start = PairingPlanner.firstDay(r.programme(), year, round.round());
        LocalDate end =
            round.round() < rounds
                ? PairingPlanner.firstDay(r.programme(), year, round.round() + 1).minusDays(1)
                : year.end();
        if (end.isBefore(start)) {
          end = start;
        }
        tasks.add(
            task(
                "Round " + round.round(),
                "r" + (++rid),
                end.isBefore(today) ? "done, " : "",
                start,
                (int) ChronoUnit.DAYS.between(start, end) + 1));
        // SPEC section 11: the dated visits of the round, each from its first to its last day
        for (var team : round.teams()) {
          List<LocalDate> visit = team.visit();
          if (visit != null && !visit.isEmpty()) {
            LocalDate last = visit.get(visit.size() - 1);
            tasks.add(
                task(
                    "Visit " + team.school().name(),
                    "v" + (++rid),
                    last.isBefore(today) ? "done, " : "",
                    visit.get(0),
                    (int) ChronoUnit.DAYS.between(visit.get(0), last) + 1));
          }
        }
      }
      if (!tasks.isEmpty()) {
        sections.add(new Section(Mermaid.text(r.programme().title()), tasks));
      }
    }
    return new Chart(Mermaid.text(p.name() + " " + year.name()), sections, !sections.isEmpty());
  }

  private static Task task(String title, String id, String tags, LocalDate start, int days) {
    return new Task(Mermaid.text(title), id, tags, start.toString(), days + "d");
  }
}
