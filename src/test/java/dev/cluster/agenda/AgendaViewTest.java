package dev.cluster.agenda;

import static dev.cluster.testing.ModelBuilder.HERE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Action;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import dev.cluster.rota.ScheduledMeeting;
import dev.cluster.testing.Meetings;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaViewTest {
  static final LocalDate NOV17 = LocalDate.of(2026, 11, 17);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

  static Partnership partnership() {
    MeetingSeries heads = ModelBuilder.heads(List.of("fleet", "rhyl", "netley"));
    Partnership p = ModelBuilder.partnership(List.of(ModelBuilder.year2026()),
        List.of(ModelBuilder.school("fleet"), ModelBuilder.school("rhyl"), ModelBuilder.school("netley")),
        List.of(heads), List.of(), List.of());
    return ModelBuilder.withRecords(p,
        List.of(
            new AgendaItem("heads", NOV17, "Moderation of writing", "rhyl", 20, false, HERE),
            new AgendaItem("heads", NOV17, "Budget", "Head of fleet", 15, true, HERE),
            new AgendaItem("heads", LocalDate.of(2027, 1, 19), "Later item", null, 10, false, HERE)),
        List.of(),
        List.of(
            new Action("A1", "heads", LocalDate.of(2026, 9, 15), "rhyl", "Share the policy",
                LocalDate.of(2026, 10, 1), true, HERE),
            new Action("A2", "heads", LocalDate.of(2026, 9, 15), "Jo Bloggs", "Book the hall",
                LocalDate.of(2026, 12, 1), true, HERE),
            new Action("A3", "heads", LocalDate.of(2026, 9, 15), "fleet", "Done already", null, false, HERE),
            new Action("A4", "other", LocalDate.of(2026, 9, 15), "fleet", "Other series", null, true, HERE)),
        List.of());
  }

  static Map<String, Object> view(Partnership p) {
    MeetingSeries heads = p.meetings().get(0);
    ScheduledMeeting prev = Meetings.meeting(p, heads, LocalDate.of(2026, 9, 15), "fleet", "fleet", "rhyl");
    ScheduledMeeting m = Meetings.meeting(p, heads, NOV17, "rhyl", "rhyl", "netley");
    ScheduledMeeting next = Meetings.meeting(p, heads, LocalDate.of(2027, 1, 19), "netley", "netley", "fleet");
    return AgendaView.of(p, m, prev, next, TODAY);
  }

  @Test
  void prints() {
    System.out.println(new Templates(null).render("agenda.md.mustache", view(partnership())));
  }
}
