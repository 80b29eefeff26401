package dev.cluster.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A peer-review programme (SPEC section 6). {@code maxLoad} null means: the smallest cap for which
 * the hard constraints can be met. {@code history} is the glob, relative to the partnership's
 * directory. The pairing rules of SPEC section 11: {@code sameGroupForbid} ({@code same-group:
 * forbid}) keeps schools of one group from reviewing each other; {@code forbid} lists school-id
 * pairs that never review each other (either way); {@code visit} (may be null) asks for a visit
 * date for every team.
 */
public record ReviewProgramme(
    String id,
    String title,
    int roundsPerYear,
    int peers,
    List<String> reviewerRoles,
    Integer maxLoad,
    Reciprocal reciprocal,
    int avoidRepeat,
    boolean matchFocus,
    String leadRole,
    boolean external,
    String history,
    Location location,
    boolean sameGroupForbid,
    List<List<String>> forbid,
    Visit visit) {
  /** What to do about two schools reviewing each other in the same round. */
  public enum Reciprocal {
    AVOID,
    FORBID,
    ALLOW
  }

  /**
   * {@code visit:}: each visit lasts {@code days} consecutive teaching days, all on one of {@code
   * weekdays}.
   */
  public record Visit(int days, Set<DayOfWeek> weekdays) {
    public Visit {
      weekdays = Set.copyOf(weekdays);
      if (days < 1 || weekdays.isEmpty()) {
        throw new IllegalArgumentException("a visit needs at least one day and one weekday");
      }
    }
  }

  public ReviewProgramme {
    Objects.requireNonNull(id, "id");
    forbid = forbid.stream().map(List::copyOf).toList();
    for (List<String> pair : forbid) {
      if (pair.size() != 2) {
        throw new IllegalArgumentException(
            "a forbidden pair of " + id + " is not two schools: " + pair);
      }
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reciprocal, "reciprocal");
    reviewerRoles = List.copyOf(reviewerRoles);
    if (roundsPerYear < 1 || peers < 1 || avoidRepeat < 0 || (maxLoad != null && maxLoad < 1)) {
      throw new IllegalArgumentException(
          "review programme " + id + " has a count below its minimum");
    }
  }

  /** A programme without the pairing rules and visits of SPEC section 11. */
  public ReviewProgramme(
      String id,
      String title,
      int roundsPerYear,
      int peers,
      List<String> reviewerRoles,
      Integer maxLoad,
      Reciprocal reciprocal,
      int avoidRepeat,
      boolean matchFocus,
      String leadRole,
      boolean external,
      String history,
      Location location) {
    this(
        id,
        title,
        roundsPerYear,
        peers,
        reviewerRoles,
        maxLoad,
        reciprocal,
        avoidRepeat,
        matchFocus,
        leadRole,
        external,
        history,
        location,
        false,
        List.of(),
        null);
  }
}
