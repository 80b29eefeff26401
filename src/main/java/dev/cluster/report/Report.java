package dev.cluster.report;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.InfeasibleException;
import dev.cluster.model.Location;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.UsageException;
import dev.cluster.pairing.PairingPlanner;
import dev.cluster.pairing.Pairings;
import dev.cluster.rota.DutyLedger;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.RotaWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The partnership's report for one academic year: plans the year's rota and review rounds, checks
 * the data's quality, and builds the view. {@code warnings} are the ones found here (rota, pairing,
 * data quality), in that order; the loader's own warnings are the caller's.
 */
public record Report(ReportView.View view, List<Diagnostic> warnings, List<ReviewResult> reviews) {
  /** The template of {@code report --summary}: the headline tables of the same view. */
  public static final String SUMMARY_TEMPLATE = "report-summary.md.mustache";

  public Report {
    warnings = List.copyOf(warnings);
    reviews = List.copyOf(reviews);
  }

  /**
   * The view for {@link #SUMMARY_TEMPLATE}: the same, with {@code fullReport} naming where the full
   * report is (a file; null: the summary says how to get it).
   */
  public ReportView.View summaryView(String fullReport) {
    return view.withFullReport(fullReport);
  }

  /**
   * The report of {@code yearName} (null: the current year on {@code today}).
   *
   * @param loadWarnings the loader's warnings, listed in the report's data-quality section
   * @throws UsageException for a year the partnership does not have, naming those it has
   */
  public static Report build(
      Partnership p,
      String yearName,
      LocalDate today,
      boolean includeContact,
      List<Diagnostic> loadWarnings) {
    return build(p, new RotaPlanner(p), yearName, today, includeContact, loadWarnings);
  }

  /**
   * The same with the caller's {@code planner}, which keeps what it planned: {@code cluster site}
   * plans the rota once for its pages, calendars and report.
   */
  public static Report build(
      Partnership p,
      RotaPlanner planner,
      String yearName,
      LocalDate today,
      boolean includeContact,
      List<Diagnostic> loadWarnings) {
    AcademicYear year = year(p, yearName, today);
    Rota rota = planner.plan(year.start(), year.end(), List.of());
    DutyLedger ledger = planner.ledger(year.start(), year.end(), List.of());
    List<Diagnostic> warnings = new ArrayList<>(rota.warnings());
    List<ReviewResult> reviews = new ArrayList<>();
    PairingPlanner pairing = new PairingPlanner(p);
    for (ReviewProgramme programme : p.reviews()) {
      // One programme that cannot be paired must not hide the rest of the report: it gets a line
      // saying so
      // (and a warning, so that --strict fails) instead of exit 3.
      try {
        Pairings pairings = pairing.plan(programme, year, null);
        reviews.add(new ReviewResult(programme, pairings.rounds(), null));
        warnings.addAll(pairings.warnings());
      } catch (InfeasibleException e) {
        reviews.add(new ReviewResult(programme, List.of(), e.getMessage()));
        warnings.add(
            Diagnostic.warning(
                location(programme.location(), p),
                "no pairing meets the hard constraints: " + e.getMessage()));
      }
    }
    warnings.addAll(DataQuality.check(p, year));
    List<Diagnostic> listed = new ArrayList<>(loadWarnings);
    // a warning already among validate's (the rota's, found again for this year) is listed once
    warnings.stream().filter(w -> !loadWarnings.contains(w)).forEach(listed::add);
    return new Report(
        ReportView.of(p, year, rota, ledger, reviews, listed, today, includeContact),
        warnings,
        reviews);
  }

  /**
   * The year named, or the current one; an unknown name is a usage error naming the years there
   * are.
   */
  static AcademicYear year(Partnership p, String name, LocalDate today) {
    if (name == null) {
      return p.currentYear(today);
    }
    return RotaWindow.year(p, name);
  }

  private static Location location(Location l, Partnership p) {
    return l == null ? Location.of(p.file()) : l;
  }
}
