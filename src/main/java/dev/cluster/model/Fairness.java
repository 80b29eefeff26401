package dev.cluster.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What SPEC section 11 adds to the rota's rules: {@code balance: across-series} (ties within a
 * series broken by the duties done this term in every series) and the people away ({@code
 * unavailable:}).
 */
public record Fairness(boolean acrossSeries, List<Absence> unavailable) {
  /** Section 5 alone: balance within each series, nobody away. */
  public static final Fairness NONE = new Fairness(false, List.of());

  public Fairness {
    unavailable = List.copyOf(unavailable);
  }

  /** Whether {@code person} of {@code school} is away on {@code day}. */
  public boolean isAway(School school, Person person, LocalDate day) {
    for (Absence a : unavailable) {
      if (a.covers(day) && a.person().equals(person.id()) && a.school().equals(school.id())) {
        return true;
      }
    }
    return false;
  }

  /** The absences per school id, in file order. */
  public Map<String, List<Absence>> bySchool() {
    Map<String, List<Absence>> out = new HashMap<>();
    for (Absence a : unavailable) {
      out.computeIfAbsent(a.school(), k -> new java.util.ArrayList<>()).add(a);
    }
    return out;
  }
}
