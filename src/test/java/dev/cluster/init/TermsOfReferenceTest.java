package dev.cluster.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Duty;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.Period;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.testing.ModelBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsOfReferenceTest {
  private static final List<String> ORDER = List.of("fleet", "rhyl");

  private static MeetingSeries moderation(String yearGroup) {
    return new MeetingSeries(
        "moderation-" + yearGroup.toLowerCase(),
        "Year-group moderation",
        List.of("teacher"),
        yearGroup,
        "moderation",
        new Schedule(Period.TERM, List.of(-3), DayOfWeek.WEDNESDAY, null),
        List.of(),
        LocalTime.of(15, 45),
        75,
        ModelBuilder.duties(Duty.ROTATE, Duty.CHAIR, Duty.NONE),
        null,
        ORDER,
        LocalDate.of(2026, 9, 1),
        List.of(),
        ModelBuilder.HERE);
  }

  private static Partnership partnership(
      List<School> schools, List<MeetingSeries> meetings, List<ReviewProgramme> reviews) {
    return ModelBuilder.partnership(
        List.of(ModelBuilder.year2026()), schools, meetings, reviews, List.of());
  }

  @Test
  void meetings_are_described_in_words() {
    // given
    Partnership p =
        partnership(
            List.of(ModelBuilder.school("fleet"), ModelBuilder.school("rhyl")),
            List.of(ModelBuilder.heads(ORDER)),
            List.of());

    // when
    String text = TermsOfReference.render(p);

    // then
    assertThat(text)
        .contains("# Test Partnership: terms of reference")
        .contains("| fleet Primary School | fleet Road | yes |")
        .contains("### Meeting heads")
        .contains(
            "- **When:** once every half-term, in the 3rd teaching week, on Tuesday at 09:30 for 120 minutes")
        .contains("- **Chair:** each school in turn (its headteacher)")
        .contains("- **Host:** the chairing school")
        .contains("- **Minutes:** each school in turn, never the chairing school")
        .contains("- **Standing items:** Welcome and apologies")
        .contains("The partnership has no peer-review programme yet.");
  }

  @Test
  void a_year_group_family_is_one_entry() {
    // given
    Partnership p =
        partnership(
            List.of(ModelBuilder.school("fleet"), ModelBuilder.school("rhyl")),
            List.of(moderation("FS"), moderation("Y1"), moderation("Y2")),
            List.of());

    // when
    TermsOfReference.View view = TermsOfReference.view(p);

    // then
    assertThat(view.meetings())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.title()).isEqualTo("Year-group moderation");
              assertThat(m.attendees())
                  .isEqualTo("teacher of that year group: one meeting for each of FS, Y1, Y2");
              assertThat(m.when())
                  .isEqualTo(
                      "once a term, in the 3rd teaching week from the end, on Wednesday at 15:45 for 75 minutes");
              assertThat(m.hasStandingItems()).isFalse();
            });
  }

  @Test
  void reviews_say_who_reviews_and_how_often() {
    // given
    ReviewProgramme enquiry =
        new ReviewProgramme(
            "enquiry",
            "Collaborative Enquiry",
            2,
            2,
            List.of("headteacher", "deputy-head"),
            1,
            ReviewProgramme.Reciprocal.FORBID,
            2,
            true,
            "headteacher",
            true,
            "history/*.csv",
            ModelBuilder.HERE);
    Partnership p =
        partnership(
            List.of(
                ModelBuilder.school("fleet"),
                ModelBuilder.school("rhyl"),
                ModelBuilder.school("netley")),
            List.of(),
            List.of(enquiry));

    // when
    String text = TermsOfReference.render(p);

    // then
    assertThat(text)
        .contains("### Collaborative Enquiry")
        .contains("- **How often:** twice a year: every member school is reviewed in each round")
        .contains(
            "- **Review team:** led by the school's own headteacher, with 2 peer reviewers, each from a"
                + " different school and the school's external reviewer")
        .contains(
            "- **Reviewers:** the other schools' headteacher or deputy head; at most 1 review each per"
                + " round; two schools never review each other in the same round; the same pairs of schools are"
                + " avoided for 2 rounds; reviewers whose expertise meets the school's focus are preferred")
        .contains("No meetings are arranged yet.");
  }

  @Test
  void names_from_the_data_cannot_break_the_members_table() {
    // given
    School odd =
        new School(
            "odd",
            "Odd | School <b>",
            "A *Road*",
            "rosters/odd.csv",
            LocalDate.of(2018, 3, 1),
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            ModelBuilder.HERE);
    Partnership p = partnership(List.of(odd), List.of(), List.of());

    // when
    String text = TermsOfReference.render(p);

    // then
    assertThat(text).contains("| Odd \\| School &lt;b&gt; | A \\*Road\\* | since 2018-03-01 |");
  }
}
