package dev.cluster.render;

import dev.cluster.calendar.Dates;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.rota.DutyLedger;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code cluster rota} as Markdown: per series a table of its meetings (date, time, chair, host and
 * venue, minutes, notes), then its duty ledger per school, this period and since the series
 * started.
 */
public final class RotaMarkdown {
  private static final String NOBODY = "—";

  private RotaMarkdown() {}

  /**
   * The rota of {@code partnership} for the window named {@code label}, with one section per series
   * in {@code series} (those asked for, in file order) and its {@code ledger}.
   */
  public static String render(
      String partnership, String label, Rota rota, List<MeetingSeries> series, DutyLedger ledger) {
    return render(partnership, label, rota, series, ledger, false);
  }

  /** As above; {@code acrossSeries} says that the partnership balances duties across series. */
  public static String render(
      String partnership,
      String label,
      Rota rota,
      List<MeetingSeries> series,
      DutyLedger ledger,
      boolean acrossSeries) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rota: ")
        .append(Markdown.escape(partnership))
        .append(" — ")
        .append(Markdown.escape(label))
        .append("\n\n");
    sb.append(Dates.longDate(rota.from()))
        .append(" to ")
        .append(Dates.longDate(rota.to()))
        .append(".\n");
    if (series.isEmpty()) {
      sb.append(
          "\nThe partnership has no meeting series yet: add them under `meetings:` in partnership.yaml.\n");
    }
    // A for-each-year-group series is one section: one table with a year-group column, one ledger
    // summed
    // over its year groups (seven near-identical sections would bury the rest of the rota).
    Map<String, List<MeetingSeries>> groups = new LinkedHashMap<>();
    for (MeetingSeries s : series) {
      groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
    }
    for (var e : groups.entrySet()) {
      List<MeetingSeries> members = e.getValue();
      MeetingSeries s = members.get(0);
      boolean byYearGroup = members.size() > 1;
      sb.append("\n## ")
          .append(Markdown.escape(byYearGroup ? groupTitle(s) : s.title()))
          .append(" (`")
          .append(byYearGroup ? e.getKey() : s.id())
          .append("`)\n\n");
      List<String> ids = members.stream().map(MeetingSeries::id).toList();
      List<ScheduledMeeting> meetings =
          rota.meetings().stream().filter(m -> ids.contains(m.series().id())).toList();
      if (meetings.isEmpty()) {
        sb.append("No meetings in this period.\n");
      } else {
        sb.append(meetingTable(s, byYearGroup, meetings).render());
      }
      List<DutyLedger.Row> rows = sum(members, ledger);
      if (!rows.isEmpty() && hasRotation(s)) {
        sb.append("\nDuty ledger")
            .append(byYearGroup ? " (all year groups together)" : "")
            .append(": this period, and since the series started on ")
            .append(Dates.shortDate(s.start()))
            .append(".\n\n");
        sb.append(ledgerTable(s, rows).render());
      }
    }
    if (!ledger.terms().isEmpty() && series.stream().anyMatch(MeetingSeries::hasDuties)) {
      sb.append("\n## Duties across the partnership\n\n");
      sb.append("Each school's duties at this period's meetings of every series, term by term")
          .append(acrossSeries ? " (the rota balances them: `balance: across-series`)" : "")
          .append(".\n");
      for (DutyLedger.TermTotal t : ledger.terms()) {
        sb.append("\n### ").append(Markdown.escape(t.term())).append("\n\n");
        List<String> header = new ArrayList<>(List.of("School"));
        for (DutyType d : DutyType.values()) {
          header.add(d.done());
        }
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        for (DutyLedger.SchoolTotal row : t.schools()) {
          List<String> cells = new ArrayList<>(List.of(row.school().name()));
          for (DutyType d : DutyType.values()) {
            cells.add(String.valueOf(row.counts().of(d)));
          }
          table.row(cells.toArray(String[]::new));
        }
        sb.append(table.render());
      }
    }
    if (!rota.warnings().isEmpty()) {
      // Also on standard error; repeated here because a rota written with -o is read without it.
      sb.append("\n## Warnings\n\n");
      for (var w : rota.warnings()) {
        sb.append("- ").append(Markdown.escape(w.message())).append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean hasRotation(MeetingSeries s) {
    return s.hasDuties();
  }

  /**
   * "Year-group moderation (FS)" → "Year-group moderation": the title the group was written with.
   */
  private static String groupTitle(MeetingSeries s) {
    String suffix = " (" + s.yearGroup() + ")";
    return s.yearGroup() != null && s.title().endsWith(suffix)
        ? s.title().substring(0, s.title().length() - suffix.length())
        : s.title();
  }

  /** The ledger rows of {@code members} added up per school (a single series: its own rows). */
  private static List<DutyLedger.Row> sum(List<MeetingSeries> members, DutyLedger ledger) {
    if (members.size() == 1) {
      return ledger.rows(members.get(0));
    }
    Map<String, DutyLedger.Row> bySchool = new LinkedHashMap<>();
    for (MeetingSeries m : members) {
      for (DutyLedger.Row r : ledger.rows(m)) {
        bySchool.merge(
            r.school().id(),
            r,
            (a, b) ->
                new DutyLedger.Row(
                    a.series(),
                    a.school(),
                    a.window().plus(b.window()),
                    a.total().plus(b.total())));
      }
    }
    return List.copyOf(bySchool.values());
  }

  private static MarkdownTable meetingTable(
      MeetingSeries s, boolean byYearGroup, List<ScheduledMeeting> meetings) {
    List<String> header = new ArrayList<>(List.of("Date", "Time"));
    List<Function<ScheduledMeeting, String>> cells = new ArrayList<>();
    cells.add(m -> Dates.shortDate(m.date()) + (m.cancelled() ? " (cancelled)" : ""));
    cells.add(m -> m.start() + "–" + m.end());
    if (byYearGroup) {
      header.add("Year group");
      cells.add(m -> m.series().yearGroup());
    }
    for (DutyType t : DutyType.values()) {
      if (s.duty(t).kind() != Duty.Kind.NONE) {
        header.add(t.namesPerson() ? t.title() : t.title() + " / venue");
        cells.add(
            t.namesPerson()
                ? m -> dash(RotaText.personAtSchool(m.duty(t)))
                : m -> dash(RotaText.venueWithLink(m.duty(t))));
      }
    }
    header.add("Notes");
    cells.add(m -> String.join("; ", m.notes()));
    MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
    for (ScheduledMeeting m : meetings) {
      table.row(cells.stream().map(c -> c.apply(m)).toArray(String[]::new));
    }
    return table;
  }

  private static String dash(String text) {
    return text == null ? NOBODY : text;
  }

  private static MarkdownTable ledgerTable(MeetingSeries s, List<DutyLedger.Row> rows) {
    List<String> header = new ArrayList<>(List.of("School"));
    List<Function<DutyLedger.Row, String>> cells = new ArrayList<>();
    cells.add(r -> r.school().name());
    for (DutyType t : DutyType.values()) {
      Duty d = s.duty(t);
      // a duty fixed at no listed school (a venue that is not a school, SPEC section 10) counts for
      // nobody
      if (d.kind() != Duty.Kind.FIXED
          || rows.stream().anyMatch(r -> r.school().id().equals(d.school()))) {
        addDuty(d, t.done(), header, cells, c -> c.of(t));
      }
    }
    MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
    for (DutyLedger.Row r : rows) {
      table.row(cells.stream().map(c -> c.apply(r)).toArray(String[]::new));
    }
    return table;
  }

  private static void addDuty(
      Duty duty,
      String name,
      List<String> header,
      List<Function<DutyLedger.Row, String>> cells,
      Function<DutyLedger.Counts, Integer> count) {
    if (duty.kind() == Duty.Kind.NONE) {
      return;
    }
    header.add(name + ": this period");
    header.add(name + ": since start");
    cells.add(r -> String.valueOf(count.apply(r.window())));
    cells.add(r -> String.valueOf(count.apply(r.total())));
  }
}
