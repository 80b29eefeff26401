package dev.cluster.model;

/** Which part of the United Kingdom's bank holidays apply. */
public enum BankHolidays {
  ENGLAND_AND_WALES("england-and-wales"),
  SCOTLAND("scotland"),
  NORTHERN_IRELAND("northern-ireland"),
  NONE("none");

  private final String key;

  BankHolidays(String key) {
    this.key = key;
  }

  /** The value as written in {@code partnership.yaml}. */
  public String key() {
    return key;
  }
}
