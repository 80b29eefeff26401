package dev.cluster.cli;

/** An output file could not be written (exit 4); the message names the file and the reason. */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
