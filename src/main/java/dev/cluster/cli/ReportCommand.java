package dev.cluster.cli;

import dev.cluster.load.LoadResult;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Partnership;
import dev.cluster.render.Templates;
import dev.cluster.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code cluster report}: the partnership's Markdown report. */
final class ReportCommand extends PartnershipCommand implements Callable<Integer> {
  final YearOption year = new YearOption();

  /** {@code -o FILE} and {@code --append FILE}, which exclude each other (at most one is set). */
  Path output;

  Path append;

  final Formats.Option<Formats.Page> format = Formats.page();
  boolean includeContact;
  boolean summary;
  Path full;
  boolean strict;

  ReportCommand(Main main) {
    super(
        main,
        "report",
        "Print the partnership's Markdown report for an academic year.",
        "",
        "--summary prints only its headline tables: totals, each series' count and",
        "next meeting, each review round's teams, what is overdue in the plan and",
        "the actions, the first 20 warnings; and says where the full report is",
        "(--full FILE writes it there in the same run). The summary stays a few KB",
        "at any size, under the 1 MiB that GitHub's step summary shows:",
        "  cluster report --summary --full report.md --append \"$GITHUB_STEP_SUMMARY\"");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addOption(year.spec());
    spec.addArgGroup(
        ArgGroupSpec.builder()
            .exclusive(true)
            .multiplicity("0..1")
            .addArg(OutputOption.spec(() -> output, v -> output = v, OutputOption.DESCRIPTION))
            .addArg(
                Specs.option(Path.class, () -> append, v -> append = v, "--append")
                    .paramLabel("FILE")
                    .description("Add the report to the end of FILE (for $GITHUB_STEP_SUMMARY).")
                    .build())
            .build());
    spec.addOption(format.spec());
    spec.addOption(
        Specs.flag(
            "--include-contact",
            () -> includeContact,
            v -> includeContact = v,
            "Include e-mail addresses."));
    spec.addOption(
        Specs.flag(
            "--summary",
            () -> summary,
            v -> summary = v,
            "Only the headline tables, with a pointer to the full report."));
    spec.addOption(
        Specs.option(Path.class, () -> full, v -> full = v, "--full")
            .paramLabel("FILE")
            .description(
                "With --summary: also write the full report to FILE, and name FILE in the summary"
                    + " as where the full report is.")
            .build());
    spec.addOption(Specs.flag("--strict", () -> strict, v -> strict = v, ValidateCommand.STRICT));
  }

  @Override
  public Integer call() {
    if (full != null && !summary) {
      throw new ParameterException(
          spec.commandLine(),
          "--full names where the full report goes beside the "
              + "summary: give it with --summary (without --summary, -o FILE writes the full report)");
    }
    LoadResult loaded = load();
    Partnership p = loaded.partnership();
    Report report =
        Report.build(p, planner(), year.name, today(), includeContact, loaded.warnings());
    // the rota's warnings are among those load() printed; the pairings' are the report's own
    List<Diagnostic> own =
        report.warnings().stream().filter(w -> !loaded.warnings().contains(w)).toList();
    printWarnings(own);
    Templates templates = new Templates(p.templates());
    String fullText =
        summary && full == null
            ? null
            : page(templates.render("report.md.mustache", report.view()));
    String text =
        summary
            ? page(
                templates.render(
                    Report.SUMMARY_TEMPLATE,
                    report.summaryView(full == null ? null : full.toString())))
            : fullText;
    int count = loaded.warnings().size() + own.size();
    boolean failed = strict && count > 0;
    Path file = append != null ? append : output;
    // A failing run leaves files alone (SPEC: "on any error an existing file is left untouched");
    // the
    // report still goes to standard output when no file was asked for.
    if (!failed && summary && full != null) {
      Output.emit(fullText, full, out());
    }
    if (!failed && append != null) {
      Output.append(append, text);
    } else if (!failed || file == null) {
      Output.emit(text, file, out());
    }
    if (failed) {
      err()
          .println(
              "cluster: --strict: "
                  + count
                  + (count == 1 ? " warning" : " warnings")
                  + " (listed above)"
                  + (file == null && full == null
                      ? ""
                      : "; nothing was written to "
                          + (file == null ? full : full == null ? file : file + " or " + full)));
      err().flush();
      return Main.EXIT_DATA;
    }
    return 0;
  }

  private String page(String markdown) {
    return format.value == Formats.Page.HTML ? Formats.html(markdown, "Report") : markdown;
  }
}
