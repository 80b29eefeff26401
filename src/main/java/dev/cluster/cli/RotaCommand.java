package dev.cluster.cli;

import dev.cluster.load.GitRevision;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Partnership;
import dev.cluster.model.RecordedMeeting;
import dev.cluster.model.UsageException;
import dev.cluster.render.RecordCsv;
import dev.cluster.render.RotaChanges;
import dev.cluster.render.RotaCsv;
import dev.cluster.render.RotaIcs;
import dev.cluster.render.RotaJson;
import dev.cluster.render.RotaMarkdown;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaComparison;
import dev.cluster.rota.RotaFilter;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.RotaWindow;
import dev.cluster.rota.ScheduledMeeting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster rota}: the chair / host / minutes schedule. */
final class RotaCommand extends PartnershipCommand implements Callable<Integer> {
  final YearOption year = new YearOption();
  String term;
  LocalDate from;
  LocalDate to;
  List<String> meetings;
  List<String> schools;
  List<String> people;
  final Formats.Option<Formats.Rota> format = Formats.rota();
  final OutputOption output = new OutputOption();
  String compare;
  boolean save;

  RotaCommand(Main main) {
    super(
        main,
        "rota",
        "Print the chair, host and minute-taker of every meeting.",
        "Default: the term containing today, or the next term.");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addOption(year.spec());
    spec.addOption(
        Specs.option(String.class, () -> term, v -> term = v, "--term")
            .paramLabel("TERM")
            .description(
                "autumn, spring or summer (of --year, else the current year), or 2026-27/spring.")
            .build());
    spec.addOption(
        Converters.day(() -> from, v -> from = v, "--from")
            .description("First day of the window (with --to).")
            .build());
    spec.addOption(
        Converters.day(() -> to, v -> to = v, "--to")
            .description("Last day of the window (with --from).")
            .build());
    spec.addOption(
        Specs.list(() -> meetings, v -> meetings = v, "--meeting")
            .paramLabel("ID")
            .description(
                "Only this meeting series (repeatable); a for-each-year-group id means all its"
                    + " year groups.")
            .build());
    spec.addOption(
        Specs.list(() -> schools, v -> schools = v, "--school")
            .paramLabel("ID")
            .description(
                "Only the meetings this school chairs, hosts, minutes or is expected at"
                    + " (repeatable; with --person, either one).")
            .build());
    spec.addOption(
        Specs.list(() -> people, v -> people = v, "--person")
            .paramLabel("SCHOOL/PERSON-ID")
            .description(
                "Only the meetings this person chairs, minutes or attends, for example"
                    + " fleet/ada-okafor (repeatable; with --school, either one).")
            .build());
    spec.addOption(format.spec());
    spec.addOption(output.spec());
    spec.addOption(
        Specs.option(String.class, () -> compare, v -> compare = v, "--compare")
            .paramLabel("REF")
            .description(
                "List the meetings whose date, chair, host or minute-taker differ from the rota at"
                    + " Git revision REF (for example HEAD or main).")
            .build());
    spec.addOption(
        Specs.flag(
            "--save",
            () -> save,
            v -> save = v,
            "Record the window's meetings (and the earlier ones of the same series and academic"
                + " year not yet recorded) in history/rota/<YYYY-YY>.csv: only adds rows, never"
                + " changes a recorded one."));
  }

  @Override
  public Integer call() {
    Formats.Rota form = format.value;
    if (compare != null && form != Formats.Rota.MARKDOWN) {
      throw new UsageException("--compare prints a list of changes; leave out --format " + form);
    }
    rejectFilteredSave();
    Partnership p = load().partnership();
    RotaWindow window = window(p);
    List<String> series = meetings == null ? List.of() : meetings;
    RotaPlanner planner = planner();
    RotaFilter filter = RotaFilter.of(p, schools, people);
    Rota rota = planner.plan(window.from(), window.to(), series);
    if (save) {
      // SPEC 8.1: `--save` with --school or --person is a usage error (checked before anything is
      // loaded).
      save(p, planner, rota, series);
    }
    rota = filter.apply(rota);
    String text =
        compare != null
            ? compare(window, rota, series)
            : render(form, p, window, planner, rota, series);
    // the window's warnings are among those load() printed (validate's, over the whole calendar)
    Output.emit(text, output.file, out());
    return 0;
  }

