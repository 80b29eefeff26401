package dev.cluster.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the person a name in minutes means (SPEC section 8.2): {@code SCHOOL/PERSON-ID} exactly,
 * otherwise the first person of that name (case and surrounding spaces ignored) in the rosters in
 * school order.
 */
public final class Rosters {
  private Rosters() {}

  /** A person found, with their school. */
  public record Match(School school, Person person) {}

  /** The person {@code written} names among {@code schools}, if any. */
  public static Optional<Match> find(List<School> schools, String written) {
    if (written == null) {
      return Optional.empty();
    }
    String w = written.strip();
    int slash = w.indexOf('/');
    if (slash > 0 && w.indexOf(' ') < 0) {
      String school = w.substring(0, slash);
      String id = w.substring(slash + 1);
      for (School s : schools) {
        if (s.id().equals(school)) {
          for (Person p : s.staff()) {
            if (p.id().equals(id)) {
              return Optional.of(new Match(s, p));
            }
          }
        }
      }
      return Optional.empty();
    }
    String folded = w.toLowerCase(Locale.ROOT);
    for (School s : schools) {
      for (Person p : s.staff()) {
        if (p.name().strip().toLowerCase(Locale.ROOT).equals(folded)) {
          return Optional.of(new Match(s, p));
        }
      }
    }
    return Optional.empty();
  }
}
