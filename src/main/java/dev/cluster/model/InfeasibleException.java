package dev.cluster.model;

/**
 * No schedule or pairing satisfies the hard constraints (exit 3); the message names the constraint
 * and why.
 */
public final class InfeasibleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InfeasibleException(String message) {
    super(message);
  }
}
