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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
  @Option(names = "--year", paramLabel = "YEAR", description = "An academic year, for example 2026-27.")
  String year;

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

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (default), csv, json or ics.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path output;

  @Option(names = "--compare", paramLabel = "REF",
      description = "List the meetings whose date, chair, host or minute-taker differ from the rota at Git"
          + " revision REF (for example HEAD or main).")
  String compare;

  @Override
  public Integer call() {
    String form = format.toLowerCase(Locale.ROOT);
    if (!List.of("markdown", "csv", "json", "ics").contains(form)) {
      throw new UsageException("unknown --format `" + format + "`; use markdown, csv, json or ics");
    }
    if (compare != null && !"markdown".equals(form)) {
      throw new UsageException("--compare prints a list of changes; leave out --format " + format);
    }
    Partnership p = load().partnership();
    RotaWindow window = RotaWindow.resolve(p, year, term, from, to, today());
    List<String> series = meetings == null ? List.of() : meetings;
    RotaPlanner planner = new RotaPlanner(p);
    Rota rota = planner.plan(window.from(), window.to(), series);
    String text = compare != null ? compare(window, rota, series) : render(form, p, window, planner, rota, series);
    printWarnings(rota.warnings());
    Output.emit(text, output, out());
    return 0;
  }

  private String render(String form, Partnership p, RotaWindow window, RotaPlanner planner, Rota rota,
      List<String> series) {
    return switch (form) {
      case "markdown" -> RotaMarkdown.render(p.name(), window.label(), rota, planner.select(series),
          planner.ledger(window.from(), window.to(), series));
      case "csv" -> RotaCsv.render(rota);
      case "json" -> RotaJson.render(p.name(), rota);
      case "ics" -> RotaIcs.render(p, rota, today()); // ical4j is loaded only here
      default -> throw new IllegalStateException(form);
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
