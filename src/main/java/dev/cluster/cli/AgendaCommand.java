package dev.cluster.cli;

import dev.cluster.agenda.Agenda;
import dev.cluster.agenda.AgendaView;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code cluster agenda}: the Markdown agenda of one meeting. */
final class AgendaCommand extends PartnershipCommand implements Callable<Integer> {
  String meeting;
  LocalDate date;
  boolean next;
  final OutputOption output = new OutputOption();
  final Formats.Option<Formats.Page> format = Formats.page();

  AgendaCommand(Main main) {
    super(main, "agenda", "Print the Markdown agenda of one meeting (default: the next one).");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addPositional(Specs.meeting(() -> meeting, v -> meeting = v));
    spec.addOption(
        Converters.day(() -> date, v -> date = v, "--date")
            .description("The meeting on this date (YYYY-MM-DD); not with --next.")
            .build());
    spec.addOption(
        Specs.flag(
            "--next",
            () -> next,
            v -> next = v,
            "The next meeting on or after today (the default)."));
    spec.addOption(output.spec());
    spec.addOption(format.spec());
  }

  @Override
  public Integer call() {
    if (date != null && next) {
      throw new ParameterException(
          spec.commandLine(), "--date and --next exclude each other: give one");
    }
    Partnership p = load().partnership();
    AgendaView.View view = Agenda.view(p, meeting, date, today());
    String text = new Templates(p.templates()).render("agenda.md.mustache", view);
    Output.emit(
        format.value == Formats.Page.HTML ? Formats.html(text, "Agenda") : text,
        output.file,
        out());
    return 0;
  }
}
