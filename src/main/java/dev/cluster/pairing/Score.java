package dev.cluster.pairing;

import java.util.List;

/**
 * How good a round's pairing is, compared criterion by criterion (SPEC section 6): {@code
 * repeats[k]} pairs repeated from k+1 rounds back (fewer is better), reciprocal pairs (fewer),
 * expertise matches (more), the largest load of one reviewer (smaller).
 */
public record Score(List<Integer> repeats, int reciprocal, int matches, int maxLoad) {
  public Score {
    repeats = List.copyOf(repeats);
  }
}
