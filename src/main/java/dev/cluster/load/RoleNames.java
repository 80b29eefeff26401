package dev.cluster.load;

import java.util.Map;

/**
 * How a role written on a roster or in partnership.yaml becomes the role the tool uses: the
 * built-in normalisation ({@link Names#role}), then one step of the partnership's own {@code
 * roles:} mapping (a mapped name is not mapped again).
 */
final class RoleNames {
  static final RoleNames BUILT_IN = new RoleNames(Map.of());

  /** Normalised spelling → the role it stands for. */
  private final Map<String, String> mapping;

  RoleNames(Map<String, String> mapping) {
    this.mapping = Map.copyOf(mapping);
  }

  /** The role {@code written} stands for. */
  String of(String written) {
    String role = Names.role(written);
    return mapping.getOrDefault(role, role);
  }

  /** Whether {@code role} (normalised) is a spelling that {@code roles:} maps to another role. */
  boolean isMapped(String role) {
    return mapping.containsKey(role);
  }
}
