package dev.cluster.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster pairings}: peer-review teams. */
@Command(
    name = "pairings",
    mixinStandardHelpOptions = true,
    description = {
      "Print the peer-review teams of every programme (or of REVIEW) for this academic year.",
    })
final class PairingsCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "REVIEW", description = "A review programme id.")
  String review;

  @Option(names = "--year", paramLabel = "YEAR", description = "An academic year, for example 2026-27.")
  String year;

  @Option(names = "--round", paramLabel = "N", description = "Only round N of the year.")
  Integer round;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (default), csv or json.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path output;

  @Option(names = "--explain", description = "Say, per team, why these reviewers.")
  boolean explain;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TODO(pairings)");
  }
}
