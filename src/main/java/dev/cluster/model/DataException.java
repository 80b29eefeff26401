package dev.cluster.model;

import java.util.List;

/**
 * The partnership's data is invalid (exit 1): carries every error found, already in report order.
 */
public final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public DataException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "invalid data" : diagnostics.get(0).headline());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public DataException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** Every problem, errors and warnings, in the order they are to be printed. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
