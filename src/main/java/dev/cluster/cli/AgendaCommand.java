package dev.cluster.cli;

import dev.cluster.agenda.Agenda;
import dev.cluster.agenda.AgendaView;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cluster agenda}: the Markdown agenda of one meeting. */
@Command(
    name = "agenda",
    mixinStandardHelpOptions = true,
    description = "Print the Markdown agenda of one meeting (default: the next one).")
final class AgendaCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MEETING", description = "A meeting series id.")
  String meeting;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      converter = Converters.Day.class,
      description = "The meeting on this date (YYYY-MM-DD); not with --next.")
  LocalDate date;

  @Option(names = "--next", description = "The next meeting on or after today (the default).")
  boolean next;

  @Mixin OutputOption output;

  @Mixin Formats.PageOption format;

  @Spec CommandSpec spec;

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
