package dev.cluster.check;

import dev.cluster.agenda.Agenda;
import dev.cluster.init.TermsOfReference;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import dev.cluster.report.Report;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code validate}'s check of the partnership's own templates (SPEC: templates are partnership
 * data): each override is rendered once with real data, so a variable that does not exist is
 * reported before an agenda or report needs it; a template file that replaces no built-in one is
 * warned about (a misspelt name).
 */
final class TemplateChecks {
  private TemplateChecks() {}

  static List<Diagnostic> check(Partnership p, RotaPlanner planner, LocalDate today) {
    Templates templates = new Templates(p.templates());
    List<Diagnostic> out = new ArrayList<>();
    for (String name : templates.unused()) {
      out.add(
          Diagnostic.warning(
              Location.of(p.templates().resolve(name).toString()),
              "this template replaces no built-in one, so it is never used; the names are "
                  + String.join(", ", Templates.BUILT_IN)));
    }
    for (String name : templates.overridden()) {
      try {
        switch (name) {
          case "report.md.mustache" ->
              templates.render(
                  name, Report.build(p, planner, null, today, false, List.of()).view());
          case Report.SUMMARY_TEMPLATE ->
              templates.render(
                  name, Report.build(p, planner, null, today, false, List.of()).summaryView(null));
          case "agenda.md.mustache" ->
              firstMeeting(planner)
                  .ifPresent(
                      m ->
                          templates.render(name, Agenda.view(p, m.series().id(), m.date(), today)));
          case TermsOfReference.TEMPLATE -> TermsOfReference.render(p);
          default -> {}
        }
      } catch (DataException e) {
        out.addAll(e.diagnostics());
      }
    }
    return out;
  }

  private static Optional<ScheduledMeeting> firstMeeting(RotaPlanner planner) {
    return planner.plan(LocalDate.MIN, LocalDate.MAX, List.of()).meetings().stream()
        .filter(m -> !m.cancelled())
        .findFirst();
  }
}
