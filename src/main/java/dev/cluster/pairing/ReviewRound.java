package dev.cluster.pairing;

import dev.cluster.model.ReviewProgramme;
import java.util.List;

/**
 * One round of a programme: its teams in school file order, its score, whether that score is proven
 * optimal, and otherwise a {@code bound} no pairing can beat (null when optimal). {@code
 * explanations} holds, per team in the same order, why these reviewers (for {@code --explain}).
 * {@code back} names the earlier rounds that {@code score.repeats} counts against, most recent
 * first ({@code 2025-26 round 1}); it may be shorter than {@code avoid-repeat} when fewer rounds
 * exist.
 */
public record ReviewRound(
    ReviewProgramme programme,
    String year,
    int round,
    List<ReviewTeam> teams,
    Score score,
    boolean optimal,
    Score bound,
    List<String> explanations,
    List<String> back) {
  public ReviewRound {
    teams = List.copyOf(teams);
    explanations = List.copyOf(explanations);
    back = List.copyOf(back);
  }

  /** The same round with these teams (their visits dated). */
  public ReviewRound withTeams(List<ReviewTeam> dated) {
    return new ReviewRound(
        programme, year, round, dated, score, optimal, bound, explanations, back);
  }

  /** A round with no record of the earlier rounds it was compared with. */
  public ReviewRound(
      ReviewProgramme programme,
      String year,
      int round,
      List<ReviewTeam> teams,
      Score score,
      boolean optimal,
      Score bound,
      List<String> explanations) {
    this(programme, year, round, teams, score, optimal, bound, explanations, List.of());
  }
}
