package dev.cluster.model;

import java.util.Objects;

/**
 * A place in an input file: the file as reachable from the working directory, 1-based line and
 * column (0 when unknown).
 */
public record Location(String file, int line, int column) {
  public Location {
    Objects.requireNonNull(file, "file");
  }

  /** A location naming a whole file, with no line. */
  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  // equals and hashCode are written out: a record's generated ones are linked through method
  // handles on first use, which costs start-up time in a value used as a map key from the start
  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && line == l.line && column == l.column && file.equals(l.file);
  }

  @Override
  public int hashCode() {
    return (31 * file.hashCode() + line) * 31 + column;
  }

  /** {@code file:line:column}, or just {@code file} when there is no line. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
