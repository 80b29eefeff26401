package dev.cluster.report;

import static dev.cluster.testing.ModelBuilder.HERE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.HistoryRow;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.PlanItem;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.School;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.pairing.Score;
import dev.cluster.render.Templates;
import dev.cluster.rota.DutyLedger;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.Gfm;
import dev.cluster.testing.Meetings;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportViewTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static Partnership partnership() {
    MeetingSeries heads = ModelBuilder.heads(List.of("fleet", "rhyl", "netley"));
    ReviewProgramme enquiry = ModelBuilder.review("enquiry", 1);
    Partnership p =
        ModelBuilder.partnership(
            List.of(ModelBuilder.year2026()),
            List.of(
                ModelBuilder.school("fleet"),
                ModelBuilder.school("rhyl"),
                ModelBuilder.school("netley")),
            List.of(heads),
            List.of(enquiry),
            List.of());
    return ModelBuilder.withRecords(
        p,
        List.of(
            new AgendaItem(
                "heads",
                LocalDate.of(2026, 11, 17),
                "Moderation of writing",
                "rhyl",
                20,
                false,
                HERE),
            new AgendaItem(
                "heads",
                LocalDate.of(2026, 11, 17),
                "Staffing restructure",
                "fleet",
                15,
                true,
                HERE)),
        List.of(
            new PlanItem(
                "P1",
                "Shared approach to early reading",
                "fleet",
                LocalDate.of(2026, 10, 31),
                "amber",
                HERE),
            new PlanItem("P2", "Joint CPD", "rhyl", LocalDate.of(2027, 3, 31), "green", HERE),
            new PlanItem("P3", "SEND audit", "netley", LocalDate.of(2026, 9, 30), "done", HERE)),
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
                HERE)),
        List.of(
            new HistoryRow(
                "enquiry", "2025-26", 1, "fleet", "Head of netley", "netley", "peer", HERE),
            new HistoryRow("enquiry", "2025-26", 1, "rhyl", "Head of fleet", "fleet", "peer", HERE),
            new HistoryRow(
                "enquiry", "2025-26", 1, "netley", "Head of rhyl", "rhyl", "peer", HERE)));
  }

  static Rota rota(Partnership p) {
    MeetingSeries heads = p.meetings().get(0);
    List<ScheduledMeeting> ms = new ArrayList<>();
    ms.add(Meetings.meeting(p, heads, LocalDate.of(2026, 9, 15), "fleet", "fleet", "rhyl"));
    ms.add(Meetings.meeting(p, heads, LocalDate.of(2026, 11, 17), "rhyl", "rhyl", "netley"));
    ms.add(Meetings.meeting(p, heads, LocalDate.of(2027, 1, 19), "netley", "netley", "fleet"));
    ms.add(
        Meetings.cancelled(
            Meetings.meeting(p, heads, LocalDate.of(2027, 3, 9), "fleet", "fleet", "rhyl")));
    return new Rota(LocalDate.of(2026, 9, 2), LocalDate.of(2027, 7, 21), ms, List.of());
  }

  static DutyLedger ledger(Partnership p) {
    Rota rota = rota(p);
    return DutyLedger.of(p.schools(), p.meetings(), rota.meetings(), rota.from(), rota.to());
  }

  static List<ReviewResult> reviews(Partnership p) {
    ReviewProgramme enquiry = p.reviews().get(0);
    List<ReviewTeam> teams = new ArrayList<>();
    List<School> s = p.schools();
    for (int i = 0; i < s.size(); i++) {
      School reviewer = s.get((i + 1) % s.size());
      teams.add(
          new ReviewTeam(
              s.get(i),
              s.get(i).first("headteacher", null).orElseThrow(),
              null,
              List.of(
                  new Peer(
                      reviewer.first("headteacher", null).orElseThrow(), reviewer, List.of()))));
    }
    ReviewRound round =
        new ReviewRound(
            enquiry, "2026-27", 1, teams, new Score(List.of(0), 0, 0, 1), true, null, List.of());
    return List.of(new ReviewResult(enquiry, List.of(round), null));
  }

  static ReportView.View view(Partnership p, boolean contact) {
    return ReportView.of(
        p,
        p.calendar().get(0),
        rota(p),
        ledger(p),
        reviews(p),
        DataQuality.check(p, p.calendar().get(0)),
        TODAY,
        contact);
  }

  static String render(ReportView.View view) {
    return new Templates(null).render("report.md.mustache", view);
  }

  @Test
  void confidentialAgendaItemsAreKeptOut() {
    String md = render(view(partnership(), false));

    assertThat(md).contains("Moderation of writing").doesNotContain("Staffing restructure");
  }

  @Test
  void noEmailAddressUnlessContactIsAsked() {
    // given a head with an e-mail address and an address typed into an action
    Partnership p = partnership();
    School fleet = p.schools().get(0);
    List<dev.cluster.model.Person> staff = new ArrayList<>(fleet.staff());
    staff.set(
        0,
        new dev.cluster.model.Person(
            "h",
            "Ada Head",
            List.of("headteacher"),
            "ada.head@fleet.sch.uk",
            null,
            List.of(),
            List.of(),
            2));
    School withEmail = ModelBuilder.school("fleet", staff);
    Partnership q =
        ModelBuilder.withRecords(
            ModelBuilder.partnership(
                p.calendar(),
                List.of(withEmail, p.schools().get(1), p.schools().get(2)),
                p.meetings(),
                p.reviews(),
                List.of()),
            p.agendaItems(),
            p.plan(),
            List.of(
                new Action(
                    "A9",
                    "heads",
                    null,
                    "office@rhyl.sch.uk",
                    "Mail jo.b@example.org",
                    null,
                    true,
                    HERE)),
            p.history());

    // when
    String without = render(view(q, false));
    String with = render(view(q, true));

    // then
    assertThat(Emails.contains(without)).as(without).isFalse();
    assertThat(without).contains("(e-mail withheld)").doesNotContain("| Contact |");
    assertThat(with)
        .contains("| Contact |")
        .contains("ada.head@fleet.sch.uk")
        .contains("jo.b@example.org");
  }

  @Test
  void countsAndFlagsWhatIsOverdue() {
    String md = render(view(partnership(), false));

    assertThat(md)
        .contains("Red: 0, amber: 1, green: 1, done: 1.")
        .contains(
            "| P1 | Shared approach to early reading | fleet Primary School | 2026-10-31 | amber **overdue** |")
        .contains("| P3 | SEND audit | netley Primary School | 2026-09-30 | done |")
        .contains("2 open, 1 overdue.")
        .contains(
            "| A1 | Meeting heads | Share the policy | rhyl Primary School | 2026-10-01 | **overdue** |");
  }

  @Test
  void theLedgerAndChartLeaveCancelledMeetingsOut() {
    String md = render(view(partnership(), false));

    assertThat(md)
        .contains("| Meeting heads | fleet Primary School | 1 (1) | 1 (1) | 1 (1) |")
        .contains("    fleet Primary School :done, m1, 2026-09-15, 1d\n")
        .contains("    netley Primary School :m3, 2027-01-19, 1d\n")
        .doesNotContain("2027-03-09")
        .contains(
            "| Tuesday 9 March 2027 | 09:30 to 11:30 |  |  |  |  | **cancelled** cancelled |");
    assertThat(Gfm.problems(md)).isEmpty();
  }

  @Test
  void whoReviewedWhomJoinsHistoryAndThisYear() {
    String md = render(view(partnership(), false));

    assertThat(md)
        .contains("| fleet Primary School | - | 2025-26 | 2026-27 |")
        .contains("| netley Primary School | 2025-26 | 2026-27 | - |")
        .contains("    Round 1 :r1, 2026-09-02, 323d\n");
  }

  @Test
  void anInfeasibleProgrammeGetsALineNotAFailure() {
    Partnership p = partnership();
    ReviewResult none =
        new ReviewResult(p.reviews().get(0), List.of(), "only 1 school has a headteacher");

    String md =
        render(
            ReportView.of(
                p,
                p.calendar().get(0),
                rota(p),
                ledger(p),
                List.of(none),
                List.of(),
                TODAY,
                false));

    assertThat(md)
        .contains("No pairing meets the hard constraints: only 1 school has a headteacher");
    assertThat(Gfm.problems(md)).isEmpty();
  }

  @Test
  void dataQualityNamesASchoolWithoutSendcoAndASeriesItCannotStaff() {
    Partnership p = partnership();
    School bare =
        ModelBuilder.school("bare", List.of(ModelBuilder.person("b", "Bea", "deputy-head")));
    Partnership q =
        ModelBuilder.partnership(
            p.calendar(), List.of(p.schools().get(0), bare), p.meetings(), List.of(), List.of());

    List<Diagnostic> warnings = DataQuality.check(q, q.calendar().get(0));
    String md =
        render(
            ReportView.of(
                q, q.calendar().get(0), rota(p), ledger(p), List.of(), warnings, TODAY, false));

    assertThat(warnings)
        .extracting(Diagnostic::message)
        .containsExactly(
            "school `bare` has no SENDCo: give someone the role SENDCo in rosters/bare.csv",
            "school `bare` cannot staff meeting `heads`: nobody in rosters/bare.csv is headteacher");
    assertThat(md).contains("- **partnership.yaml:1:1**: school \\`bare\\` has no SENDCo");
  }
}
