package dev.cluster.pairing;

import dev.cluster.model.ReviewProgramme;
import java.util.List;

/**
 * One round of a programme: its teams in school file order, its score, whether that score is proven optimal,
 * and otherwise a {@code bound} no pairing can beat (null when optimal). {@code explanations} holds, per team
 * in the same order, why these reviewers (for {@code --explain}).
 */
public record ReviewRound(
    ReviewProgramme programme,
    String year,
    int round,
    List<ReviewTeam> teams,
    Score score,
    boolean optimal,
    Score bound,
    List<String> explanations) {
  public ReviewRound {
    teams = List.copyOf(teams);
    explanations = List.copyOf(explanations);
  }
}
