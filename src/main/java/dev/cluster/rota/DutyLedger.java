package dev.cluster.rota;

import dev.cluster.model.MeetingSeries;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has chaired, hosted and minuted what, per series and school: in a window and since the series started
 * (up to the window's end), so that anyone can see a rota is fair. Cancelled meetings count for nobody.
 */
public record DutyLedger(LocalDate from, LocalDate to, List<Row> rows) {
  public DutyLedger {
    rows = List.copyOf(rows);
  }

  /** How many times a school did each duty. */
  public record Counts(int chaired, int hosted, int minuted) {
    /** Whether the school did no duty at all. */
    public boolean isZero() {
      return chaired == 0 && hosted == 0 && minuted == 0;
    }
  }

  /** One school's counts in one series: in the window and since the series started. */
  public record Row(MeetingSeries series, School school, Counts window, Counts total) {}

  /** The rows of {@code series}, schools in file order. */
  public List<Row> rows(MeetingSeries series) {
    return rows.stream().filter(r -> r.series().id().equals(series.id())).toList();
  }

  /**
   * Counts {@code meetings} (every meeting of {@code series} since they started) per series and school: the
   * schools in each series' rotation order or that did a duty, in file order.
   */
  public static DutyLedger of(List<School> schools, List<MeetingSeries> series,
      List<ScheduledMeeting> meetings, LocalDate from, LocalDate to) {
    List<Row> rows = new ArrayList<>();
    for (MeetingSeries s : series) {
      Map<String, int[]> counts = new LinkedHashMap<>();
      for (School school : schools) {
        counts.put(school.id(), new int[6]);
      }
      for (ScheduledMeeting m : meetings) {
        if (!m.series().id().equals(s.id()) || m.cancelled() || m.date().isAfter(to)) {
          continue;
        }
        boolean inWindow = !m.date().isBefore(from);
        count(counts, m.chair(), 0, inWindow);
        count(counts, m.host(), 1, inWindow);
        count(counts, m.minutes(), 2, inWindow);
      }
      for (School school : schools) {
        int[] c = counts.get(school.id());
        Counts total = new Counts(c[3], c[4], c[5]);
        if (s.order().contains(school.id()) || !total.isZero()) {
          rows.add(new Row(s, school, new Counts(c[0], c[1], c[2]), total));
        }
      }
    }
    return new DutyLedger(from, to, rows);
  }

  private static void count(Map<String, int[]> counts, Assignment a, int duty, boolean inWindow) {
    if (a == null) {
      return;
    }
    int[] c = counts.get(a.school().id());
    if (c != null) {
      c[duty + 3]++;
      if (inWindow) {
        c[duty]++;
      }
    }
  }
}
