package dev.cluster.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster validate}: loads everything, reports every problem found, changes nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Load the partnership and its rosters and report every problem found; changes nothing.")
final class ValidateCommand extends PartnershipCommand implements Callable<Integer> {
  @Option(names = "--strict", description = "Exit 1 when there is any warning (for CI).")
  boolean strict;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TODO(loader)");
  }
}
