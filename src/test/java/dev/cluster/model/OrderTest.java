package dev.cluster.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Order#by} orders as {@code Comparator.comparing(a).thenComparing(b)...} does. */
class OrderTest {
  record Row(String name, int rank, java.time.LocalDate day) {}

  @Test
  void ordersAsComparingThenComparingDoesAndTheSortStaysStable() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      List<Row> rows = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        rows.add(
            new Row(
                String.valueOf((char) ('a' + random.nextInt(3))),
                random.nextInt(3) - 1,
                java.time.LocalDate.of(2026, 9, 1).plusDays(random.nextInt(3))));
      }
      List<Row> expected = new ArrayList<>(rows);
      expected.sort(
          Comparator.comparing(Row::day).thenComparing(Row::name).thenComparingInt(Row::rank));
      List<Row> actual = new ArrayList<>(rows);
      actual.sort(Order.by(Row::day, Row::name, Row::rank));
      // identity, not equality: equal rows keep their order (the sort is stable either way)
      assertThat(actual).as("seed %d", seed).containsExactlyElementsOf(expected);
      for (int i = 0; i < actual.size(); i++) {
        assertThat(actual.get(i)).as("seed %d, row %d", seed, i).isSameAs(expected.get(i));
      }
      List<Row> byDay = new ArrayList<>(rows);
      byDay.sort(Order.by(Row::day));
      List<Row> byDayExpected = new ArrayList<>(rows);
      byDayExpected.sort(Comparator.comparing(Row::day));
      assertThat(byDay).as("seed %d, one key", seed).isEqualTo(byDayExpected);
    }
  }
}
