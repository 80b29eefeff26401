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
}
