package dev.cluster.pairing;

import dev.cluster.model.Person;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.List;

/**
 * The team reviewing one school: its own lead (may be null), the external reviewer (may be null),
 * the peers, and the days of its visit (SPEC section 11): null when the programme has no {@code
 * visit:} or no day met the rules.
 */
public record ReviewTeam(
    School school, Person lead, String external, List<Peer> peers, List<LocalDate> visit) {
  public ReviewTeam {
    peers = List.copyOf(peers);
    visit = visit == null ? null : List.copyOf(visit);
  }

  /** A team without a visit date. */
  public ReviewTeam(School school, Person lead, String external, List<Peer> peers) {
    this(school, lead, external, peers, null);
  }

  /** This team visited on {@code days} (null: no date). */
  public ReviewTeam withVisit(List<LocalDate> days) {
    return new ReviewTeam(school, lead, external, peers, days);
  }
}
