package dev.cluster.cli;

import dev.cluster.init.StarterFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cluster schema}: the JSON Schema of {@code partnership.yaml}. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of partnership.yaml, for editors.")
final class SchemaCommand extends PartnershipCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    out().print(StarterFiles.schema());
    out().flush();
    return 0;
  }
}
