package dev.cluster.pairing;

import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says, per team, why these reviewers ({@code --explain}): what each chosen peer costs on the
 * criteria, and what each school that was passed over would have cost instead (a repeat, a
 * reciprocal pair, a lost match, a heavier load), so a headteacher can check the choice without
 * trusting the search.
 */
final class PairingExplainer {
  private PairingExplainer() {}

  static List<String> explain(
      ReviewProgramme p,
      List<ReviewTeam> teams,
      List<PairingPlanner.Back> back,
      Set<SchoolPair> pairs,
      Map<ReviewerKey, Integer> loads,
      Map<SchoolPair, String> prices,
      java.util.function.BiFunction<School, School, String> rule) {
    int maxLoad = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> out = new ArrayList<>();
    for (ReviewTeam team : teams) {
      School b = team.school();
      StringBuilder sb = new StringBuilder();
      for (Peer peer : team.peers()) {
        sb.append(sb.length() == 0 ? "" : " ");
        sb.append(peer.person().name()).append(" (").append(peer.school().name()).append("): ");
        sb.append(String.join(", ", costs(p, peer.school(), b, back, pairs, peer.matches(), true)))
            .append('.');
      }
      List<String> passed = new ArrayList<>();
      for (ReviewTeam other : teams) {
        School a = other.school();
        if (a.id().equals(b.id()) || onTeam(team, a)) {
          continue;
        }
        List<Person> reviewers = reviewers(p, a);
        if (reviewers.isEmpty()) {
          continue;
        }
        String forbidden = rule.apply(a, b);
        if (forbidden != null) {
          passed.add(a.name() + ": " + forbidden);
          continue;
        }
        List<String> why = costs(p, a, b, back, pairs, bestMatch(p, reviewers, b), false);
        boolean full =
            reviewers.stream()
                .allMatch(
                    r ->
                        loads.getOrDefault(new ReviewerKey(a.id(), r.id()), 0)
                            >= Math.min(
                                p.maxLoad() == null ? Integer.MAX_VALUE : p.maxLoad(),
                                r.reviewLoad() == null ? Integer.MAX_VALUE : r.reviewLoad()));
        boolean ownCap =
            reviewers.stream()
                .anyMatch(
                    r ->
                        r.reviewLoad() != null
                            && (p.maxLoad() == null || r.reviewLoad() < p.maxLoad()));
        boolean heavier =
            reviewers.stream()
                .allMatch(r -> loads.getOrDefault(new ReviewerKey(a.id(), r.id()), 0) >= maxLoad);
        if (full && ownCap) {
          why.add(
              "its reviewers already review as many schools as their `review-load`"
                  + (p.maxLoad() == null ? "" : " or max-load " + p.maxLoad())
                  + " allows");
        } else if (full && p.maxLoad() != null) {
          why.add("its reviewers are already at max-load " + p.maxLoad());
        } else if (heavier) {
          why.add("its reviewers already have the largest load (" + maxLoad + ")");
        }
        SchoolPair pair = new SchoolPair(a.id(), b.id());
        if (prices.containsKey(pair)) {
          // The price (a whole plan with this school on the team) first; the local reasons explain
          // it.
          String price = prices.get(pair);
          passed.add(
              a.name()
                  + ": "
                  + (price == null ? "no teams meeting the hard rules have it" : price)
                  + (why.isEmpty() || price == null || price.startsWith(PairingPlanner.AS_GOOD)
                      ? ""
                      : " (" + String.join(", ", why) + ")"));
          continue;
        }
        if (why.isEmpty()) {
          why.add("as good here, but it is needed elsewhere or comes later in the tie-break order");
        }
        passed.add(a.name() + ": " + String.join(", ", why));
      }
      if (!passed.isEmpty()) {
        sb.append(" Passed over — ").append(String.join("; ", passed)).append('.');
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static boolean onTeam(ReviewTeam team, School a) {
    return team.peers().stream().anyMatch(x -> x.school().id().equals(a.id()));
  }

  private static List<Person> reviewers(ReviewProgramme p, School a) {
    return a.staff().stream()
        .filter(x -> p.reviewerRoles().stream().anyMatch(x::hasRole))
        .filter(x -> x.reviewLoad() == null || x.reviewLoad() > 0)
        .toList();
  }

  private static List<String> bestMatch(ReviewProgramme p, List<Person> reviewers, School b) {
    for (Person r : reviewers) {
      List<String> shared = PairingPlanner.sharedTags(r, b);
      if (p.matchFocus() && !shared.isEmpty()) {
        return shared;
      }
    }
    return List.of();
  }

  /** What school a reviewing school b costs: repeats, reciprocity, matches. */
  private static List<String> costs(
      ReviewProgramme p,
      School a,
      School b,
      List<PairingPlanner.Back> back,
      Set<SchoolPair> pairs,
      List<String> matches,
      boolean chosen) {
    List<String> why = new ArrayList<>();
    SchoolPair pair = new SchoolPair(a.id(), b.id());
    for (int l = 0; l < Math.min(back.size(), p.avoidRepeat()); l++) {
      if (back.get(l).pairs().contains(pair)) {
        PairingPlanner.Back r = back.get(l);
        why.add(
            (chosen ? "repeats" : "would repeat")
                + " a pair of "
                + r.year()
                + " round "
                + r.round());
      }
    }
    if (p.reciprocal() != ReviewProgramme.Reciprocal.ALLOW
        && pairs.contains(new SchoolPair(b.id(), a.id()))) {
      why.add((chosen ? "" : "would make ") + b.name() + " and " + a.name() + " review each other");
    }
    if (p.matchFocus()) {
      if (!matches.isEmpty() && chosen) {
        why.add("shares " + String.join(", ", matches));
      } else if (matches.isEmpty()) {
        why.add(chosen ? "shares no focus tag" : "no reviewer of it shares a focus tag");
      }
    }
    if (chosen && why.isEmpty()) {
      why.add("no repeat");
    }
    return why;
  }
}
