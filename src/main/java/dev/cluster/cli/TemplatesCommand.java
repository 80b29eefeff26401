package dev.cluster.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cluster templates}: list the built-in templates, or export them for editing. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "List the built-in Mustache templates, or with 'export DIR' copy them to DIR for editing.",
      "A file of the same name in the partnership's templates/ folder overrides the built-in one."
    })
final class TemplatesCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "export", description = "export")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", description = "Where to copy the templates.")
  Path dir;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TODO(templates)");
  }
}
