package dev.cluster.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The maps keyed by {@link DutyType} in which the model's records hold their duties (how a series
 * gives each, who does each at a meeting, what an override or a row of the published rota names),
 * so that a new duty needs no new record component. Such a map is unmodifiable, in duty order, and
 * holds no null value: a duty nobody does, or that nothing names, is absent.
 */
public final class DutyMap {
  private DutyMap() {}

  /** An unmodifiable copy of {@code map} in duty order, without its null values. */
  public static <V> Map<DutyType, V> copyOf(Map<DutyType, ? extends V> map) {
    Map<DutyType, V> out = new EnumMap<>(DutyType.class);
    map.forEach(
        (t, v) -> {
          if (v != null) {
            out.put(t, v);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /**
   * Each duty with {@code value} of it, in duty order; a duty whose value is null is left out (an
   * unmodifiable map).
   */
  public static <V> Map<DutyType, V> of(Function<DutyType, ? extends V> value) {
    Map<DutyType, V> out = new EnumMap<>(DutyType.class);
    for (DutyType t : DutyType.values()) {
      out.put(t, value.apply(t));
    }
    return copyOf(out);
  }

  /** As {@link #copyOf}, where every duty must have a value ({@code what} names the map). */
  public static <V> Map<DutyType, V> complete(Map<DutyType, ? extends V> map, String what) {
    Map<DutyType, V> out = copyOf(map);
    for (DutyType t : DutyType.values()) {
      if (!out.containsKey(t)) {
        throw new NullPointerException(what + ": no " + t.key());
      }
    }
    return out;
  }

  /**
   * As {@link #copyOf}, where only duties that name a person ({@link DutyType#namesPerson}) may
   * have a value ({@code what} names the map).
   */
  public static <V> Map<DutyType, V> people(Map<DutyType, ? extends V> map, String what) {
    Map<DutyType, V> out = copyOf(map);
    for (DutyType t : out.keySet()) {
      if (!t.namesPerson()) {
        throw new IllegalArgumentException(what + ": the " + t.key() + " names no person");
      }
    }
    return out;
  }
}
