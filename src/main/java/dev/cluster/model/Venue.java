package dev.cluster.model;

import java.util.Objects;

/**
 * A place that is not a member school where a series may meet (SPEC section 10): a teachers'
 * centre, or an online meeting with its {@code link} (null when it has none). A venue is open on
 * every teaching day, serves no turn in any rotation and has no staff; its id shares the namespace
 * of school ids.
 */
public record Venue(String id, String name, String address, String link, Location location) {
  public Venue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    address = address == null ? "" : address;
    link = link == null || link.isBlank() ? null : link.trim();
  }

  /** The venue line, as for a school: name, then the address when there is one. */
  public String line() {
    return address.isEmpty() ? name : name + ", " + address;
  }
}
