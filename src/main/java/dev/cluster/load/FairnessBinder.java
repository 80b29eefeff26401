package dev.cluster.load;

import dev.cluster.model.Absence;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds SPEC section 11's {@code unavailable:} (people away): each entry's {@code person} must be
 * {@code SCHOOL/PERSON-ID} of a school and of someone on its roster, and {@code from} must not be
 * after {@code to}. {@code reason} is read and never printed.
 */
final class FairnessBinder {
  static final java.util.Set<String> ABSENCE_KEYS =
      java.util.Set.of("person", "from", "to", "reason");

  private final Fields f;
  private final Known known;
  private final Problems problems;

  FairnessBinder(Fields f, Known known) {
    this.f = f;
    this.known = known;
    this.problems = f.problems();
  }

  List<Absence> bind(Node.MapNode doc) {
    List<Absence> out = new ArrayList<>();
    List<Node> items = f.list(Fields.value(doc, "unavailable"), "`unavailable`");
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "an entry of `unavailable`");
      if (m == null) {
        continue;
      }
      String where = "an entry of `unavailable`";
      f.keys(m, where, ABSENCE_KEYS);
      String person = f.requiredText(m, "person", where, "fleet/leon-akhtar");
      LocalDate from = f.requiredDate(m, "from", where);
      LocalDate to = f.requiredDate(m, "to", where);
      String reason = f.text(m, "reason", where);
      String[] who = person == null ? null : person(person.trim(), m.get("person"));
      if (from != null && to != null && from.isAfter(to)) {
        problems.error(
            m.get("to").location(),
            "`to` "
                + to
                + " is before `from` "
                + from
                + " in "
                + where
                + "; give the first and the last day away");
        continue;
      }
      if (who != null && from != null && to != null) {
        out.add(new Absence(who[0], who[1], from, to, reason, m.location()));
      }
    }
    return out;
  }

  /** {@code school/person-id} checked against the schools and their rosters, or null (reported). */
  private String[] person(String written, Node at) {
    int slash = written.indexOf('/');
    if (slash <= 0 || slash == written.length() - 1 || written.indexOf('/', slash + 1) >= 0) {
      problems.error(
          at.location(),
          "`person` `"
              + written
              + "` in `unavailable` is not SCHOOL/PERSON-ID; write"
              + " the school id, a slash and the person's id, for example `fleet/leon-akhtar`");
      return null;
    }
    String schoolId = written.substring(0, slash);
    String personId = written.substring(slash + 1);
    School school = known.schools.get(schoolId);
    if (!known.schoolIds.contains(schoolId)) {
      problems.error(
          at.location(),
          "unknown school `"
              + schoolId
              + "` in `person` of `unavailable`"
              + known.schoolHint(schoolId));
      return null;
    }
    if (school == null || !known.everyRosterRead) {
      return new String[] {schoolId, personId}; // its roster could not be read: reported already
    }
    List<String> ids = school.staff().stream().map(Person::id).toList();
    if (!ids.contains(personId)) {
      String hint = Suggest.didYouMean(personId, ids);
      problems.error(
          at.location(),
          "nobody with the id `"
              + personId
              + "` is on the roster of `"
              + schoolId
              + "` ("
              + school.roster()
              + ")"
              + (hint.isEmpty()
                  ? "; a person's id is the roster's `id` column, or a"
                      + " slug of the name"
                      + (ids.isEmpty() ? "" : " such as `" + ids.get(0) + "`")
                  : hint));
      return null;
    }
    return new String[] {schoolId, personId};
  }
}
