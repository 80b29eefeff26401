package dev.cluster.model;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in {@code FILE:LINE:COLUMN: error: MESSAGE}. */
  public String word() {
    return this == ERROR ? "error" : "warning";
  }
}
