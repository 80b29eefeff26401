package dev.cluster.cli;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.UsageException;
import dev.cluster.pairing.PairingPlanner;
import dev.cluster.pairing.Pairings;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.render.PairingsCsv;
import dev.cluster.render.PairingsHistory;
import dev.cluster.render.PairingsIcs;
import dev.cluster.render.PairingsJson;
import dev.cluster.render.PairingsMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster pairings}: peer-review teams. */
final class PairingsCommand extends PartnershipCommand implements Callable<Integer> {
  String review;
  final YearOption year = new YearOption();
  Integer round;
  final Formats.Option<Formats.Pairings> format = Formats.pairings();
  boolean save;
  final OutputOption output = new OutputOption();
  boolean explain;

  PairingsCommand(Main main) {
    super(
        main,
        "pairings",
        "Print the peer-review teams of every programme (or of REVIEW) for this academic"
            + " year.");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addPositional(
        Specs.parameter(0, String.class, () -> review, v -> review = v)
            .arity("0..1")
            .paramLabel("REVIEW")
            .description("A review programme id.")
            .build());
    spec.addOption(year.spec());
    spec.addOption(
        Specs.option(Integer.class, () -> round, v -> round = v, "--round")
            .paramLabel("N")
            .description("Only round N of the year.")
            .build());
    spec.addOption(format.spec());
    spec.addOption(
        Specs.flag(
            "--save",
            () -> save,
            v -> save = v,
            "Also record the year's pairings in history/<programme>-<year>.csv (creating the"
                + " folder): rounds not",
            "yet there are added, a round already there is never changed. With --round N, rounds"
                + " 1 to N."));
    spec.addOption(output.spec());
    spec.addOption(
        Specs.flag(
            "--explain", () -> explain, v -> explain = v, "Say, per team, why these reviewers."));
  }

  @Override
  public Integer call() {
    Partnership partnership = load().partnership();
    ReviewProgramme programme =
        review == null
            ? null
            : partnership
                .review(review)
                .orElseThrow(
                    () ->
                        new UsageException(
                            "unknown programme `" + review + "`; " + programmes(partnership)));
    AcademicYear academicYear = year.resolve(partnership, today());
    if (round != null) {
      checkRound(partnership, programme);
    }
    PairingPlanner planner = new PairingPlanner(partnership);
    Pairings pairings =
        (explain ? planner.pricingAlternatives() : planner).plan(programme, academicYear, round);
    printWarnings(pairings.warnings());
    if (save) {
      save(partnership, planner, programme, academicYear);
    }
    String text =
        switch (format.value) {
          case CSV -> PairingsCsv.render(pairings);
          case JSON -> PairingsJson.render(pairings, explain);
          case ICS -> PairingsIcs.render(partnership, pairings, today());
          case MARKDOWN -> PairingsMarkdown.render(partnership, pairings, explain);
        };
    Output.emit(text, output.file, out());
    return 0;
  }

  /**
   * {@code --save}: each programme's rounds of the year (up to {@code --round}) into its history
   * file.
   */
  private void save(
      Partnership partnership, PairingPlanner planner, ReviewProgramme programme, AcademicYear y) {
    Pairings all = planner.plan(programme, y, null);
    Path folder = partnership.directory().resolve("history");
    for (ReviewProgramme p : programme == null ? partnership.reviews() : List.of(programme)) {
      List<ReviewRound> rounds =
          all.rounds().stream()
              .filter(
                  r -> r.programme().id().equals(p.id()) && (round == null || r.round() <= round))
              .toList();
      if (rounds.isEmpty()) {
        continue;
      }
      Path file = folder.resolve(PairingsHistory.fileName(p, y.name()));
      String existing;
      try {
        Files.createDirectories(folder);
        existing =
            Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
      }
      PairingsHistory.Saved saved = PairingsHistory.save(existing, p, y.name(), rounds);
      if (!saved.added().isEmpty()) {
        Output.writeAtomically(file, saved.text());
      }
      err()
          .println(
              file
                  + ": "
                  + rounds(saved.added(), "added")
                  + "; "
                  + rounds(saved.kept(), "already there"));
    }
    err().flush();
  }

  private static String rounds(List<Integer> rounds, String what) {
    if (rounds.isEmpty()) {
      return "no round " + what;
    }
    return (rounds.size() == 1 ? "round " : "rounds ")
        + rounds.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + " "
        + what;
  }

  private static String programmes(Partnership partnership) {
    return partnership.reviews().isEmpty()
        ? "this partnership has no review programmes"
        : "the programmes are "
            + partnership.reviews().stream()
                .map(ReviewProgramme::id)
                .collect(Collectors.joining(", "));
  }

  /** A round the programme (or, with no programme named, any programme) has. */
  private void checkRound(Partnership partnership, ReviewProgramme programme) {
    int most =
        programme != null
            ? programme.roundsPerYear()
            : partnership.reviews().stream()
                .mapToInt(ReviewProgramme::roundsPerYear)
                .max()
                .orElse(0);
    if (round < 1 || round > most) {
      String whose =
          programme != null ? "programme `" + programme.id() + "` has" : "the programmes have";
      throw new UsageException(
          "unknown round "
              + round
              + "; "
              + whose
              + (most == 1 ? " round 1 only" : " rounds 1 to " + most)
              + " in a year");
    }
  }
}
