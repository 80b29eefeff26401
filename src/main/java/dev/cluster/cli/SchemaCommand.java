package dev.cluster.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cluster schema}: the JSON Schema of {@code partnership.yaml}. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of partnership.yaml, for editors.")
final class SchemaCommand extends PartnershipCommand implements Callable<Integer> {
  /** Where the schema is kept, as written by hand alongside the loader. */
  static final String RESOURCE = "/schema/partnership.schema.json";

  @Override
  public Integer call() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
      }
      out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out().flush();
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
