package dev.cluster.agenda;

import static dev.cluster.testing.ModelBuilder.HERE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.School;
import dev.cluster.render.Templates;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.Meetings;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaViewTest {
  static final LocalDate NOV17 = LocalDate.of(2026, 11, 17);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

  static Partnership partnership() {
    MeetingSeries heads = ModelBuilder.heads(List.of("fleet", "rhyl", "netley"));
    Partnership p =
        ModelBuilder.partnership(
            List.of(ModelBuilder.year2026()),
            List.of(
                ModelBuilder.school("fleet"),
                ModelBuilder.school("rhyl"),
                ModelBuilder.school("netley")),
            List.of(heads),
            List.of(),
            List.of());
    return ModelBuilder.withRecords(
        p,
        List.of(
            new AgendaItem("heads", NOV17, "Moderation of writing", "rhyl", 20, false, HERE),
            new AgendaItem("heads", NOV17, "Budget", "Head of fleet", 15, true, HERE),
            new AgendaItem(
                "heads", LocalDate.of(2027, 1, 19), "Later item", null, 10, false, HERE)),
        List.of(),
        List.of(
            new Action(
                "A1",
                "heads",
                LocalDate.of(2026, 9, 15),
                "rhyl",
                "Share the policy",
                LocalDate.of(2026, 10, 1),
                true,
                HERE),
            new Action(
                "A2",
                "heads",
                LocalDate.of(2026, 9, 15),
                "Jo Bloggs",
                "Book the hall",
                LocalDate.of(2026, 12, 1),
                true,
                HERE),
            new Action(
                "A3",
                "heads",
                LocalDate.of(2026, 9, 15),
                "fleet",
                "Done already",
                null,
                false,
                HERE),
            new Action(
                "A4",
                "other",
                LocalDate.of(2026, 9, 15),
                "fleet",
                "Other series",
                null,
                true,
                HERE)),
        List.of());
  }

  static AgendaView.View view(Partnership p) {
    MeetingSeries heads = p.meetings().get(0);
    ScheduledMeeting prev =
        Meetings.meeting(p, heads, LocalDate.of(2026, 9, 15), "fleet", "fleet", "rhyl");
    ScheduledMeeting m = Meetings.meeting(p, heads, NOV17, "rhyl", "rhyl", "netley");
    ScheduledMeeting next =
        Meetings.meeting(p, heads, LocalDate.of(2027, 1, 19), "netley", "netley", "fleet");
    return AgendaView.of(p, m, prev, next, TODAY);
  }

  static String render(AgendaView.View view) {
    return new Templates(null).render("agenda.md.mustache", view);
  }

  @Test
  void peopleAwayAreListedUnderApologiesWithoutTheReason() {
    Partnership p =
        partnership()
            .withFairness(
                new dev.cluster.model.Fairness(
                    false,
                    List.of(
                        new dev.cluster.model.Absence(
                            "rhyl",
                            "rhyl-head",
                            NOV17.minusDays(3),
                            NOV17,
                            "Hospital appointment",
                            HERE))));

    String md = render(view(p));

    assertThat(md).contains("| rhyl Primary School | nobody: see apologies |");
    assertThat(md)
        .contains(
            "## Apologies\n\n| Name | School |\n| --- | --- |\n"
                + "| Head of rhyl | rhyl Primary School (away) |\n| | |");
    assertThat(md).doesNotContain("Hospital");
  }

  @Test
  void theOrderOfBusinessRunsAClockThroughTheTimedItems() {
    String md = render(view(partnership()));

    assertThat(md)
        .contains(
            """
        | 1 | 09:30 | Welcome and apologies |  |  |
        | 2 | 09:30 | Minutes and actions of the last meeting |  |  |
        | 3 | 09:30 | Moderation of writing | rhyl Primary School | 20 |
        | 4 | 09:50 | Budget (confidential) | Head of fleet | 15 |
        | 5 | 10:05 | Any other business |  |  |
        | 6 | 10:05 | Date, host and chair of the next meeting |  |  |
        """)
        .contains("Timed items: 35 of 120 minutes.\n")
        .doesNotContain("Later item");
  }

  @Test
  void standingItemsFollowTheOpeningOnesWithoutRepeatingThem() {
    Partnership p = partnership();
    MeetingSeries s = p.meetings().get(0);
    MeetingSeries withItems =
        new MeetingSeries(
            s.id(),
            s.title(),
            s.attendees(),
            s.yearGroup(),
            s.group(),
            s.schedule(),
            s.dates(),
            s.time(),
            30,
            s.duties(),
            s.chairRole(),
            s.order(),
            s.start(),
            List.of("welcome and apologies", "Safeguarding update", "Any other business"),
            s.location());
    ScheduledMeeting m = Meetings.meeting(p, withItems, NOV17, "rhyl", "rhyl", "netley");

    String md = render(AgendaView.of(p, m, null, null, TODAY));

    assertThat(md)
        .contains("| 3 | 09:30 | Safeguarding update |  |  |\n| 4 | 09:30 | Moderation of writing")
        .containsOnlyOnce("elcome and apologies")
        .containsOnlyOnce("Any other business")
        .contains("Timed items: 35 of 30 minutes. **They run over the time of the meeting.**")
        .contains("Not yet in the calendar.")
        .doesNotContain("The last meeting was");
  }

  @Test
  void dutiesVenueAndNeighboursAreNamed() {
    String md = render(view(partnership()));

    assertThat(md)
        .contains("- **When:** Tuesday 17 November 2026, 09:30 to 11:30\n")
        .contains("- **Where:** rhyl Primary School, rhyl Road\n")
        .contains("- **Chair:** Head of rhyl, rhyl Primary School\n")
        .contains("- **Minutes:** Head of netley, netley Primary School\n")
        .contains("The last meeting was on Tuesday 15 September 2026.")
        .contains(
            "Tuesday 19 January 2027 at 09:30, at netley Primary School, netley Road; chair: Head of netley,"
                + " netley Primary School.");
  }

  @Test
  void openActionsOfThisSeriesWithOverdueMarked() {
    String md = render(view(partnership()));

    assertThat(md)
        .contains("| A1 | Share the policy | rhyl Primary School | 2026-10-01 | **overdue** |")
        .contains("| A2 | Book the hall | Jo Bloggs | 2026-12-01 |  |")
        .doesNotContain("A3")
        .doesNotContain("A4");
  }

  @Test
  void attendeesAreGroupedBySchoolAndASchoolWithNobodySaysSo() {
    Partnership p = partnership();
    MeetingSeries s = p.meetings().get(0);
    MeetingSeries y4 =
        new MeetingSeries(
            "moderation-y4",
            "Year-group moderation",
            List.of("teacher"),
            "Y4",
            "moderation",
            s.schedule(),
            s.dates(),
            s.time(),
            75,
            s.duties(),
            "teacher",
            s.order(),
            s.start(),
            List.of(),
            s.location());
    School noY4 =
        ModelBuilder.school("rhyl", List.of(ModelBuilder.person("r", "Ria Head", "headteacher")));
    Partnership q =
        ModelBuilder.partnership(
            p.calendar(), List.of(p.schools().get(0), noY4), List.of(y4), List.of(), List.of());
    ScheduledMeeting m = Meetings.meeting(q, y4, NOV17, "fleet", "fleet", null);

    String md = render(AgendaView.of(q, m, null, null, TODAY));

    assertThat(md)
        .contains("Invited: teacher (Y4) from each member school.")
        .contains("| fleet Primary School | Y4 teacher of fleet |\n")
        .contains("| rhyl Primary School | nobody on the roster is teacher (Y4) |\n")
        .contains("- **Minutes:** none\n")
        .doesNotContain("Timed items");
  }

  @Test
  void aCancelledMeetingSaysSo() {
    Partnership p = partnership();
    ScheduledMeeting m =
        Meetings.cancelled(
            Meetings.meeting(p, p.meetings().get(0), NOV17, "rhyl", "rhyl", "netley"));

    String md = render(AgendaView.of(p, m, null, null, TODAY));

    assertThat(md)
        .contains("> **This meeting is cancelled.**")
        .contains("- **When:** Tuesday 17 November 2026, 09:30 to 11:30\n- **Note:** cancelled\n")
        .doesNotContain("**Where:**")
        .doesNotContain("**Chair:**");
  }
}