  /**
   * The days asked for by {@code --year}, {@code --term} or {@code --from/--to}; default the
   * current term.
   */
  private RotaWindow window(Partnership p) {
    if (from != null || to != null) {
      if (from == null || to == null) {
        throw new UsageException(
            "--from and --to go together: give both, for example"
                + " --from 2026-09-01 --to 2026-10-23");
      }
      if (year.name != null || term != null) {
        throw new UsageException("give either --from/--to or --year/--term, not both");
      }
      if (to.isBefore(from)) {
        throw new UsageException("--to " + to + " is before --from " + from);
      }
      return RotaWindow.days(p, from, to);
    }
    if (term != null) {
      int slash = term.indexOf('/');
      if (slash < 0) {
        return RotaWindow.term(p, year.name, term, today());
      }
      String named = term.substring(0, slash);
      if (year.name != null && !year.name.equals(named)) {
        throw new UsageException("--term " + term + " names another year than --year " + year.name);
      }
      return RotaWindow.term(p, named, term.substring(slash + 1), today());
    }
    return year.name != null ? RotaWindow.wholeYear(p, year.name) : RotaWindow.current(p, today());
  }

  private String render(
      Formats.Rota form,
      Partnership p,
      RotaWindow window,
      RotaPlanner planner,
      Rota rota,
      List<String> series) {
    return switch (form) {
      case MARKDOWN ->
          RotaMarkdown.render(
              p.name(),
              window.label(),
              rota,
              planner.select(series),
              planner.ledger(window.from(), window.to(), series),
              p.fairness().acrossSeries());
      case CSV -> RotaCsv.render(rota);
      case JSON -> RotaJson.render(p.name(), rota);
      case ICS -> RotaIcs.render(p, rota, today()); // ical4j is loaded only here
    };
  }

  /** Where SPEC 8.1's "--save with --school or --person is exit 2" is enforced. */
  /**
   * {@code --save} records the whole rota of the window: a filtered one is a usage error (SPEC
   * 8.1).
   */
  private void rejectFilteredSave() {
    if (save && (schools != null && !schools.isEmpty() || people != null && !people.isEmpty())) {
      throw new UsageException(
          "--save records the whole rota of the window; leave out --school and --person"
              + " (filter when printing instead)");
    }
  }

  /**
   * Records the window's meetings, per academic year, with every earlier meeting of the same series
   * in that year (SPEC 8.1), and says on stderr what it added.
   */
  private void save(Partnership p, RotaPlanner planner, Rota rota, List<String> series) {
    Map<String, java.util.Set<String>> seriesByYear = new LinkedHashMap<>();
    for (ScheduledMeeting m : rota.meetings()) {
      seriesByYear
          .computeIfAbsent(p.currentYear(m.date()).name(), y -> new java.util.LinkedHashSet<>())
          .add(m.series().id());
    }
    if (seriesByYear.isEmpty()) {
      err().println("rota --save: the window holds no meeting; nothing recorded");
      err().flush();
      return;
    }
    for (var e : seriesByYear.entrySet()) {
      AcademicYear year = p.year(e.getKey()).orElseThrow();
      LocalDate end = rota.to().isBefore(year.end()) ? rota.to() : year.end();
      List<ScheduledMeeting> meetings = new ArrayList<>();
      for (ScheduledMeeting m :
          planner.plan(year.start(), end, List.copyOf(e.getValue())).meetings()) {
        if (p.currentYear(m.date()).name().equals(e.getKey())) {
          meetings.add(m);
        }
      }
      List<RecordedMeeting> recorded =
          p.record().stream().filter(r -> r.year().equals(e.getKey())).toList();
      RecordCsv.Saved saved = RecordCsv.save(recorded, meetings, p.id(), p.meetings());
      Path file = p.directory().resolve("history").resolve("rota").resolve(e.getKey() + ".csv");
      if (saved.added() > 0) {
        try {
          java.nio.file.Files.createDirectories(file.getParent());
        } catch (java.io.IOException | SecurityException ex) {
          throw new OutputException(
              "cannot create the folder " + file.getParent() + ": " + ex.getMessage(), ex);
        }
        Output.writeAtomically(file, saved.text());
      }
      err()
          .println(
              file
                  + ": added "
                  + saved.added()
                  + " meeting"
                  + (saved.added() == 1 ? "" : "s")
                  + ", "
                  + saved.kept()
                  + " already recorded");
    }
    err().flush();
  }

  /**
   * The same window planned from the partnership as it was at revision {@code compare}, as a change
   * list.
   */
  private String compare(RotaWindow window, Rota now, List<String> series) {
    Partnership before = GitRevision.load(main.file, compare);
    Rota old =
        RotaFilter.of(before, schools, people)
            .apply(new RotaPlanner(before).plan(window.from(), window.to(), List.of()));
    return RotaChanges.render(
        compare,
        window.label(),
        window.from(),
        window.to(),
        RotaComparison.compare(old, now, series));
  }
}
