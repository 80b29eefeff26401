package dev.cluster.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.testing.Cli;
import dev.cluster.testing.CliResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC section 9 end to end: {@code rota --school/--person} and the calendar files people subscribe
 * to.
 */
class RotaForPeopleTest {
  static Stream<String> partnerships() {
    return Stream.of(
        "partnership.yaml",
        "examples/bromsgrove-first-schools/partnership.yaml",
        "examples/collaborative-partnership/partnership.yaml",
        "examples/new-partnership/partnership.yaml",
        "examples/spp-partnership/partnership.yaml",
        "src/test/resources/golden/rota-fixture/partnership.yaml");
  }

  private static CliResult rota(String file, List<String> args) {
    List<String> argv =
        new ArrayList<>(List.of("-f", file, "--today", "2026-11-23", "rota", "--year", "2026-27"));
    argv.addAll(args);
    return Cli.run(argv.toArray(String[]::new));
  }

  /** The UIDs (meeting-day) of a CSV rota: one row per meeting, meeting id and date. */
  private static Set<String> rows(CliResult r) {
    assertThat(r.exit()).as(r.err()).isZero();
    Set<String> out = new LinkedHashSet<>();
    r.out().lines().skip(1).forEach(l -> out.add(l.split(",", 4)[0] + " " + l.split(",", 4)[2]));
    return out;
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void filtersAreAUnionWithinTheMeetingsAndKeepEveryDutyOfTheSchool(String file) {
    Partnership p = PartnershipLoader.load(java.nio.file.Path.of(file)).partnership();
    long seed = file.hashCode();
    Random random = new Random(seed);
    Set<String> all = rows(rota(file, List.of("--format", "csv")));
    Set<String> union = new HashSet<>();
    List<String> args = new ArrayList<>();
    for (School s : p.schools()) {
      Set<String> mine = rows(rota(file, List.of("--format", "csv", "--school", s.id())));
      assertThat(all)
          .as("seed %d: --school %s is a part of the rota", seed, s.id())
          .containsAll(mine);
      // every meeting where the school chairs, hosts or minutes is kept
      String csv = rota(file, List.of("--format", "csv")).out();
      csv.lines()
          .skip(1)
          .filter(l -> List.of(l.split(",")).contains(s.id()))
          .forEach(
              l ->
                  assertThat(mine)
                      .as("seed %d: %s has a duty at %s", seed, s.id(), l)
                      .contains(l.split(",", 4)[0] + " " + l.split(",", 4)[2]));
      if (random.nextBoolean()) {
        union.addAll(mine);
        args.addAll(List.of("--school", s.id()));
      }
    }
    for (int i = 0; i < 3 && !p.schools().isEmpty(); i++) {
      School s = p.schools().get(random.nextInt(p.schools().size()));
      if (s.staff().isEmpty()) {
        continue;
      }
      Person person = s.staff().get(random.nextInt(s.staff().size()));
      Set<String> theirs =
          rows(rota(file, List.of("--format", "csv", "--person", s.id() + "/" + person.id())));
      assertThat(all).containsAll(theirs);
      union.addAll(theirs);
      args.addAll(List.of("--person", s.id() + "/" + person.id()));
    }
    List<String> withFormat = new ArrayList<>(args);
    withFormat.addAll(List.of("--format", "csv"));
    assertThat(rows(rota(file, withFormat)))
        .as("seed %d: %s is the union", seed, args)
        .containsExactlyInAnyOrderElementsOf(union);
    if (!p.meetings().isEmpty()) {
      String series = p.meetings().get(0).id();
      withFormat.addAll(List.of("--meeting", series));
      assertThat(rows(rota(file, withFormat)))
          .as("seed %d: intersected with --meeting", seed)
          .containsExactlyInAnyOrderElementsOf(
              union.stream().filter(u -> u.startsWith(series + " ")).toList());
    }
  }

  @Test
  void aPersonIsKeptWhereTheyChairMinuteOrAttendAndEveryFormatFilters() throws Exception {
    // Leon Akhtar is Fleet's headteacher: the headteachers' meetings, and the ones he minutes.
    List<String> who = List.of("--person", "fleet/leon-akhtar");
    Set<String> his = rows(rota("partnership.yaml", concat(who, "--format", "csv")));
    assertThat(his).isNotEmpty().allMatch(r -> r.startsWith("heads ") || r.startsWith("strategy "));
    String ics = rota("partnership.yaml", concat(who, "--format", "ics")).out();
    List<Map<String, String>> events = IcsCheck.check("--person ics", ics);
    assertThat(events).hasSize(his.size());
    String json = rota("partnership.yaml", concat(who, "--format", "json")).out();
    assertThat(json.split("\"meeting\": ").length - 1).isEqualTo(his.size());
    String md = rota("partnership.yaml", concat(who, "--format", "markdown")).out();
    assertThat(md).contains("Headteachers' meeting").doesNotContain("SENDCo network\n");
  }

  @Test
  void anUnknownSchoolOrPersonIsAUsageErrorNamingWhatThereIs() {
    CliResult school = rota("partnership.yaml", List.of("--school", "flet"));
    assertThat(school.exit()).isEqualTo(2);
    assertThat(school.err())
        .contains(
            "--school: the partnership has no school `flet`; it has: fleet, gospel-oak,"
                + " rhyl, netley; did you mean `fleet`?");
    CliResult person = rota("partnership.yaml", List.of("--person", "fleet/leon-akhtr"));
    assertThat(person.exit()).isEqualTo(2);
    assertThat(person.err())
        .contains(
            "the roster of `fleet` has nobody with the id `leon-akhtr`; it has:" + " leon-akhtar, ")
        .contains("did you mean `leon-akhtar`?");
    CliResult bare = rota("partnership.yaml", List.of("--person", "fleet"));
    assertThat(bare.exit()).isEqualTo(2);
    assertThat(bare.err()).contains("give SCHOOL/PERSON-ID, for example fleet/leon-akhtar");
    assertThat(rota("partnership.yaml", List.of("--person", "flet/leon-akhtar")).err())
        .contains("no school `flet`");
    CliResult save = rota("partnership.yaml", List.of("--save", "--school", "fleet"));
    assertThat(save.exit()).isEqualTo(2);
    assertThat(save.err())
        .contains("--save records the whole rota of the window; leave out --school and --person");
  }

  @ParameterizedTest
  @MethodSource("partnerships")
  void everyCalendarPassesIcal4jAndAStricterReadingOfRfc5545(String file) throws Exception {
    Partnership p = PartnershipLoader.load(java.nio.file.Path.of(file)).partnership();
    List<Map<String, String>> all =
        IcsCheck.check(file, rota(file, List.of("--format", "ics")).out());
    for (School s : p.schools()) {
      List<Map<String, String>> mine =
          IcsCheck.check(
              file + " " + s.id(),
              rota(file, List.of("--format", "ics", "--school", s.id())).out());
      // the same event in a filtered file as in the whole one: SEQUENCE never depends on the filter
      assertThat(all).containsAll(mine);
    }
  }

  private static List<String> concat(List<String> a, String... b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(List.of(b));
    return out;
  }
}
