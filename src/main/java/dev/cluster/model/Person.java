package dev.cluster.model;

import java.util.List;
import java.util.Objects;

/**
 * A member of staff from a school's roster. Roles are normalised kebab-case ({@code headteacher},
 * {@code sendco}, ...); {@code yearGroup} is FS, Y1 ... Y6 or null; {@code row} is the CSV row
 * (header = 1) on which the record starts.
 */
public record Person(
    String id,
    String name,
    List<String> roles,
    String email,
    String yearGroup,
    List<String> subjects,
    List<String> expertise,
    int row) {
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    subjects = List.copyOf(subjects);
    expertise = List.copyOf(expertise);
  }

  /** Whether the person holds {@code role}. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether the person holds {@code role} and, when {@code yearGroup} is not null, teaches that year group. */
  public boolean fits(String role, String yearGroup) {
    return hasRole(role) && (yearGroup == null || yearGroup.equals(this.yearGroup));
  }
}
