package dev.cluster.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;

/**
 * The case that each seed of a seeded property test checks: the first of up to {@link #DRAWS}
 * draws, from sub-seeds of the seed ({@link Generated#attempt}), that the test can check. Each case
 * is made once, so the share check ({@link #assertShare}) costs nothing beyond the test's draws.
 */
final class Cases<T> {
  /**
   * How many draws a seed may take: enough for the rarest kind, a small draw with no pairing that
   * the brute force must tell (about one draw in 17).
   */
  static final int DRAWS = 100;

  /** At least this share of a test's seeds must give a case that it checks. */
  static final double SHARE = 0.95;

  private final String what;
  private final LongFunction<Optional<T>> draw;
  private final Map<Long, Optional<T>> made = new HashMap<>();

  /**
   * Cases that are {@code what} (for messages), {@code draw} making one from a draw's own seed, or
   * empty when that draw cannot be checked.
   */
  Cases(String what, LongFunction<Optional<T>> draw) {
    this.what = what;
    this.draw = draw;
  }

  /** {@code draw}, each draw made once (for draws that several kinds of case share). */
  static <D> LongFunction<D> once(LongFunction<D> draw) {
    Map<Long, D> made = new HashMap<>();
    return d -> {
      synchronized (made) {
        return made.computeIfAbsent(d, draw::apply);
      }
    };
  }

  /** The case of {@code seed}, or empty when none of its draws is one. */
  synchronized Optional<T> of(long seed) {
    return made.computeIfAbsent(
        seed,
        s -> {
          for (int attempt = 0; attempt < DRAWS; attempt++) {
            Optional<T> c = draw.apply(Generated.attempt(s, attempt));
            if (c.isPresent()) {
              return c;
            }
          }
          return Optional.empty();
        });
  }

  /** The case of {@code seed}; the test is skipped (not passed) when there is none. */
  T orSkip(long seed) {
    return of(seed)
        .orElseGet(
            () -> Assumptions.abort("seed " + seed + ": none of " + DRAWS + " draws is " + what));
  }

  /** Fails unless at least {@link #SHARE} of {@code seeds} give a case; names those that do not. */
  void assertShare(LongStream seeds) {
    List<Long> all = seeds.boxed().toList();
    List<Long> none = all.stream().filter(s -> of(s).isEmpty()).toList();
    assertThat(all.size() - none.size())
        .as("seeds of %d with a draw that is %s (none for %s)", all.size(), what, none)
        .isGreaterThanOrEqualTo((int) Math.ceil(SHARE * all.size()));
  }
}
