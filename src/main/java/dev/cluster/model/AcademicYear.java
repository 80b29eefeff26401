package dev.cluster.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An academic year, named {@code YYYY-YY}, with its terms in order and its partnership-wide
 * closures.
 */
public record AcademicYear(
    String name, List<Term> terms, List<Closure> closures, Location location) {
  public AcademicYear {
    Objects.requireNonNull(name, "name");
    terms = List.copyOf(terms);
    closures = List.copyOf(closures);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("academic year " + name + " has no terms");
    }
  }

  /** The first day of the first term. */
  public LocalDate start() {
    return terms.get(0).start();
  }

  /** The last day of the last term. */
  public LocalDate end() {
    return terms.get(terms.size() - 1).end();
  }
}
