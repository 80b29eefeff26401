package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cluster.model.BankHolidays;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import dev.cluster.model.Severity;
import dev.cluster.testing.ModelBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipLoaderTest {
  static final Path VALID = Path.of("src/test/resources/valid");

  @Test
  void loadsEveryKeyOfTheFullFixture() {
    // given the fixture that uses every key
    Path file = VALID.resolve("full/partnership.yaml");

    // when
    LoadResult result = PartnershipLoader.load(file);

    // then
    Partnership p = result.partnership();
    assertThat(result.warnings()).isEmpty();
    assertThat(p.file()).isEqualTo(file.toString());
    assertThat(p.name()).isEqualTo("Riverside Learning Partnership");
    assertThat(p.area()).isEqualTo("Anytown Borough");
    assertThat(p.purpose()).startsWith("Working and sharing");
    assertThat(p.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(p.bankHolidays()).isEqualTo(BankHolidays.ENGLAND_AND_WALES);

    assertThat(p.calendar()).extracting(y -> y.name()).containsExactly("2026-27", "2027-28");
    var autumn = p.calendar().get(0).terms().get(0);
    assertThat(autumn.name()).isEqualTo("Autumn");
    assertThat(autumn.start()).isEqualTo(LocalDate.of(2026, 9, 2));
    assertThat(autumn.halfTerm().end()).isEqualTo(LocalDate.of(2026, 10, 30));
    assertThat(p.calendar().get(1).terms().get(0).halfTerm()).isNull();
    assertThat(p.calendar().get(0).closures())
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).isEqualTo("INSET"));

    School brook = p.school("brook").orElseThrow();
    assertThat(brook.roster()).isEqualTo(file.getParent().resolve("rosters/brook.csv").toString());
    assertThat(brook.joined()).isEqualTo(LocalDate.of(2015, 9, 1));
    assertThat(brook.closures())
        .extracting(c -> c.date())
        .containsExactly(LocalDate.of(2026, 11, 13));
    assertThat(brook.focus()).containsExactly("reading", "send");
    assertThat(brook.externalReviewer()).isEqualTo("Anytown Professional Partner");
    assertThat(brook.staff())
        .extracting(Person::id)
        .containsExactly(
            "alice-brennan",
            "ben-carter",
            "cara-doyle",
            "dan-ellis",
            "dan-ellis-2",
            "eve-f",
            "fay-green");
    Person ben = brook.staff().get(1);
    assertThat(ben.roles()).containsExactly("deputy-head", "teacher");
    assertThat(ben.yearGroup()).isEqualTo("Y2");
    assertThat(ben.subjects()).containsExactly("Maths");
    assertThat(ben.expertise()).containsExactly("maths");
    assertThat(ben.email()).isEqualTo("ben.carter@brook.example");
    assertThat(ben.row()).isEqualTo(3);
    assertThat(brook.staff().get(3).yearGroup()).isEqualTo("FS");
    assertThat(brook.staff().get(5).roles()).containsExactly("business-manager");
    assertThat(p.school("meadow").orElseThrow().left()).isEqualTo(LocalDate.of(2031, 8, 31));
    assertThat(p.school("no")).isPresent();

    // the hill roster: BOM, CRLF, renamed columns, a quoted comma and a quoted line break
    School hill = p.school("hill").orElseThrow();
    assertThat(hill.staff())
        .extracting(Person::name)
        .containsExactly(
            "Omar Hale", "Priya Quinn, Jr", "Ruth Stone", "Sam Tate", "Tia Unwin", "Ivy Ward");
    assertThat(hill.staff().get(0).roles()).containsExactly("headteacher");
    assertThat(hill.staff().get(1).roles()).containsExactly("sendco");
    assertThat(hill.staff().get(2).roles()).containsExactly("teacher", "english-lead");
    assertThat(hill.staff().get(2).yearGroup()).isEqualTo("FS");
    assertThat(hill.staff().get(3).roles()).containsExactly("deputy-head");
    assertThat(hill.staff().get(3).row()).isEqualTo(6);
    assertThat(hill.staff().get(0).email()).isEqualTo("omar@hill.example");

    assertThat(p.meetings())
        .extracting(MeetingSeries::id)
        .containsExactly(
            "heads", "moderation-fs", "moderation-y1", "moderation-y2", "sendco", "conference");
    MeetingSeries heads = p.meeting("heads").orElseThrow();
    assertThat(heads.title()).isEqualTo("Headteachers' meeting");
    assertThat(heads.schedule().per()).isEqualTo(Period.HALF_TERM);
    assertThat(heads.schedule().weeks()).containsExactly(3);
    assertThat(heads.schedule().weekday()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(heads.time()).isEqualTo(LocalTime.of(9, 30));
    assertThat(heads.duration()).isEqualTo(120);
    assertThat(heads.duties()).isEqualTo(ModelBuilder.duties(Duty.ROTATE, Duty.CHAIR, Duty.ROTATE));
    assertThat(heads.chairRole()).isEqualTo("headteacher");
    assertThat(heads.order()).containsExactly("brook", "hill", "meadow", "no");
    assertThat(heads.start()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(heads.standingItems()).hasSize(2);
    assertThat(heads.group()).isEqualTo("heads");
    assertThat(heads.yearGroup()).isNull();

    MeetingSeries y1 = p.meeting("moderation-y1").orElseThrow();
    assertThat(y1.yearGroup()).isEqualTo("Y1");
    assertThat(y1.group()).isEqualTo("moderation");
    assertThat(y1.title()).isEqualTo("Year-group moderation (Y1)");
    assertThat(y1.schedule().weeks()).containsExactly(-3);
    assertThat(y1.attendees()).containsExactly("teacher");

    MeetingSeries sendco = p.meeting("sendco").orElseThrow();
    assertThat(sendco.yearGroup()).isEqualTo("Y2");
    assertThat(sendco.schedule().per()).isEqualTo(Period.YEAR);
    assertThat(sendco.schedule().term()).isEqualTo("summer");
    assertThat(sendco.duration()).isEqualTo(60);
    assertThat(sendco.duties())
        .isEqualTo(ModelBuilder.duties(Duty.fixed("brook"), Duty.fixed("hill"), Duty.NONE));
    assertThat(sendco.start()).isEqualTo(LocalDate.of(2026, 9, 2));

    MeetingSeries conference = p.meeting("conference").orElseThrow();
    assertThat(conference.schedule()).isNull();
    assertThat(conference.dates()).containsExactly(LocalDate.of(2027, 3, 3));
    assertThat(conference.time()).isEqualTo(LocalTime.of(9, 0));
    assertThat(conference.end()).isEqualTo(LocalTime.of(15, 0));
    assertThat(conference.duties())
        .isEqualTo(ModelBuilder.duties(Duty.NONE, Duty.ROTATE, Duty.fixed("hill")));

    ReviewProgramme enquiry = p.review("enquiry").orElseThrow();
    assertThat(enquiry)
        .extracting(
            ReviewProgramme::roundsPerYear,
            ReviewProgramme::peers,
            ReviewProgramme::maxLoad,
            ReviewProgramme::reciprocal,
            ReviewProgramme::avoidRepeat,
            ReviewProgramme::matchFocus,
            ReviewProgramme::leadRole,
            ReviewProgramme::external,
            ReviewProgramme::history)
        .containsExactly(
            2,
            1,
            1,
            ReviewProgramme.Reciprocal.FORBID,
            2,
            true,
            "headteacher",
            true,
            "history/enquiry-*.csv");

    assertThat(p.overrides()).hasSize(4);
    assertThat(p.overrides().get(0).school(DutyType.CHAIR)).isEqualTo("hill");
    assertThat(p.overrides().get(1).moveTo()).isEqualTo(LocalDate.of(2027, 1, 26));
    assertThat(p.overrides().get(2).cancel()).isTrue();
    assertThat(p.overrides().get(3).school(DutyType.MINUTES)).isEqualTo("meadow");
    assertThat(p.agendaItems()).hasSize(2);
    assertThat(p.agendaItems().get(0).minutes()).isEqualTo(20);
    assertThat(p.agendaItems().get(0).lead()).isEqualTo("hill");
    assertThat(p.agendaItems().get(1).confidential()).isTrue();
    assertThat(p.plan()).extracting(i -> i.owner()).containsExactly("brook", "Omar Hale");
    assertThat(p.plan().get(0).due()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(p.plan().get(0).status()).isEqualTo("amber");

    assertThat(p.actions()).hasSize(2);
    assertThat(p.actions().get(0).open()).isTrue();
    assertThat(p.actions().get(1).open()).isFalse();
    assertThat(p.actions().get(1).action()).isEqualTo("=Book the hall");
    assertThat(p.history()).hasSize(4);
    assertThat(p.history().get(0))
        .extracting(
            h -> h.programme(),
            h -> h.year(),
            h -> h.round(),
            h -> h.school(),
            h -> h.reviewer(),
            h -> h.reviewerSchool(),
            h -> h.role())
        .containsExactly("enquiry", "2025-26", 1, "brook", "Omar Hale", "hill", "peer");
  }

  @Test
  void theFullFixtureUsesEveryKeyTheLoaderKnows() throws Exception {
    Path file = VALID.resolve("full/partnership.yaml");
    Node root = new YamlReader(file.toString(), new Problems()).read(Files.readString(file));
    java.util.Set<String> used = new java.util.HashSet<>();
    collectKeys(root, used);

    for (var keys :
        List.of(
            PartnershipBinder.ROOT_KEYS,
            PartnershipBinder.PARTNERSHIP_KEYS,
            PartnershipBinder.YEAR_KEYS,
            PartnershipBinder.TERM_KEYS,
            PartnershipBinder.RANGE_KEYS,
            PartnershipBinder.CLOSURE_KEYS,
            PartnershipBinder.SCHOOL_KEYS,
            PartnershipBinder.MEETING_KEYS,
            PartnershipBinder.ATTENDEES_KEYS,
            PartnershipBinder.SCHEDULE_KEYS,
            PartnershipBinder.REVIEW_KEYS,
            PartnershipBinder.OVERRIDE_KEYS,
            PartnershipBinder.AGENDA_KEYS,
            PartnershipBinder.PLAN_KEYS,
            PartnershipBinder.VENUE_KEYS)) {
      assertThat(used).containsAll(keys);
    }
  }

  private static void collectKeys(Node node, java.util.Set<String> keys) {
    if (node instanceof Node.MapNode m) {
      m.entries()
          .forEach(
              (k, e) -> {
                keys.add(k);
                collectKeys(e.value(), keys);
              });
    } else if (node instanceof Node.ListNode l) {
      l.items().forEach(i -> collectKeys(i, keys));
    }
  }

  @Test
  void fillsInTheDefaults() {
    Partnership p = PartnershipLoader.load(VALID.resolve("minimal/partnership.yaml")).partnership();

    assertThat(p.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(p.bankHolidays()).isEqualTo(BankHolidays.ENGLAND_AND_WALES);
    assertThat(p.area()).isEmpty();
    MeetingSeries heads = p.meetings().get(0);
    assertThat(heads.duties()).isEqualTo(ModelBuilder.duties(Duty.ROTATE, Duty.CHAIR, Duty.NONE));
    assertThat(heads.chairRole()).isEqualTo("headteacher");
    assertThat(heads.order()).containsExactly("ash", "elm");
    assertThat(heads.start()).isEqualTo(LocalDate.of(2026, 9, 3));
    assertThat(heads.duration()).isEqualTo(60);
    ReviewProgramme visits = p.reviews().get(0);
    assertThat(visits)
        .extracting(
            ReviewProgramme::roundsPerYear,
            ReviewProgramme::peers,
            ReviewProgramme::maxLoad,
            ReviewProgramme::reciprocal,
            ReviewProgramme::avoidRepeat,
            ReviewProgramme::matchFocus,
            ReviewProgramme::leadRole,
            ReviewProgramme::external,
            ReviewProgramme::history)
        .containsExactly(
            1, 1, null, ReviewProgramme.Reciprocal.AVOID, 1, false, null, false, "history/*.csv");
    assertThat(p.actions()).isEmpty();
    assertThat(p.history()).isEmpty();
  }

  @Test
  void refusesSensitiveColumnsAsErrorsAndNeverLoadsThem(@TempDir Path dir) throws Exception {
    // given a roster exported with a date of birth and a National Insurance number
    write(
        dir,
        "rosters/a.csv",
        "Name,Role,DOB,NI Number,Home Address,Personal Phone,Gender,Ethnicity,Salary,"
            + "D.O.B.,Personal Email Address,Postal Code\n"
            + "Anna Ash,Head,1970-01-01,QQ123456C,1 Home St,07700900000,F,White,50000,1970,a@home.example,AB1 2CD\n");
    write(dir, "rosters/b.csv", "name,role\nBo Birch,Head\n");
    write(dir, "partnership.yaml", minimal("a", "b"));

    // when
    DataException e =
        catchThrowableOfType(
            DataException.class, () -> PartnershipLoader.load(dir.resolve("partnership.yaml")));

    // then: one error per column, saying to remove it, and nothing of the cells in any message
    assertThat(e.diagnostics())
        .extracting(d -> d.location().column())
        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    assertThat(e.diagnostics().get(0).message())
        .contains("`DOB`", "sensitive", "remove the column");
    assertThat(e.diagnostics().toString())
        .doesNotContain(
            "1970-01-01", "QQ123456C", "Home St", "07700", "White", "50000", "a@home", "AB1");
  }

  @Test
  void columnsCannotMapASensitiveHeaderIn(@TempDir Path dir) throws Exception {
    write(
        dir,
        "rosters/a.csv",
        "Name,Role,Personal Email Address\nAnna Ash,Head,anna@home.example\n");
    write(dir, "rosters/b.csv", "name,role\nBo Birch,Head\n");
    write(
        dir,
        "partnership.yaml",
        minimal("a", "b")
            .replace(
                "roster: rosters/a.csv }",
                "roster: rosters/a.csv, columns: { email: Personal Email Address } }"));

    DataException e =
        catchThrowableOfType(
            DataException.class, () -> PartnershipLoader.load(dir.resolve("partnership.yaml")));

    assertThat(e.diagnostics())
        .extracting(Diagnostic::headline)
        .anySatisfy(
            h ->
                assertThat(h)
                    .contains(
                        "partnership.yaml:",
                        "`Personal Email Address` is a column of sensitive personal data",
                        "cannot map it"));
    assertThat(e.diagnostics().toString()).doesNotContain("anna@home");
  }

  @Test
  void aMixedAgeClassCountsInItsFirstYearGroupWithAWarning(@TempDir Path dir) throws Exception {
    write(dir, "rosters/a.csv", "name,role,year group\nAnna Ash,Head,\nAl Ash,Teacher,Year 3/4\n");
    write(dir, "rosters/b.csv", "name,role\nBo Birch,Head\n");
    write(dir, "partnership.yaml", minimal("a", "b"));

    LoadResult result = PartnershipLoader.load(dir.resolve("partnership.yaml"));

    assertThat(result.partnership().school("a").orElseThrow().staff().get(1).yearGroup())
        .isEqualTo("Y3");
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.location().toString()).isEqualTo(dir.resolve("rosters/a.csv") + ":3:3");
              assertThat(w.message()).contains("`Year 3/4`", "taken as Y3");
            });
  }

  @Test
  void aSchoolWithNobodyForASeriesIsWarnedAboutOncePerYearGroupSeries(@TempDir Path dir)
      throws Exception {
    // given a school with no class teachers at all, and moderation per year group FS and Y1
    write(
        dir,
        "rosters/a.csv",
        "name,role,year group\nAnna Ash,Head,\nAl Ash,Teacher,FS\nAmy Ash,Teacher,Y1\n");
    write(dir, "rosters/b.csv", "name,role\nBo Birch,Head\n");
    write(
        dir,
        "partnership.yaml",
        minimal("a", "b")
            + "  - id: moderation\n    title: Moderation\n"
            + "    for-each-year-group: [FS, Y1]\n    attendees: [teacher]\n"
            + "    schedule: { per: term, weeks: [1], weekday: friday, time: \"15:30\" }\n");

    // when
    LoadResult result = PartnershipLoader.load(dir.resolve("partnership.yaml"));

    // then
    assertThat(result.warnings())
        .extracting(d -> d.location().line() + ": " + d.message())
        .containsExactly(
            "15: nobody at school `b` can attend `moderation-fs`, `moderation-y1`: its roster has no teacher in FS, "
                + "Y1; add them to "
                + dir.resolve("rosters/b.csv")
                + " or leave the school out of `order`");
  }

  @Test
  void aClosureOutsideEveryTermIsWarnedAbout(@TempDir Path dir) throws Exception {
    write(dir, "rosters/a.csv", "name,role\nAnna Ash,Head\n");
    write(dir, "rosters/b.csv", "name,role\nBo Birch,Head\n");
    write(
        dir,
        "partnership.yaml",
        minimal("a", "b")
            .replace(
                "  - { id: b, name: B, roster: rosters/b.csv }",
                "  - { id: b, name: B, roster: rosters/b.csv, closures: [{ date: 2027-01-04, reason: INSET }] }"));

    LoadResult result = PartnershipLoader.load(dir.resolve("partnership.yaml"));

    assertThat(result.warnings())
        .extracting(d -> d.location().line() + ":" + d.location().column() + " " + d.message())
        .containsExactly(
            "9:65 the closure on 2027-01-04 (school `b`) is not in any term, so it changes nothing; "
                + "check its date");
  }

  @Test
  void yamlOneOneBooleanWordsStayTextWhereTextIsWanted(@TempDir Path dir) throws Exception {
    // given ids and names that YAML 1.1 reads as booleans
    write(dir, "rosters/no.csv", "name,role\nAnna Ash,Head\n");
    write(dir, "rosters/on.csv", "name,role\nBo Birch,Head\n");
    write(
        dir,
        "partnership.yaml",
        minimal("no", "on")
            .replace("name: Test", "name: yes")
            .replace("title: Heads", "title: off"));

    Partnership p = PartnershipLoader.load(dir.resolve("partnership.yaml")).partnership();

    assertThat(p.name()).isEqualTo("yes");
    assertThat(p.schools()).extracting(School::id).containsExactly("no", "on");
    assertThat(p.meetings().get(0).title()).isEqualTo("off");
  }

  @Test
  void collectsEveryErrorBeforeFailing(@TempDir Path dir) throws Exception {
    write(dir, "rosters/a.csv", "name,role\nAnna Ash,Head\n");
    write(
        dir,
        "partnership.yaml",
        minimal("a", "zz")
            .replace("2026-09-03", "2026-02-30")
            .replace("weekday: monday", "weekday: funday"));

    assertThatThrownBy(() -> PartnershipLoader.load(dir.resolve("partnership.yaml")))
        .isInstanceOfSatisfying(
            DataException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(d -> d.message())
                    .anySatisfy(m -> assertThat(m).contains("2026-02-30"))
                    .anySatisfy(
                        m -> assertThat(m).contains("rosters/zz.csv").contains("does not exist"))
                    .anySatisfy(m -> assertThat(m).contains("funday")));
  }

  static String minimal(String a, String b) {
    return "version: 1\npartnership: { name: Test }\ncalendar:\n  - year: 2026-27\n    terms:\n"
        + "      - { name: Autumn, start: 2026-09-03, end: 2026-12-18 }\nschools:\n"
        + "  - { id: "
        + a
        + ", name: A, roster: rosters/"
        + a
        + ".csv }\n"
        + "  - { id: "
        + b
        + ", name: B, roster: rosters/"
        + b
        + ".csv }\n"
        + "meetings:\n  - id: heads\n    title: Heads\n    attendees: [headteacher]\n"
        + "    schedule: { per: term, weeks: [2], weekday: monday, time: \"16:00\" }\n";
  }

  static void write(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
