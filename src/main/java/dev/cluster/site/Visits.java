package dev.cluster.site;

import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.report.ReviewResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's review visits of the programmes with {@code visit:} (SPEC section 11) for the site:
 * per school the teams it is visited by or reviews with, per person the teams they review with or
 * lead (as the visited school's lead). Found once, so that each page and calendar looks its visits
 * up.
 */
final class Visits {
  /** One team of one round. */
  record Visit(ReviewRound round, ReviewTeam team) {}

  private final List<ReviewRound> rounds;
  private final List<ReviewTeam> all = new ArrayList<>();
  private final Map<String, List<Visit>> bySchool = new HashMap<>();
  private final Map<String, List<ReviewTeam>> byPerson = new HashMap<>();

  private Visits(List<ReviewRound> rounds) {
    this.rounds = List.copyOf(rounds);
    for (ReviewRound round : rounds) {
      for (ReviewTeam t : round.teams()) {
        all.add(t);
        Visit v = new Visit(round, t);
        add(bySchool, t.school().id(), v);
        if (t.lead() != null) {
          add(byPerson, key(t.school(), t.lead()), t);
        }
        for (Peer peer : t.peers()) {
          List<Visit> ofSchool =
              bySchool.computeIfAbsent(peer.school().id(), k -> new ArrayList<>());
          if (ofSchool.isEmpty() || ofSchool.get(ofSchool.size() - 1).team() != t) {
            ofSchool.add(v); // a school with two reviewers in one team lists the team once
          }
          add(byPerson, key(peer.school(), peer.person()), t);
        }
      }
    }
  }

  /** The visits of this year's rounds of every programme that has {@code visit:}. */
  static Visits of(List<ReviewResult> reviews) {
    List<ReviewRound> rounds = new ArrayList<>();
    for (ReviewResult r : reviews) {
      if (r.programme().visit() != null) {
        rounds.addAll(r.rounds());
      }
    }
    return new Visits(rounds);
  }

  /** The rounds with visits (empty: no programme has {@code visit:}). */
  List<ReviewRound> rounds() {
    return rounds;
  }

  /** Every team, in round order. */
  List<ReviewTeam> all() {
    return all;
  }

  /**
   * The visits of {@code s}, as visited school or as a reviewer's school, in round and team order.
   */
  List<Visit> of(School s) {
    return bySchool.getOrDefault(s.id(), List.of());
  }

  /** The teams of {@link #of(School)}. */
  List<ReviewTeam> teams(School s) {
    return of(s).stream().map(Visit::team).toList();
  }

  /** The teams {@code person} of {@code s} reviews with or leads. */
  List<ReviewTeam> teams(School s, Person person) {
    return byPerson.getOrDefault(key(s, person), List.of());
  }

  private static String key(School s, Person person) {
    return s.id() + "/" + person.id();
  }

  private static <T> void add(Map<String, List<T>> map, String key, T value) {
    List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.isEmpty() || list.get(list.size() - 1) != value) {
      list.add(value);
    }
  }
}
