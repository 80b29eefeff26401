package dev.cluster.pairing;

import dev.cluster.model.Person;
import dev.cluster.model.School;
import java.util.List;

/** The team reviewing one school: its own lead (may be null), the external reviewer (may be null), the peers. */
public record ReviewTeam(School school, Person lead, String external, List<Peer> peers) {
  public ReviewTeam {
    peers = List.copyOf(peers);
  }
}
