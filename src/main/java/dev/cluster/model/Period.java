package dev.cluster.model;

/** The period a schedule's {@code weeks} are counted in. */
public enum Period {
  HALF_TERM("half-term"),
  TERM("term"),
  MONTH("month"),
  YEAR("year");

  private final String key;

  Period(String key) {
    this.key = key;
  }

  /** The value as written in {@code partnership.yaml}. */
  public String key() {
    return key;
  }

  /** The period written {@code key} in {@code partnership.yaml}, if there is one. */
  public static java.util.Optional<Period> ofKey(String key) {
    for (Period p : values()) {
      if (p.key.equals(key)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  /** Every key, in order: what {@code per} may be. */
  public static java.util.List<String> keys() {
    return java.util.Arrays.stream(values()).map(Period::key).toList();
  }
}
