package dev.cluster.model;

/**
 * A value on the command line that the partnership does not have (exit 2): the message names the
 * values it has.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
