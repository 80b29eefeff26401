package dev.cluster.cli;

import dev.cluster.init.StarterFiles;
import java.util.concurrent.Callable;

/** {@code cluster schema}: the JSON Schema of {@code partnership.yaml}. */
final class SchemaCommand extends PartnershipCommand implements Callable<Integer> {
  SchemaCommand(Main main) {
    super(
        main, "schema", "Print the JSON Schema (draft 2020-12) of partnership.yaml, for editors.");
  }

  @Override
  public Integer call() {
    out().print(StarterFiles.schema());
    out().flush();
    return 0;
  }
}
