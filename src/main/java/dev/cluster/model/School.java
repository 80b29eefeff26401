package dev.cluster.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member school with its roster. {@code joined} and {@code left} are inclusive and may be null;
 * {@code roster} is the path as reachable from the working directory. {@code yearGroups} are the
 * year groups it teaches (SPEC section 10; empty: all of them). {@code group} (a trust or
 * federation, SPEC section 11) may be null.
 */
public record School(
    String id,
    String name,
    String address,
    String roster,
    LocalDate joined,
    LocalDate left,
    List<Closure> closures,
    List<String> focus,
    String externalReviewer,
    List<Person> staff,
    Location location,
    List<String> yearGroups,
    String group) {
  public School {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    address = address == null ? "" : address;
    closures = List.copyOf(closures);
    focus = List.copyOf(focus);
    staff = List.copyOf(staff);
    yearGroups = yearGroups == null ? List.of() : List.copyOf(yearGroups);
  }

  /** A school that teaches every year group and is in no group ({@code group:} not given). */
  public School(
      String id,
      String name,
      String address,
      String roster,
      LocalDate joined,
      LocalDate left,
      List<Closure> closures,
      List<String> focus,
      String externalReviewer,
      List<Person> staff,
      Location location) {
    this(
        id,
        name,
        address,
        roster,
        joined,
        left,
        closures,
        focus,
        externalReviewer,
        staff,
        location,
        List.of(),
        null);
  }

  /**
   * Whether the school teaches {@code yearGroup}, and so takes part in that year group's series
   * (null: a series for every year group, in which every school takes part).
   */
  public boolean teaches(String yearGroup) {
    return yearGroup == null || yearGroups.isEmpty() || yearGroups.contains(yearGroup);
  }

  /**
   * Whether this school and {@code other} share a group: both have {@code group:} and the values
   * are equal.
   */
  public boolean sharesGroupWith(School other) {
    return group != null && group.equals(other.group);
  }

  /** Whether the school is a member on {@code day} ({@code joined} and {@code left} inclusive). */
  public boolean isMemberOn(LocalDate day) {
    return (joined == null || !day.isBefore(joined)) && (left == null || !day.isAfter(left));
  }

  /** Whether the school has a closure of its own on {@code day}. */
  public boolean isClosedOn(LocalDate day) {
    for (Closure c : closures) {
      if (c.date().equals(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person in roster order holding {@code role} (and teaching {@code yearGroup} when not
   * null).
   */
  public Optional<Person> first(String role, String yearGroup) {
    return staff.stream().filter(p -> p.fits(role, yearGroup)).findFirst();
  }

  /**
   * Everyone holding {@code role} (and teaching {@code yearGroup} when not null), in roster order.
   */
  public List<Person> holding(String role, String yearGroup) {
    return staff.stream().filter(p -> p.fits(role, yearGroup)).toList();
  }

  /** The venue line: name, then the address when there is one. */
  public String venue() {
    return address.isEmpty() ? name : name + ", " + address;
  }
}
