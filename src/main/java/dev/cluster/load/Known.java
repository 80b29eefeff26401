package dev.cluster.load;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What later parts of {@code partnership.yaml} refer to, collected while binding even from parts
 * with errors so that every reference is still checked, with the checks themselves (naming the
 * value and a near miss).
 */
final class Known {
  final List<AcademicYear> calendar = new ArrayList<>();

  /** False when a year or term had an error: date checks against the calendar are then left out. */
  boolean calendarComplete = true;

  final Map<String, School> schools = new LinkedHashMap<>();
  final Set<String> schoolIds = new LinkedHashSet<>();

  /**
   * Venues that are not schools (SPEC section 10), and every venue id claimed (also of venues with
   * errors).
   */
  final Map<String, dev.cluster.model.Venue> venues = new LinkedHashMap<>();

  final Set<String> venueIds = new LinkedHashSet<>();
  final Map<String, MeetingSeries> meetings = new LinkedHashMap<>();
  final Set<String> meetingIds = new LinkedHashSet<>();

  /** A {@code for-each-year-group} series' id and the ids it expanded into. */
  final Map<String, List<String>> expandedGroups = new LinkedHashMap<>();

  final Set<String> personNames = new LinkedHashSet<>();
  final Set<String> roles = new LinkedHashSet<>();

  /** How roles are normalised: built in, then the partnership's {@code roles:}. */
  RoleNames roleNames = RoleNames.BUILT_IN;

  /**
   * False when a roster could not be read: role checks are then left out, as they would mislead.
   */
  boolean everyRosterRead = true;

  private final Problems problems;

  Known(Problems problems) {
    this.problems = problems;
  }

  /**
   * The role under {@code key} of {@code m}, normalised and checked; null when absent or not a
   * text.
   */
  String role(Fields f, Node.MapNode m, String key, String where) {
    Node n = Fields.value(m, key);
    String t = n == null ? null : f.text(n, "`" + key + "` of " + where);
    return t == null ? null : checkRole(new Fields.Located(t.trim(), n.location()), where);
  }

  /** Whether {@code owner} is a school id or the name of someone on a roster. */
  boolean isOwner(String owner) {
    return schoolIds.contains(owner) || personNames.contains(owner);
  }

  /**
   * Roles named in partnership.yaml that no roster has and no roster role resembles: the first
   * place each is named and where. {@link RoleWarnings} reports each once, with what it leaves
   * empty.
   */
  final Map<String, Fields.Located> unheldRoles = new LinkedHashMap<>();

  /**
   * A role named in partnership.yaml, normalised like the rosters' roles and checked against them.
   */
  String checkRole(Fields.Located written, String where) {
    String role = roleNames.of(written.text());
    // A near miss of a role the rosters have is a typo: an error, so that CI fails on it. A roster
    // role that
    // contains it (`executive-headteacher` for `headteacher`) is probably the partnership's own
    // spelling: a
    // warning saying how to map it. Any other role nobody holds yet is a warning, reported once
    // with what it
    // affects (RoleWarnings): SPEC section 5 gives a duty nobody can take as null with a warning,
    // so the rota
    // and every other command still work while the rosters are being filled in.
    if (everyRosterRead && !roles.contains(role)) {
      String message = "no one on any roster has the role `" + role + "` (" + where + ")";
      List<String> containing =
          roles.stream().filter(r -> ("-" + r + "-").contains("-" + role + "-")).toList();
      String close = Suggest.closest(role, roles);
      if (close != null) {
        problems.error(written.location(), message + "; did you mean `" + close + "`?");
      } else if (!containing.isEmpty()) {
        problems.warning(
            written.location(),
            message
                + "; the rosters have "
                + String.join(", ", containing.stream().map(r -> "`" + r + "`").toList())
                + ": if that is the same role, map it with "
                + "`roles: { "
                + role
                + ": ["
                + String.join(", ", containing)
                + "] }` in partnership.yaml");
      } else {
        unheldRoles.putIfAbsent(role, new Fields.Located(where, written.location()));
      }
    }
    return role;
  }

  /** The id of a known meeting series, or null (reported, with a suggestion). */
  String checkMeeting(String id, Location at, String where) {
    if (meetingIds.contains(id)) {
      return id;
    }
    List<String> expanded = expandedGroups.get(id);
    if (expanded != null) {
      problems.error(
          at,
          "`"
              + id
              + "` in "
              + where
              + " is a series per year group; name one of "
              + String.join(", ", expanded));
    } else {
      problems.error(
          at, "unknown meeting `" + id + "` in " + where + Suggest.didYouMean(id, meetingIds));
    }
    return null;
  }

  boolean inSomeTerm(LocalDate date) {
    return calendar.stream()
        .anyMatch(y -> y.terms().stream().anyMatch(t -> t.dates().contains(date)));
  }

  /** "; did you mean `x`?" for a school id, or the list of the school ids when none is close. */
  String schoolHint(String id) {
    String hint = Suggest.didYouMean(id, schoolIds);
    return hint.isEmpty() && !schoolIds.isEmpty()
        ? "; the schools are " + String.join(", ", schoolIds)
        : hint;
  }

  /**
   * The error for a venue id where only a school can be named ({@code chair}, {@code minutes},
   * {@code order}), or null when {@code id} is no venue's.
   */
  String venueNotSchool(String id, String key, String where) {
    return venueIds.contains(id)
        ? "`"
            + id
            + "` in `"
            + key
            + "` of "
            + where
            + " is a venue, not a school; a "
            + "venue can only host (`host: "
            + id
            + "`), so name a school here"
        : null;
  }

  /** School ids and people's names, for "did you mean" on an owner. */
  List<String> ownerNames() {
    List<String> all = new ArrayList<>(schoolIds);
    all.addAll(personNames);
    return all;
  }
}
