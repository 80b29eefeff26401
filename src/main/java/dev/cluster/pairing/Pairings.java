package dev.cluster.pairing;

import dev.cluster.model.Diagnostic;
import java.util.List;

/** The rounds asked for, in programme order then round order, and their warnings. */
public record Pairings(List<ReviewRound> rounds, List<Diagnostic> warnings) {
  public Pairings {
    rounds = List.copyOf(rounds);
    warnings = List.copyOf(warnings);
  }
}
