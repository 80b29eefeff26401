package dev.cluster.model;

import java.util.List;
import java.util.Objects;

/**
 * A peer-review programme (SPEC section 6). {@code maxLoad} null means: the smallest cap for which the hard
 * constraints can be met. {@code history} is the glob, relative to the partnership's directory.
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
    Location location) {
  /** What to do about two schools reviewing each other in the same round. */
  public enum Reciprocal {
    AVOID,
    FORBID,
    ALLOW
  }

  public ReviewProgramme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reciprocal, "reciprocal");
    reviewerRoles = List.copyOf(reviewerRoles);
    if (roundsPerYear < 1 || peers < 1 || avoidRepeat < 0 || (maxLoad != null && maxLoad < 1)) {
      throw new IllegalArgumentException("review programme " + id + " has a count below its minimum");
    }
  }
}
