package dev.cluster.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cluster init}: a new partnership repository, ready to edit. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a new partnership repository into DIR (default: this folder), ready to edit.",
      "An existing file is never overwritten: it is skipped and named."
    })
final class InitCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "The folder to create the repository in.")
  Path dir;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TODO(init)");
  }
}
