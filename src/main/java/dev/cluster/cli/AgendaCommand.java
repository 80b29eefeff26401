package dev.cluster.cli;

import dev.cluster.agenda.Agenda;
import dev.cluster.agenda.AgendaView;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster agenda}: the Markdown agenda of one meeting. */
final class AgendaCommand extends PartnershipCommand implements Callable<Integer> {
  final MeetingChoice which = new MeetingChoice("--next");
  final OutputOption output = new OutputOption();
  final Formats.Option<Formats.Page> format = Formats.page();

  AgendaCommand(Main main) {
    super(main, "agenda", "Print the Markdown agenda of one meeting (default: the next one).");
  }

  @Override
  void declare(CommandSpec spec) {
    which.declare(spec, "The next meeting on or after today (the default).");
    spec.addOption(output.spec());
    spec.addOption(format.spec());
  }

  @Override
  public Integer call() {
    which.check(spec);
    Partnership p = load().partnership();
    AgendaView.View view = Agenda.view(p, which.meeting, which.date, today());
    String text = new Templates(p.templates()).render("agenda.md.mustache", view);
    Output.emit(
        format.value == Formats.Page.HTML ? Formats.html(text, "Agenda") : text,
        output.file,
        out());
    return 0;
  }
}
