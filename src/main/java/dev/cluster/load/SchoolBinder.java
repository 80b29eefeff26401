package dev.cluster.load;

import dev.cluster.model.Closure;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.model.Term;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds {@code schools:} and, through a {@link PartnershipBinder.RosterSource}, each school's roster. */
final class SchoolBinder {
  private final Fields f;
  private final Problems problems;
  private final Known known;
  private final PartnershipBinder.RosterSource rosters;

  SchoolBinder(Fields f, Known known, PartnershipBinder.RosterSource rosters) {
    this.f = f;
    this.problems = f.problems();
    this.known = known;
    this.rosters = rosters;
  }

  /** Binds {@code schools:}, reading each roster as soon as its school is known. */
  void bind(Node.MapNode doc) {
    Node n = Fields.value(doc, "schools");
    if (n == null) {
      problems.error(doc.location(), "partnership.yaml has no `schools:`; add the member schools");
      return;
    }
    List<Node> items = f.list(n, "`schools`");
    if (items == null) {
      return;
    }
    for (Node item : items) {
      school(item);
    }
  }

  private void school(Node item) {
    Node.MapNode m = f.map(item, "a school in `schools`");
    if (m == null) {
      return;
    }
    f.keys(m, "a school", PartnershipBinder.SCHOOL_KEYS);
    String id = f.id(m, "id", "a school", "fleet");
    if (id != null && !known.schoolIds.add(id)) {
      problems.error(m.get("id").location(), "school id `" + id + "` is used twice; give each school its own id");
      id = null;
    }
    String where = id == null ? "a school" : "school `" + id + "`";
    String schoolName = f.requiredText(m, "name", where, "Fleet Primary School");
    String address = f.text(m, "address", where);
    LocalDate joined = f.date(m, "joined", where);
    LocalDate left = f.date(m, "left", where);
    if (joined != null && left != null && left.isBefore(joined)) {
      problems.error(m.get("left").location(), where + " left on " + left + ", before it joined on " + joined
          + "; check the dates");
    }
    List<Term> terms = known.calendarComplete && !known.calendar.isEmpty()
        ? known.calendar.stream().flatMap(y -> y.terms().stream()).toList() : null;
    List<Closure> closures = CalendarBinder.closures(f, m, where, terms);
    List<String> focus = f.texts(m, "focus", where).stream().map(Fields.Located::text).toList();
    String external = f.text(m, "external-reviewer", where);
    String group = f.text(m, "group", where);
    group = group == null || group.isBlank() ? null : group.trim();
    Map<String, String> renames = columns(m, where);
    Fields.Located roster = null;
    Node rn = Fields.value(m, "roster");
    if (rn == null && m.get("roster") != null) {
      blankRoster(m.get("roster").location(), where, id);
    } else if (rn == null) {
      f.missing(m, "roster", where, "rosters/" + (id == null ? "school" : id) + ".csv");
    } else {
      String path = f.text(rn, "`roster` of " + where);
      if (path != null && !path.isBlank()) {
        roster = new Fields.Located(path.trim(), rn.location());
      } else if (path != null) {
        blankRoster(rn.location(), where, id);
      }
    }
    List<Person> staff = null;
    if (roster != null) {
      staff = rosters.read(id, roster, renames);
      if (staff == null) {
        known.everyRosterRead = false;
      } else {
        for (Person p : staff) {
          known.roles.addAll(p.roles());
          known.personNames.add(p.name());
        }
      }
    } else {
      known.everyRosterRead = false;
    }
    if (id != null && schoolName != null && staff != null) {
      known.schools.put(id, new School(id, schoolName.trim(), address, rosters.path(roster.text()), joined, left,
          closures, focus, external, staff, m.location(), group));
    }
  }

  /** A blank roster would quietly drop the school from every command: it is an error. */
  private void blankRoster(dev.cluster.model.Location at, String where, String id) {
    problems.error(at, "`roster` of " + where + " is blank; name its staff list, for example `roster: rosters/"
        + (id == null ? "school" : id) + ".csv`");
  }

  private Map<String, String> columns(Node.MapNode m, String where) {
    Map<String, String> renames = new LinkedHashMap<>();
    Node n = Fields.value(m, "columns");
    if (n == null) {
      return renames;
    }
    Node.MapNode cm = f.map(n, "`columns` of " + where);
    if (cm == null) {
      return renames;
    }
    f.keys(cm, "`columns`", RosterReader.COLUMNS.keySet());
    for (Node.Entry e : cm.entries().values()) {
      String header = f.text(e.value(), "`" + e.key() + "` in `columns`");
      if (header != null && RosterReader.COLUMNS.containsKey(e.key())) {
        renames.put(e.key(), header);
      }
    }
    return renames;
  }
}
