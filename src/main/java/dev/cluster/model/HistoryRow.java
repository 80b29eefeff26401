package dev.cluster.model;

import java.util.Objects;

/** One team member of an earlier pairing, as read back from {@code history/*.csv}. */
public record HistoryRow(
    String programme,
    String year,
    int round,
    String school,
    String reviewer,
    String reviewerSchool,
    String role,
    Location location) {
  public HistoryRow {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(reviewerSchool, "reviewerSchool");
  }
}
