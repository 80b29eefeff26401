package dev.cluster.report;

import dev.cluster.calendar.Dates;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import dev.cluster.pairing.PairingPlanner;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The report's peer reviews: each programme's teams this year and who reviewed whom, as template variables. */
final class ReviewsView {
  private final Partnership p;
  private final AcademicYear year;
  private final List<School> members;

  ReviewsView(Partnership p, AcademicYear year, List<School> members) {
    this.p = p;
    this.year = year;
    this.members = members;
  }

  /**
   * Per programme in file order: {@code id}, {@code title}, {@code infeasible} (why no pairing meets the hard
   * constraints, or null), {@code rounds} (each {@code round}, {@code start}, {@code optimal} and
   * {@code teams}: {@code school}, {@code lead}, {@code external}, {@code peers} as "name (school)" joined
   * with "; "), {@code matrix} (who reviewed whom: {@code header} the reviewed schools, {@code rows} each
   * reviewer's {@code school} and {@code cells}, the years (and rounds) it reviewed that school;
   * {@code hasHistory}: whether any review is recorded).
   */
  List<Map<String, Object>> of(List<ReviewResult> results) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReviewResult r : results) {
      List<Map<String, Object>> rounds = new ArrayList<>();
      for (ReviewRound round : r.rounds()) {
        List<Map<String, Object>> teams = new ArrayList<>();
        for (ReviewTeam t : round.teams()) {
          List<String> peers = new ArrayList<>();
          for (Peer peer : t.peers()) {
            peers.add(peer.person().name() + " (" + peer.school().name() + ")");
          }
          teams.add(ReportView.map("school", t.school().name(), "lead", t.lead() == null ? null : t.lead().name(),
              "external", t.external(), "peers", peers.isEmpty() ? null : String.join("; ", peers)));
        }
        rounds.add(ReportView.map("round", round.round(),
            "start", Dates.longDate(PairingPlanner.firstDay(r.programme(), year, round.round())),
            "optimal", round.optimal(), "teams", teams));
      }
      out.add(ReportView.map("id", r.programme().id(), "title", r.programme().title(), "infeasible", r.infeasible(),
          "rounds", rounds, "matrix", matrix(r)));
    }
    return out;
  }

  /** Who reviewed whom: earlier years from history, this year from the rounds just planned. */
  private Map<String, Object> matrix(ReviewResult r) {
    ReviewProgramme prog = r.programme();
    Map<String, Map<String, Set<String>>> cells = new LinkedHashMap<>();
    Set<Integer> planned = new TreeSet<>();
    for (ReviewRound round : r.rounds()) {
      planned.add(round.round());
      for (ReviewTeam t : round.teams()) {
        for (Peer peer : t.peers()) {
          mark(cells, peer.school().id(), t.school().id(), label(prog, year.name(), round.round()));
        }
      }
    }
    for (HistoryRow h : p.history()) {
      int cmp = h.year().compareTo(year.name());
      if (h.programme().equals(prog.id())
          && (cmp < 0 || (cmp == 0 && !planned.contains(h.round())))) {
        mark(cells, h.reviewerSchool(), h.school(), label(prog, h.year(), h.round()));
      }
    }
    List<String> ids = new ArrayList<>(members.stream().map(School::id).toList());
    List<String> header = new ArrayList<>();
    for (String id : ids) {
      header.add(nameOf(id));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String reviewer : ids) {
      List<String> row = new ArrayList<>();
      for (String reviewed : ids) {
        Set<String> when = cells.getOrDefault(reviewer, Map.of()).getOrDefault(reviewed, Set.of());
        row.add(reviewer.equals(reviewed) ? "-" : String.join(", ", when));
      }
      rows.add(ReportView.map("school", nameOf(reviewer), "cells", row));
    }
    return ReportView.map("header", header, "rows", rows, "hasHistory", !cells.isEmpty());
  }

  private static void mark(Map<String, Map<String, Set<String>>> cells, String from, String to, String label) {
    cells.computeIfAbsent(from, k -> new LinkedHashMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(label);
  }

  private static String label(ReviewProgramme prog, String year, int round) {
    return prog.roundsPerYear() > 1 || round > 1 ? year + " r" + round : year;
  }

  private String nameOf(String schoolId) {
    return p.school(schoolId).map(School::name).orElse(schoolId);
  }
}
