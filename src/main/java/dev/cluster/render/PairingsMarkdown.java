package dev.cluster.render;

import dev.cluster.model.HistoryRow;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import dev.cluster.pairing.Pairings;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.pairing.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code pairings} as Markdown for headteachers: per round a table of teams, the score in words,
 * and per programme a who-reviewed-whom matrix across the history and this output, so the cycle
 * shows at a glance.
 */
public final class PairingsMarkdown {
  /** Above this many schools the matrix would be unreadable; the CSV has the same facts. */
  static final int MATRIX_LIMIT = 30;

  private PairingsMarkdown() {}

  public static String render(Partnership partnership, Pairings pairings, boolean explain) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Peer-review pairings — ").append(Markdown.escape(partnership.name())).append("\n");
    if (pairings.rounds().isEmpty()) {
      sb.append(
          "\nNo review rounds to show: `partnership.yaml` has no `reviews:` for this choice.\n");
      return sb.toString();
    }
    String current = null;
    for (int i = 0; i < pairings.rounds().size(); i++) {
      ReviewRound round = pairings.rounds().get(i);
      ReviewProgramme p = round.programme();
      if (!p.id().equals(current)) {
        current = p.id();
        sb.append("\n## ")
            .append(Markdown.escape(p.title()))
            .append(" (`")
            .append(p.id())
            .append("`)\n");
        sb.append("\n").append(describe(p)).append("\n");
      }
      round(sb, round, explain);
      boolean last =
          i + 1 == pairings.rounds().size()
              || !pairings.rounds().get(i + 1).programme().id().equals(current);
      if (last) {
        matrix(sb, partnership, p, pairings);
      }
    }
    return sb.toString();
  }

  private static String describe(ReviewProgramme p) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.roundsPerYear() == 1 ? "One round a year" : p.roundsPerYear() + " rounds a year");
    sb.append("; each school is reviewed by ")
        .append(p.peers())
        .append(p.peers() == 1 ? " peer" : " peers");
    sb.append(" (").append(Markdown.escape(String.join(" or ", p.reviewerRoles()))).append(")");
    sb.append(" from ").append(p.peers() == 1 ? "another school" : "different schools").append(".");
    return sb.toString();
  }

  private static void round(StringBuilder sb, ReviewRound round, boolean explain) {
    ReviewProgramme p = round.programme();
    sb.append("\n### ").append(round.year());
    if (p.roundsPerYear() > 1) {
      sb.append(", round ").append(round.round()).append(" of ").append(p.roundsPerYear());
    }
    sb.append("\n\n");
    if (round.teams().isEmpty()) {
      sb.append("No school is a member on the first day of this round.\n");
      return;
    }
    boolean visits = p.visit() != null;
    MarkdownTable table =
        visits
            ? new MarkdownTable(
                "School", "Lead", "External reviewer", "Peer reviewers", "Shared focus", "Visit")
            : new MarkdownTable(
                "School", "Lead", "External reviewer", "Peer reviewers", "Shared focus");
    for (ReviewTeam team : round.teams()) {
      List<String> peers = new ArrayList<>();
      List<String> matches = new ArrayList<>();
      for (Peer peer : team.peers()) {
        peers.add(
            Markdown.escape(peer.person().name())
                + " ("
                + Markdown.escape(peer.school().name())
                + ")");
        for (String m : peer.matches()) {
          if (!matches.contains(Markdown.escape(m))) {
            matches.add(Markdown.escape(m));
          }
        }
      }
      List<String> cells =
          new ArrayList<>(
              List.of(
                  Markdown.escape(team.school().name()),
                  team.lead() == null ? "—" : Markdown.escape(team.lead().name()),
                  team.external() == null ? "—" : Markdown.escape(team.external()),
                  String.join("<br>", peers),
                  matches.isEmpty() ? "—" : String.join(", ", matches)));
      if (visits) {
        cells.add(visit(team.visit()));
      }
      table.rowMarkdown(cells.toArray(new String[0]));
    }
    sb.append(table.render());
    sb.append("\n").append(words(round)).append("\n");
    if (explain) {
      sb.append("\nWhy these reviewers:\n\n");
      for (int i = 0; i < round.teams().size() && i < round.explanations().size(); i++) {
        sb.append("- **")
            .append(Markdown.escape(round.teams().get(i).school().name()))
            .append("**: ")
            .append(Markdown.escape(round.explanations().get(i)))
            .append("\n");
      }
    }
  }

  /**
   * A visit's days ({@code Tue 15 Sep 2026}, or first to last day), or "no date" (SPEC section 11).
   */
  static String visit(List<java.time.LocalDate> days) {
    if (days == null || days.isEmpty()) {
      return "no date";
    }
    String first = dev.cluster.calendar.Dates.shortDate(days.get(0));
    return days.size() == 1
        ? first
        : first + " – " + dev.cluster.calendar.Dates.shortDate(days.get(days.size() - 1));
  }

  /** The score in words, then whether it is proven best, or how far from the bound it may be. */
  public static String words(ReviewRound round) {
    ReviewProgramme p = round.programme();
    Score s = round.score();
    List<String> parts = new ArrayList<>();
    if (round.back().isEmpty() && p.avoidRepeat() > 0) {
      parts.add("there is no earlier round to repeat");
    }
    for (int l = 0; l < round.back().size(); l++) {
      int r = s.repeats().get(l);
      String which =
          (l == 0 ? "the last round" : l == 1 ? "the round before" : (l + 1) + " rounds back")
              + " ("
              + Markdown.escape(round.back().get(l))
              + ")";
      parts.add(
          r == 0
              ? "no pair repeats " + which
              : r + (r == 1 ? " pair repeats " : " pairs repeat ") + which);
    }
    int rec = s.reciprocal();
    if (p.reciprocal() == Reciprocal.FORBID) {
      parts.add("no two schools review each other (forbidden)");
    } else if (p.reciprocal() == Reciprocal.AVOID) {
      parts.add(
          rec == 0
              ? "no two schools review each other"
              : rec
                  + (rec == 1 ? " pair reviews" : " pairs review")
                  + " each other"
                  + (round.optimal() ? " — the fewest possible" : ""));
    }
    if (p.matchFocus()) {
      int members = round.teams().size() * p.peers();
      parts.add(
          s.matches() + " of " + members + " peers share a focus tag with the school they review");
    }
    parts.add(
        s.maxLoad() == 1
            ? "nobody reviews more than one school"
            : "nobody reviews more than " + s.maxLoad() + " schools");
    String text = capitalise(String.join("; ", parts)) + ".";
    if (round.optimal()) {
      return text
          + " This is the best pairing possible: cluster has proven that no other does better.";
    }
    Score b = round.bound();
    return text
        + " This is the best pairing found within a fixed search effort; no pairing can do better"
        + " than "
        + b.repeats()
        + " repeats, "
        + b.reciprocal()
        + " reciprocal pairs, "
        + b.matches()
        + " shared focus tags and a load of "
        + b.maxLoad()
        + ".";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Rows: the reviewer's school; columns: the school reviewed (as in the report); cells: the
   * rounds, this output's in bold.
   */
  private static void matrix(
      StringBuilder sb, Partnership partnership, ReviewProgramme p, Pairings pairings) {
    Map<String, Map<String, TreeSet<String>>> cells = new LinkedHashMap<>();
    for (HistoryRow r : partnership.history()) {
      if (r.programme().equals(p.id())) {
        cells
            .computeIfAbsent(r.reviewerSchool(), x -> new LinkedHashMap<>())
            .computeIfAbsent(r.school(), x -> new TreeSet<>())
            .add(label(p, r.year(), r.round()));
      }
    }
    for (ReviewRound round : pairings.rounds()) {
      if (!round.programme().id().equals(p.id())) {
        continue;
      }
      for (ReviewTeam team : round.teams()) {
        for (Peer peer : team.peers()) {
          TreeSet<String> set =
              cells
                  .computeIfAbsent(peer.school().id(), x -> new LinkedHashMap<>())
                  .computeIfAbsent(team.school().id(), x -> new TreeSet<>());
          String label = label(p, round.year(), round.round());
          set.remove(label); // the same round from history: shown once, in bold
          set.add(label + "*");
        }
      }
    }
    List<School> schools =
        partnership.schools().stream()
            .filter(
                s ->
                    cells.containsKey(s.id())
                        || cells.values().stream().anyMatch(m -> m.containsKey(s.id())))
            .toList();
    sb.append("\n### Who reviewed whom\n\n");
    if (schools.size() > MATRIX_LIMIT) {
      sb.append("The matrix of ")
          .append(schools.size())
          .append(" schools is too wide to read here; ")
          .append("`cluster pairings --format csv` lists every pair.\n");
      return;
    }
    sb.append(
        "Each row's school reviewed each column's school in the rounds shown; **bold** rounds are in"
            + " this output, the others come from history.\n\n");
    String[] header = new String[schools.size() + 1];
    header[0] = "Reviewer's school";
    for (int i = 0; i < schools.size(); i++) {
      header[i + 1] = schools.get(i).name();
    }
    MarkdownTable table = new MarkdownTable(header);
    for (School reviewer : schools) {
      String[] row = new String[schools.size() + 1];
      row[0] = Markdown.escape(reviewer.name());
      Map<String, TreeSet<String>> reviewedBy = cells.getOrDefault(reviewer.id(), Map.of());
      for (int i = 0; i < schools.size(); i++) {
        School reviewed = schools.get(i);
        List<String> labels = new ArrayList<>();
        for (String l : reviewedBy.getOrDefault(reviewed.id(), new TreeSet<>())) {
          labels.add(
              l.endsWith("*")
                  ? "**" + Markdown.escape(l.substring(0, l.length() - 1)) + "**"
                  : Markdown.escape(l));
        }
        row[i + 1] = reviewer.id().equals(reviewed.id()) ? "—" : String.join(", ", labels);
      }
      table.rowMarkdown(row);
    }
    sb.append(table.render());
  }

  private static String label(ReviewProgramme p, String year, int round) {
    return p.roundsPerYear() == 1 ? year : year + "/" + round;
  }
}
