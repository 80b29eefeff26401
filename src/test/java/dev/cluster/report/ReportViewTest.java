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
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.Meetings;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportViewTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static Partnership partnership() {
    MeetingSeries heads = ModelBuilder.heads(List.of("fleet", "rhyl", "netley"));
    ReviewProgramme enquiry = ModelBuilder.review("enquiry", 1);
    Partnership p = ModelBuilder.partnership(List.of(ModelBuilder.year2026()),
        List.of(ModelBuilder.school("fleet"), ModelBuilder.school("rhyl"), ModelBuilder.school("netley")),
        List.of(heads), List.of(enquiry), List.of());
    return ModelBuilder.withRecords(p,
        List.of(
            new AgendaItem("heads", LocalDate.of(2026, 11, 17), "Moderation of writing", "rhyl", 20, false, HERE),
            new AgendaItem("heads", LocalDate.of(2026, 11, 17), "Staffing restructure", "fleet", 15, true, HERE)),
        List.of(
            new PlanItem("P1", "Shared approach to early reading", "fleet", LocalDate.of(2026, 10, 31), "amber", HERE),
            new PlanItem("P2", "Joint CPD", "rhyl", LocalDate.of(2027, 3, 31), "green", HERE),
            new PlanItem("P3", "SEND audit", "netley", LocalDate.of(2026, 9, 30), "done", HERE)),
        List.of(
            new Action("A1", "heads", LocalDate.of(2026, 9, 15), "rhyl", "Share the policy",
                LocalDate.of(2026, 10, 1), true, HERE),
            new Action("A2", "heads", LocalDate.of(2026, 9, 15), "Jo Bloggs", "Book the hall",
                LocalDate.of(2026, 12, 1), true, HERE)),
        List.of(new HistoryRow("enquiry", "2025-26", 1, "fleet", "Head of netley", "netley", "peer", HERE),
            new HistoryRow("enquiry", "2025-26", 1, "rhyl", "Head of fleet", "fleet", "peer", HERE),
            new HistoryRow("enquiry", "2025-26", 1, "netley", "Head of rhyl", "rhyl", "peer", HERE)));
  }

  static Rota rota(Partnership p) {
    MeetingSeries heads = p.meetings().get(0);
    List<ScheduledMeeting> ms = new ArrayList<>();
    ms.add(Meetings.meeting(p, heads, LocalDate.of(2026, 9, 15), "fleet", "fleet", "rhyl"));
    ms.add(Meetings.meeting(p, heads, LocalDate.of(2026, 11, 17), "rhyl", "rhyl", "netley"));
    ms.add(Meetings.meeting(p, heads, LocalDate.of(2027, 1, 19), "netley", "netley", "fleet"));
    ms.add(Meetings.cancelled(Meetings.meeting(p, heads, LocalDate.of(2027, 3, 9), "fleet", "fleet", "rhyl")));
    return new Rota(LocalDate.of(2026, 9, 2), LocalDate.of(2027, 7, 21), ms, List.of());
  }

  static List<ReviewResult> reviews(Partnership p) {
    ReviewProgramme enquiry = p.reviews().get(0);
    List<ReviewTeam> teams = new ArrayList<>();
    List<School> s = p.schools();
    for (int i = 0; i < s.size(); i++) {
      School reviewer = s.get((i + 1) % s.size());
      teams.add(new ReviewTeam(s.get(i), s.get(i).first("headteacher", null).orElseThrow(), null,
          List.of(new Peer(reviewer.first("headteacher", null).orElseThrow(), reviewer, List.of()))));
    }
    ReviewRound round = new ReviewRound(enquiry, "2026-27", 1, teams, new Score(List.of(0), 0, 0, 1), true,
        null, List.of());
    return List.of(new ReviewResult(enquiry, List.of(round), null));
  }

  static Map<String, Object> view(Partnership p, boolean contact) {
    return ReportView.of(p, p.calendar().get(0), rota(p), reviews(p),
        DataQuality.check(p, p.calendar().get(0)), TODAY, contact);
  }

  @Test
  void prints() {
    Partnership p = partnership();
    System.out.println(new Templates(null).render("report.md.mustache", view(p, false)));
  }
}
