package dev.cluster.load;

import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.School;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warns about a school in a series' rotation with nobody who can attend it, or nobody who can chair
 * it: the rota passes such a school over, which a partnership should hear about before the rota
 * surprises it. The series of one {@code for-each-year-group} are reported together, one warning
 * per school.
 */
final class RoleWarnings {
  private RoleWarnings() {}

  static void check(List<MeetingSeries> meetings, List<School> schools, Problems problems) {
    // a role nobody anywhere holds is reported once, as the root cause, where partnership.yaml
    // names it
    java.util.Set<String> held = new java.util.HashSet<>();
    schools.forEach(s -> s.staff().forEach(p -> held.addAll(p.roles())));
    // (group, school, what is missing) -> the series concerned, in file order
    Map<List<String>, List<MeetingSeries>> missing = new LinkedHashMap<>();
    for (MeetingSeries m : meetings) {
      for (School s : schools) {
        boolean inRotation = m.order().contains(s.id());
        Duty chair = m.duty(DutyType.CHAIR);
        boolean fixedChair = chair.kind() == Duty.Kind.FIXED && chair.school().equals(s.id());
        if (!inRotation && !fixedChair || !s.teaches(m.yearGroup())) {
          continue;
        }
        boolean attends =
            m.attendees().stream().anyMatch(r -> s.first(r, m.yearGroup()).isPresent());
        boolean chairs = s.first(m.chairRole(), m.yearGroup()).isPresent();
        if (!attends && m.attendees().stream().noneMatch(held::contains)
            || attends && !chairs && !held.contains(m.chairRole())) {
          continue;
        }
        if (!attends) {
          missing
              .computeIfAbsent(List.of(m.group(), s.id(), "attend"), k -> new ArrayList<>())
              .add(m);
        } else if (!chairs && (chair.kind() == Duty.Kind.ROTATE || fixedChair)) {
          missing
              .computeIfAbsent(List.of(m.group(), s.id(), "chair"), k -> new ArrayList<>())
              .add(m);
        }
      }
    }
    for (var e : missing.entrySet()) {
      School s =
          schools.stream().filter(x -> x.id().equals(e.getKey().get(1))).findFirst().orElseThrow();
      List<MeetingSeries> series = e.getValue();
      MeetingSeries first = series.get(0);
      String ids = String.join(", ", series.stream().map(m -> "`" + m.id() + "`").toList());
      List<String> groups =
          series.stream().map(MeetingSeries::yearGroup).filter(g -> g != null).toList();
      String inGroups = groups.isEmpty() ? "" : " in " + String.join(", ", groups);
      if (e.getKey().get(2).equals("attend")) {
        problems.warning(
            first.location(),
            "nobody at school `"
                + s.id()
                + "` can attend "
                + ids
                + ": its roster "
                + "has no "
                + String.join(" or ", first.attendees())
                + inGroups
                + "; add them to "
                + s.roster()
                + " or leave the school out of `order`");
      } else {
        problems.warning(
            first.location(),
            "nobody at school `"
                + s.id()
                + "` has the role `"
                + first.chairRole()
                + "`"
                + inGroups
                + ", so it cannot chair "
                + ids
                + "; add one to "
                + s.roster()
                + " or change `chair-role`");
      }
    }
  }
}
