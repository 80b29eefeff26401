package dev.cluster.load;

import dev.cluster.model.Action;
import dev.cluster.model.Location;
import dev.cluster.model.Minutes;
import dev.cluster.model.Rosters;
import dev.cluster.model.School;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of minutes against the rest of the record (SPEC section 8.2): an action id is unique
 * across {@code actions.csv} and all minutes, {@code done} names a known action, and the people
 * named are on a roster (a warning only: people leave).
 */
final class MinutesChecks {
  private MinutesChecks() {}

  static void check(
      List<Action> log, List<Minutes> minutes, List<School> schools, Problems problems) {
    Map<String, Location> ids = new HashMap<>();
    for (Action a : log) {
      ids.putIfAbsent(a.id(), a.location());
    }
    for (Minutes m : minutes) {
      for (Action a : m.actions()) {
        Location first = ids.putIfAbsent(a.id(), a.location());
        if (first != null) {
          problems.error(
              a.location(),
              "action id `"
                  + a.id()
                  + "` is already used (at "
                  + first
                  + "); an id is"
                  + " unique across actions.csv and all minutes, so give this action another");
        }
      }
    }
    for (Minutes m : minutes) {
      for (Minutes.Name d : m.done()) {
        if (!ids.containsKey(d.text())) {
          problems.error(
              d.location(),
              "`done` names action `"
                  + d.text()
                  + "`, which is in neither actions.csv"
                  + " nor any minutes"
                  + Suggest.didYouMean(d.text(), ids.keySet()));
        }
      }
      boolean rostersKnown = schools.stream().allMatch(s -> s.staff() != null);
      for (List<Minutes.Name> names : List.of(m.present(), m.apologies())) {
        for (Minutes.Name n : names) {
          if (rostersKnown && Rosters.find(schools, n.text()).isEmpty()) {
            problems.warning(
                n.location(),
                "`"
                    + n.text()
                    + "` is not on any roster (someone who has left?);"
                    + " they are not counted for a school in the attendance register. Write SCHOOL/PERSON-ID or"
                    + " the name as the roster has it");
          }
        }
      }
    }
  }
}
