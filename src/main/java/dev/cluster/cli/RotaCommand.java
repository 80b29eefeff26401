package dev.cluster.cli;

import dev.cluster.load.GitRevision;
import dev.cluster.model.Partnership;
import dev.cluster.model.UsageException;
import dev.cluster.render.RotaChanges;
import dev.cluster.render.RotaCsv;
import dev.cluster.render.RotaIcs;
import dev.cluster.render.RotaJson;
import dev.cluster.render.RotaMarkdown;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaComparison;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.RotaWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cluster rota}: the chair / host / minutes schedule. */
@Command(
    name = "rota",
    mixinStandardHelpOptions = true,
    description = {
      "Print the chair, host and minute-taker of every meeting.",
      "Default: the term containing today, or the next term."
    })
final class RotaCommand extends PartnershipCommand implements Callable<Integer> {
  @Mixin YearOption year;

  @Option(names = "--term", paramLabel = "TERM",
      description = "autumn, spring or summer (of --year, else the current year), or 2026-27/spring.")
  String term;

  @Option(names = "--from", paramLabel = "DATE", converter = Converters.Day.class,
      description = "First day of the window (with --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Converters.Day.class,
      description = "Last day of the window (with --from).")
  LocalDate to;

  @Option(names = "--meeting", paramLabel = "ID",
      description = "Only this meeting series (repeatable); a for-each-year-group id means all its year groups.")
  List<String> meetings;

  @Mixin Formats.RotaOption format;

  @Mixin OutputOption output;

  @Option(names = "--compare", paramLabel = "REF",
      description = "List the meetings whose date, chair, host or minute-taker differ from the rota at Git"
          + " revision REF (for example HEAD or main).")
  String compare;

  @Override
  public Integer call() {
    Formats.Rota form = format.value;
    if (compare != null && form != Formats.Rota.MARKDOWN) {
      throw new UsageException("--compare prints a list of changes; leave out --format " + form);
    }
    Partnership p = load().partnership();
    RotaWindow window = RotaWindow.resolve(p, year.name, term, from, to, today());
    List<String> series = meetings == null ? List.of() : meetings;
    RotaPlanner planner = new RotaPlanner(p);
    Rota rota = planner.plan(window.from(), window.to(), series);
    String text = compare != null ? compare(window, rota, series) : render(form, p, window, planner, rota, series);
    printWarnings(rota.warnings());
    Output.emit(text, output.file, out());
    return 0;
  }

  private String render(Formats.Rota form, Partnership p, RotaWindow window, RotaPlanner planner, Rota rota,
      List<String> series) {
    return switch (form) {
      case MARKDOWN -> RotaMarkdown.render(p.name(), window.label(), rota, planner.select(series),
          planner.ledger(window.from(), window.to(), series));
      case CSV -> RotaCsv.render(rota);
      case JSON -> RotaJson.render(p.name(), rota);
      case ICS -> RotaIcs.render(p, rota, today()); // ical4j is loaded only here
    };
  }

  /** The same window planned from the partnership as it was at revision {@code compare}, as a change list. */
  private String compare(RotaWindow window, Rota now, List<String> series) {
    Partnership before = GitRevision.load(main.file, compare);
    Rota old = new RotaPlanner(before).plan(window.from(), window.to(), List.of());
    return RotaChanges.render(compare, window.label(), window.from(), window.to(),
        RotaComparison.compare(old, now, series));
  }
}
