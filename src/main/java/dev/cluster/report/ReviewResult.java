package dev.cluster.report;

import dev.cluster.model.ReviewProgramme;
import dev.cluster.pairing.ReviewRound;
import java.util.List;
import java.util.Objects;

/**
 * One programme's rounds of the report's year, or, when no pairing meets its hard constraints, why
 * not ({@code infeasible}, and no rounds): the report says so instead of failing.
 */
public record ReviewResult(ReviewProgramme programme, List<ReviewRound> rounds, String infeasible) {
  public ReviewResult {
    Objects.requireNonNull(programme, "programme");
    rounds = List.copyOf(rounds);
  }
}
