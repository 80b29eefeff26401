package dev.cluster.model;

import java.util.List;
import java.util.Objects;

/**
 * A member of staff from a school's roster. Roles are normalised kebab-case ({@code headteacher},
 * {@code sendco}, ...); {@code yearGroup} is FS, Y1 ... Y6 or null; {@code row} is the CSV row
 * (header = 1) on which the record starts; {@code reviewLoad} (the roster's {@code review-load}
 * column, SPEC section 11) caps the person's reviews in a round, null when they have no cap of
 * their own.
 */
public record Person(
    String id,
    String name,
    List<String> roles,
    String email,
    String yearGroup,
    List<String> subjects,
    List<String> expertise,
    int row,
    Integer reviewLoad) {
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    subjects = List.copyOf(subjects);
    expertise = List.copyOf(expertise);
    if (reviewLoad != null && reviewLoad < 0) {
      throw new IllegalArgumentException("review-load of " + id + " is negative");
    }
  }

  /** A person with no {@code review-load} of their own. */
  public Person(
      String id,
      String name,
      List<String> roles,
      String email,
      String yearGroup,
      List<String> subjects,
      List<String> expertise,
      int row) {
    this(id, name, roles, email, yearGroup, subjects, expertise, row, null);
  }

  /** Whether the person holds {@code role}. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /**
   * Whether the person holds {@code role} and, when {@code yearGroup} is not null, teaches that
   * year group.
   */
  public boolean fits(String role, String yearGroup) {
    return hasRole(role) && (yearGroup == null || yearGroup.equals(this.yearGroup));
  }
}
