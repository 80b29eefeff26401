package dev.cluster.render;

import dev.cluster.pairing.Pairings;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pairings --format csv}, which is also the history format: one row per team member. Reading the file
 * back (with {@link Csv#unneutralise}) gives the same programme, year, round, schools and reviewer names.
 */
public final class PairingsCsv {
  /** The header, exactly as SPEC section 6 gives it. */
  public static final List<String> HEADER =
      List.of("programme", "year", "round", "school", "reviewer", "reviewer-school", "role");

  private PairingsCsv() {}

  public static String render(Pairings pairings) {
    List<List<String>> rows = new ArrayList<>();
    for (ReviewRound round : pairings.rounds()) {
      for (ReviewTeam team : round.teams()) {
        for (Peer peer : team.peers()) {
          rows.add(List.of(round.programme().id(), round.year(), Integer.toString(round.round()),
              team.school().id(), peer.person().name(), peer.school().id(), "peer"));
        }
      }
    }
    return Csv.write(HEADER, rows);
  }
}
