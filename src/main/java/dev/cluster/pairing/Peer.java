package dev.cluster.pairing;

import dev.cluster.model.Person;
import dev.cluster.model.School;
import java.util.List;

/** One peer reviewer on a team, with the focus tags their expertise matches (always a list). */
public record Peer(Person person, School school, List<String> matches) {
  public Peer {
    matches = List.copyOf(matches);
  }
}
