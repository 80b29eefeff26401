package dev.cluster.model;

import java.util.Objects;

/**
 * How one duty of a meeting series (chair, host or minutes) is assigned: by rotation, not at all,
 * by a fixed school, or (host only) by whichever school chairs.
 */
public record Duty(Kind kind, String school) {
  /** The four ways a duty can be given. */
  public enum Kind {
    ROTATE,
    NONE,
    FIXED,
    CHAIR
  }

  public static final Duty ROTATE = new Duty(Kind.ROTATE, null);
  public static final Duty NONE = new Duty(Kind.NONE, null);
  public static final Duty CHAIR = new Duty(Kind.CHAIR, null);

  public Duty {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.FIXED) != (school != null)) {
      throw new IllegalArgumentException("a fixed duty, and only a fixed duty, names a school");
    }
  }

  /** A duty always given to {@code school}. */
  public static Duty fixed(String school) {
    return new Duty(Kind.FIXED, school);
  }

  /** The value as written in {@code partnership.yaml}. */
  @Override
  public String toString() {
    return kind == Kind.FIXED ? school : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
