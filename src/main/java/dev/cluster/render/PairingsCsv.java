package dev.cluster.render;

import dev.cluster.pairing.Pairings;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pairings --format csv}, which is also the history format: one row per team member. Reading
 * the file back (with {@link Csv#unneutralise}) gives the same programme, year, round, schools and
 * reviewer names. When a programme in the output has {@code visit:}, a last column {@code visit}
 * holds the first day of each team's visit (empty for a team without one, and for programmes
 * without {@code visit:}).
 */
public final class PairingsCsv {
  /** The header, exactly as SPEC section 6 gives it. */
  public static final List<String> HEADER =
      List.of("programme", "year", "round", "school", "reviewer", "reviewer-school", "role");

  private PairingsCsv() {}

  /**
   * SPEC section 6's header, with SPEC section 11's {@code visit} column last when {@code visits}.
   */
  public static List<String> header(boolean visits) {
    if (!visits) {
      return HEADER;
    }
    List<String> h = new ArrayList<>(HEADER);
    h.add("visit");
    return List.copyOf(h);
  }

  public static String render(Pairings pairings) {
    boolean visits = pairings.rounds().stream().anyMatch(r -> r.programme().visit() != null);
    List<List<String>> rows = new ArrayList<>();
    for (ReviewRound round : pairings.rounds()) {
      rows.addAll(rows(round, visits));
    }
    return Csv.write(header(visits), rows);
  }

  /** The round's rows, with the {@code visit} cell when {@code visits}. */
  static List<List<String>> rows(ReviewRound round, boolean visits) {
    List<List<String>> rows = new ArrayList<>();
    for (ReviewTeam team : round.teams()) {
      for (Peer peer : team.peers()) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    round.programme().id(),
                    round.year(),
                    Integer.toString(round.round()),
                    team.school().id(),
                    peer.person().name(),
                    peer.school().id(),
                    "peer"));
        if (visits) {
          row.add(
              team.visit() == null || team.visit().isEmpty() ? "" : team.visit().get(0).toString());
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
