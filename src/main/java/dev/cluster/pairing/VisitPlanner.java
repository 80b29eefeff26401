package dev.cluster.pairing;

import dev.cluster.calendar.Dates;
import dev.cluster.calendar.TeachingCalendar;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import dev.cluster.model.Term;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates review visits (SPEC section 11), a pure function of the rounds in the order it is given
 * them (programmes in file order, rounds in order; teams in the order of {@code schools:}): each
 * team gets the earliest start day in its round's term whose {@code days} consecutive teaching days
 * all fall on one of {@code weekdays}, the visited school is open on all of them, none is a day of
 * another dated visit of one of its reviewers, and all are at least 7 days from those reviewers'
 * dated visits; failing that, the earliest without the 7-day rule; failing that, no date, with a
 * warning.
 *
 * <p>"Consecutive teaching days": each day is the next teaching day after the one before with
 * nothing but a weekend between them, so a two-day visit may run Friday to Monday, but never across
 * a bank holiday or a half-term.
 */
final class VisitPlanner {
  /** The least distance in days between two visits of one reviewer, where it can be kept. */
  static final int SPACING = 7;

  private final AcademicYear year;
  private final TeachingCalendar calendar;

  /** Per reviewer ({@code school/person}), the days of their visits dated so far. */
  private final Map<String, List<LocalDate>> busy = new HashMap<>();

  VisitPlanner(Partnership partnership, AcademicYear year) {
    this.year = year;
    this.calendar = TeachingCalendar.of(partnership);
  }

  /**
   * The round with every team dated (unchanged without {@code visit:}); warnings for teams left
   * undated.
   */
  ReviewRound date(ReviewRound round, List<Diagnostic> warnings) {
    ReviewProgramme p = round.programme();
    if (p.visit() == null) {
      return round;
    }
    Term term = year.terms().get((round.round() - 1) * year.terms().size() / p.roundsPerYear());
    List<List<LocalDate>> starts = candidates(term, p.visit());
    List<ReviewTeam> teams = new ArrayList<>();
    for (ReviewTeam team : round.teams()) {
      List<String> reviewers = new ArrayList<>();
      for (Peer peer : team.peers()) {
        reviewers.add(peer.school().id() + "/" + peer.person().id());
      }
      List<LocalDate> visit = pick(starts, team.school(), reviewers, true);
      if (visit == null) {
        visit = pick(starts, team.school(), reviewers, false);
      }
      if (visit == null) {
        warnings.add(
            Diagnostic.warning(
                p.location(),
                "programme `"
                    + p.id()
                    + "`, round "
                    + round.round()
                    + " of "
                    + round.year()
                    + ": no visit date for the team of "
                    + team.school().name()
                    + ": the "
                    + term.name()
                    + " term has no "
                    + days(p.visit().days())
                    + " on "
                    + weekdays(p.visit())
                    + " when "
                    + team.school().name()
                    + " is open and its reviewers have no other visit; the visit is `null`"));
      } else {
        for (String r : reviewers) {
          busy.computeIfAbsent(r, x -> new ArrayList<>()).addAll(visit);
        }
      }
      teams.add(team.withVisit(visit));
    }
    return round.withTeams(teams);
  }

  private List<LocalDate> pick(
      List<List<LocalDate>> starts, School school, List<String> reviewers, boolean spaced) {
    for (List<LocalDate> days : starts) {
      if (open(school, days) && free(reviewers, days, spaced ? SPACING : 1)) {
        return days;
      }
    }
    return null;
  }

  private static boolean open(School school, List<LocalDate> days) {
    for (LocalDate d : days) {
      if (school.isClosedOn(d) || !school.isMemberOn(d)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no day is closer than {@code gap} days to a dated visit of one of the reviewers (1: not
   * the same).
   */
  private boolean free(List<String> reviewers, List<LocalDate> days, int gap) {
    for (String r : reviewers) {
      for (LocalDate e : busy.getOrDefault(r, List.of())) {
        for (LocalDate d : days) {
          if (Math.abs(ChronoUnit.DAYS.between(d, e)) < gap) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Every run of {@code days} consecutive teaching days of the term on the weekdays, by start day.
   */
  private List<List<LocalDate>> candidates(Term term, ReviewProgramme.Visit visit) {
    List<List<LocalDate>> out = new ArrayList<>();
    for (LocalDate d = term.start(); !d.isAfter(term.end()); d = d.plusDays(1)) {
      List<LocalDate> run = run(d, term, visit);
      if (run != null) {
        out.add(List.copyOf(run));
      }
    }
    return out;
  }

  private List<LocalDate> run(LocalDate start, Term term, ReviewProgramme.Visit visit) {
    List<LocalDate> run = new ArrayList<>();
    LocalDate d = start;
    while (true) {
      if (d.isAfter(term.end())
          || !calendar.isTeachingDay(d)
          || !visit.weekdays().contains(d.getDayOfWeek())) {
        return null;
      }
      run.add(d);
      if (run.size() == visit.days()) {
        return run;
      }
      d = d.plusDays(1);
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.plusDays(1);
      }
    }
  }

  private static String days(int n) {
    return n == 1 ? "teaching day" : n + " consecutive teaching days";
  }

  private static String weekdays(ReviewProgramme.Visit visit) {
    List<String> names = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (visit.weekdays().contains(d)) {
        names.add(Dates.weekdayName(d));
      }
    }
    return String.join(", ", names);
  }
}
