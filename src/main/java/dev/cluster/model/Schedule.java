package dev.cluster.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;

/**
 * A recurring schedule: in each period, the {@code weeks}-th teaching week (negative from the end)
 * on {@code weekday}. {@code term} (a term key such as {@code summer}) is only set with {@code per:
 * year}.
 */
public record Schedule(Period per, List<Integer> weeks, DayOfWeek weekday, String term) {
  public Schedule {
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(weekday, "weekday");
    weeks = List.copyOf(weeks);
    if (weeks.isEmpty() || weeks.contains(0)) {
      throw new IllegalArgumentException("weeks must be non-empty and non-zero");
    }
  }
}
