package dev.cluster.rota;

import dev.cluster.load.Suggest;
import dev.cluster.model.DutyType;
import dev.cluster.model.Fairness;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.model.UsageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code rota --school ID} and {@code rota --person SCHOOL/PERSON-ID} (SPEC section 9): the
 * meetings where any of the given schools chairs, hosts, minutes or is expected, or any of the
 * given people chairs, minutes or attends. A union; an empty filter keeps every meeting. Resolved
 * against the partnership first, so that an unknown id is a usage error naming what the partnership
 * has.
 */
public record RotaFilter(List<School> schools, List<PersonAt> people, Fairness fairness) {
  /** One person of one school. */
  public record PersonAt(School school, Person person) {
    /** {@code school/person-id}. */
    public String key() {
      return school.id() + "/" + person.id();
    }
  }

  public RotaFilter {
    fairness = fairness == null ? Fairness.NONE : fairness;
    schools = List.copyOf(schools);
    people = List.copyOf(people);
  }

  /** The filter that keeps everything. */
  public static final RotaFilter NONE = new RotaFilter(List.of(), List.of(), Fairness.NONE);

  /**
   * The filter of {@code schoolIds} and {@code personIds} (either may be null).
   *
   * @throws UsageException when an id names no school or person, with what the partnership has
   */
  public static RotaFilter of(Partnership p, List<String> schoolIds, List<String> personIds) {
    List<School> schools = new ArrayList<>();
    List<String> known = p.schools().stream().map(School::id).toList();
    for (String id : schoolIds == null ? List.<String>of() : schoolIds) {
      schools.add(
          p.school(id.trim())
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--school: the partnership has no"
                              + " school `"
                              + id
                              + "`; it has: "
                              + String.join(", ", known)
                              + Suggest.didYouMean(id.trim(), known))));
    }
    List<PersonAt> people = new ArrayList<>();
    for (String key : personIds == null ? List.<String>of() : personIds) {
      people.add(person(p, key.trim(), known));
    }
    return new RotaFilter(schools, people, p.fairness());
  }

  /** Resolves {@code school/person-id}. */
  public static PersonAt person(Partnership p, String key, List<String> known) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      throw new UsageException(
          "--person `"
              + key
              + "`: give SCHOOL/PERSON-ID, for example "
              + (p.schools().isEmpty() || p.schools().get(0).staff().isEmpty()
                  ? "fleet/ada-lovel"
                  : p.schools().get(0).id() + "/" + p.schools().get(0).staff().get(0).id()));
    }
    String schoolId = key.substring(0, slash);
    String personId = key.substring(slash + 1);
    School school =
        p.school(schoolId)
            .orElseThrow(
                () ->
                    new UsageException(
                        "--person `"
                            + key
                            + "`: the"
                            + " partnership has no school `"
                            + schoolId
                            + "`; it has: "
                            + String.join(", ", known)
                            + Suggest.didYouMean(schoolId, known)));
    List<String> ids = school.staff().stream().map(Person::id).toList();
    Person person =
        school.staff().stream()
            .filter(x -> x.id().equals(personId))
            .findFirst()
            .orElseThrow(
                () ->
                    new UsageException(
                        "--person `"
                            + key
                            + "`: the roster of `"
                            + schoolId
                            + "` has"
                            + " nobody with the id `"
                            + personId
                            + "`"
                            + (ids.isEmpty()
                                ? "; it lists nobody"
                                : "; it has: " + String.join(", ", ids))
                            + Suggest.didYouMean(personId, ids)));
    return new PersonAt(school, person);
  }

  /** Whether nothing is filtered. */
  public boolean isEmpty() {
    return schools.isEmpty() && people.isEmpty();
  }

  /** Whether {@code m} is kept. */
  public boolean keeps(ScheduledMeeting m) {
    if (isEmpty()) {
      return true;
    }
    for (School s : schools) {
      if (Arrays.stream(DutyType.values()).anyMatch(t -> isSchool(m.duty(t), s))
          || Attendance.schoolExpected(s, m)) {
        return true;
      }
    }
    for (PersonAt pa : people) {
      if (DutyType.namingPeople().stream().anyMatch(t -> isPerson(m.duty(t), pa))
          || Attendance.attends(fairness, pa.school(), pa.person(), m)) {
        return true;
      }
    }
    return false;
  }

  /** The rota with only the meetings kept (its warnings unchanged). */
  public Rota apply(Rota rota) {
    if (isEmpty()) {
      return rota;
    }
    return new Rota(
        rota.from(),
        rota.to(),
        rota.meetings().stream().filter(this::keeps).toList(),
        rota.warnings());
  }

  private static boolean isSchool(Assignment a, School s) {
    return a != null && s.id().equals(a.schoolId());
  }

  private static boolean isPerson(Assignment a, PersonAt pa) {
    return a != null
        && a.person() != null
        && pa.school().id().equals(a.schoolId())
        && a.person().id().equals(pa.person().id());
  }
}
