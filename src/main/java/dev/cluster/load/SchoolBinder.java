package dev.cluster.load;

import dev.cluster.model.Closure;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.model.Term;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code schools:} and, through a {@link PartnershipBinder.RosterSource}, each school's
 * roster.
 */
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
      problems.error(
          m.get("id").location(),
          "school id `" + id + "` is used twice; give each school its own id");
      id = null;
    }
    String where = id == null ? "a school" : "school `" + id + "`";
    String schoolName = f.requiredText(m, "name", where, "Fleet Primary School");
    String address = f.text(m, "address", where);
    LocalDate joined = f.date(m, "joined", where);
    LocalDate left = f.date(m, "left", where);
    if (joined != null && left != null && left.isBefore(joined)) {
      problems.error(
          m.get("left").location(),
          where + " left on " + left + ", before it joined on " + joined + "; check the dates");
    }
    List<Term> terms =
        known.calendarComplete && !known.calendar.isEmpty()
            ? known.calendar.stream().flatMap(y -> y.terms().stream()).toList()
            : null;
    List<Closure> closures = CalendarBinder.closures(f, m, where, terms);
    List<String> focus = f.texts(m, "focus", where).stream().map(Fields.Located::text).toList();
    String external = f.text(m, "external-reviewer", where);
    String group = f.text(m, "group", where);
    group = group == null || group.isBlank() ? null : group.trim();
    Map<String, List<String>> renames = columns(m, where);
    List<String> yearGroups = new java.util.ArrayList<>();
    for (Fields.Located yg : f.texts(m, "year-groups", where)) {
      String g = Names.yearGroup(yg.text());
      if (g == null) {
        problems.error(
            yg.location(),
            "unknown year group `"
                + yg.text()
                + "` in `year-groups` of "
                + where
                + "; use FS, Y1, Y2, Y3, Y4, Y5, Y6 (a junior school: `[Y3, Y4, Y5, Y6]`)");
      } else if (yearGroups.contains(g)) {
        problems.error(
            yg.location(),
            "year group "
                + g
                + " is listed twice in `year-groups` of "
                + where
                + "; list each once");
      } else {
        yearGroups.add(g);
      }
    }
    if (Fields.value(m, "year-groups") instanceof Node.ListNode l && l.items().isEmpty()) {
      problems.error(
          m.get("year-groups").location(),
          "`year-groups` of "
              + where
              + " is empty; list the "
              + "year groups the school teaches, or remove the key (a school teaching every year group)");
    }
    Fields.Located sheet = null;
    Node sheetNode = Fields.value(m, "sheet");
    if (sheetNode != null) {
      String t = f.text(sheetNode, "`sheet` of " + where);
      if (t != null) {
        sheet = new Fields.Located(t.trim(), sheetNode.location());
      }
    }
    Fields.Located windows1252 = null;
    Node encodingNode = Fields.value(m, "encoding");
    if (encodingNode != null) {
      String t = f.text(encodingNode, "`encoding` of " + where);
      if (t != null && t.trim().replace("_", "-").equalsIgnoreCase("windows-1252")) {
        windows1252 = new Fields.Located(t.trim(), encodingNode.location());
      } else if (t != null) {
        problems.error(
            encodingNode.location(),
            "`encoding` of "
                + where
                + " is `"
                + t.trim()
                + "`; the only "
                + "value is `windows-1252` (a roster's encoding is detected from its content: the key only says that "
                + "the school's plain \"CSV\" is Windows-1252, so it is read without a warning); remove it otherwise");
      }
    }
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
      staff =
          rosters.read(
              id,
              roster,
              new PartnershipBinder.RosterSpec(renames, sheet, known.roleNames, windows1252));
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
      known.schools.put(
          id,
          new School(
              id,
              schoolName.trim(),
              address,
              rosters.path(roster.text()),
              joined,
              left,
              closures,
              focus,
              external,
              staff,
              m.location(),
              yearGroups,
              group));
    }
  }

  /** A blank roster would quietly drop the school from every command: it is an error. */
  private void blankRoster(dev.cluster.model.Location at, String where, String id) {
    problems.error(
        at,
        "`roster` of "
            + where
            + " is blank; name its staff list, for example `roster: rosters/"
            + (id == null ? "school" : id)
            + ".csv`");
  }

  private Map<String, List<String>> columns(Node.MapNode m, String where) {
    Map<String, List<String>> renames = new LinkedHashMap<>();
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
      if (!RosterReader.COLUMNS.containsKey(e.key())) {
        continue;
      }
      List<Fields.Located> headers;
      if (e.value() instanceof Node.ListNode && e.key().equals("name")) {
        headers = f.texts(cm, e.key(), "`columns` of " + where);
        if (headers.isEmpty()) {
          problems.error(
              e.value().location(),
              "`name` in `columns` of "
                  + where
                  + " is empty; write the header"
                  + " of the name column, or the forename and surname columns: `name: [Forename, Surname]`");
        }
      } else {
        String header =
            f.text(
                e.value(),
                "`"
                    + e.key()
                    + "` in `columns`"
                    + (e.key().equals("name")
                        ? " (a header, or a list such as [Forename, Surname])"
                        : ""));
        headers =
            header == null ? List.of() : List.of(new Fields.Located(header, e.value().location()));
      }
      List<String> ok = new java.util.ArrayList<>();
      for (Fields.Located h : headers) {
        if (RosterReader.isSensitive(h.text())) {
          problems.error(
              h.location(),
              "`"
                  + RosterReader.excerpt(h.text())
                  + "` is a column of sensitive "
                  + "personal data, which cluster never loads, so `columns:` cannot map it to `"
                  + e.key()
                  + "`"
                  + (e.key().equals("email")
                      ? "; map the work e-mail column (for example `email: Email Address`)"
                      : "")
                  + " and remove that column from the file");
        } else {
          ok.add(h.text());
        }
      }
      if (!ok.isEmpty() && ok.size() == headers.size()) {
        renames.put(e.key(), ok);
      }
    }
    return renames;
  }
}
