package dev.cluster.report;

import dev.cluster.calendar.Dates;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.Order;
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

/**
 * The report's peer reviews: each programme's teams this year and who reviewed whom, as template
 * variables.
 */
final class ReviewsView {
  private final Partnership p;
  private final AcademicYear year;
  private final List<School> members;

  /**
   * The most member schools whose who-reviewed-whom is a table (a column per school); above, a
   * list.
   */
  static final int MATRIX_SCHOOLS = 30;

  /**
   * A review programme: {@code infeasible} (why no pairing meets the hard constraints, or null),
   * this year's {@code rounds} and who reviewed whom ({@code matrix}).
   */
  public record Programme(
      String id, String title, String infeasible, List<Round> rounds, Matrix matrix) {}

  /**
   * A round: {@code round} (its number), {@code start} (its first day), {@code optimal}, {@code
   * teams}, {@code teamCount}, {@code visitCount} (teams with a visit date), {@code hasVisits} (the
   * programme has {@code visit:}).
   */
  public record Round(
      int round,
      String start,
      boolean optimal,
      List<Team> teams,
      int teamCount,
      int visitCount,
      boolean hasVisits) {}

  /**
   * A review team: the reviewed {@code school}, its {@code lead} (or null), {@code external} and
   * {@code peers} as "name (school)" joined with "; " (or null).
   */
  public record Team(String school, String lead, String external, String peers) {}

  /**
   * Who reviewed whom: {@code header} (the reviewed schools) and {@code rows} when {@code asTable},
   * else empty; {@code hasHistory} (whether any review is recorded); {@code lists} (at every size).
   */
  public record Matrix(
      List<String> header,
      List<MatrixRow> rows,
      boolean hasHistory,
      boolean asTable,
      List<Reviewed> lists) {}

  /** A reviewer's row: its {@code school} and {@code cells}, the years it reviewed each school. */
  public record MatrixRow(String school, List<String> cells) {}

  /** A reviewing {@code school} and the schools it {@code reviewed}, with their years. */
  public record Reviewed(String school, String reviewed) {}

  ReviewsView(Partnership p, AcademicYear year, List<School> members) {
    this.p = p;
    this.year = year;
    this.members = members;
  }

  /** Per programme in file order: its rounds this year and who reviewed whom. */
  List<Programme> of(List<ReviewResult> results) {
    List<Programme> out = new ArrayList<>();
    for (ReviewResult r : results) {
      List<Round> rounds = new ArrayList<>();
      for (ReviewRound round : r.rounds()) {
        List<Team> teams = new ArrayList<>();
        int visits = 0;
        for (ReviewTeam t : round.teams()) {
          visits += t.visit() == null || t.visit().isEmpty() ? 0 : 1;
          List<String> peers = new ArrayList<>();
          for (Peer peer : t.peers()) {
            peers.add(peer.person().name() + " (" + peer.school().name() + ")");
          }
          teams.add(
              new Team(
                  t.school().name(),
                  t.lead() == null ? null : t.lead().name(),
                  t.external(),
                  peers.isEmpty() ? null : String.join("; ", peers)));
        }
        rounds.add(
            new Round(
                round.round(),
                Dates.longDate(PairingPlanner.firstDay(r.programme(), year, round.round())),
                round.optimal(),
                teams,
                teams.size(),
                visits,
                r.programme().visit() != null));
      }
      out.add(
          new Programme(
              r.programme().id(), r.programme().title(), r.infeasible(), rounds, matrix(r)));
    }
    return out;
  }

  /**
   * Who reviewed whom: earlier years from history, this year from the rounds just planned. Up to
   * {@link #MATRIX_SCHOOLS} member schools as a table; above that the table would be n x n cells
   * (15 MB at 2,000 schools), so {@code header} and {@code rows} are empty and only {@code lists}
   * (per reviewing school with reviews, each reviewed school with its years, joined with "; ") is
   * given, which is there at every size.
   */
  private Matrix matrix(ReviewResult r) {
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
    Map<String, Integer> index = new java.util.HashMap<>();
    for (String id : ids) {
      index.putIfAbsent(id, index.size());
    }
    List<Reviewed> lists = new ArrayList<>();
    for (String reviewer : ids) {
      Map<String, Set<String>> reviewed = cells.getOrDefault(reviewer, Map.of());
      List<String> named =
          reviewed.keySet().stream()
              .filter(index::containsKey)
              .sorted(Order.by(index::get))
              .map(id -> nameOf(id) + " (" + String.join(", ", reviewed.get(id)) + ")")
              .toList();
      if (!named.isEmpty()) {
        lists.add(new Reviewed(nameOf(reviewer), String.join("; ", named)));
      }
    }
    boolean asTable = ids.size() <= MATRIX_SCHOOLS;
    List<String> header = new ArrayList<>();
    List<MatrixRow> rows = new ArrayList<>();
    for (String id : asTable ? ids : List.<String>of()) {
      header.add(nameOf(id));
    }
    for (String reviewer : asTable ? ids : List.<String>of()) {
      List<String> row = new ArrayList<>();
      for (String reviewed : ids) {
        Set<String> when = cells.getOrDefault(reviewer, Map.of()).getOrDefault(reviewed, Set.of());
        row.add(reviewer.equals(reviewed) ? "-" : String.join(", ", when));
      }
      rows.add(new MatrixRow(nameOf(reviewer), row));
    }
    return new Matrix(header, rows, !cells.isEmpty(), asTable, lists);
  }

  private static void mark(
      Map<String, Map<String, Set<String>>> cells, String from, String to, String label) {
    cells
        .computeIfAbsent(from, k -> new LinkedHashMap<>())
        .computeIfAbsent(to, k -> new TreeSet<>())
        .add(label);
  }

  private static String label(ReviewProgramme prog, String year, int round) {
    return prog.roundsPerYear() > 1 || round > 1 ? year + " r" + round : year;
  }

  private String nameOf(String schoolId) {
    if (names == null) {
      names = new java.util.HashMap<>();
      for (School s : p.schools()) {
        names.putIfAbsent(s.id(), s.name());
      }
    }
    return names.getOrDefault(schoolId, schoolId);
  }

  /** School names by id (a lookup per cell, not a scan of the schools). */
  private Map<String, String> names;
}
