package dev.cluster.load;

import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import java.nio.file.Path;

/**
 * Loads {@code partnership.yaml}, its rosters, {@code actions.csv} and pairing history into the model,
 * collecting every problem before failing once.
 */
public final class PartnershipLoader {
  private PartnershipLoader() {}

  /**
   * Loads the partnership at {@code file} (the path as given on the command line).
   *
   * @throws DataException with every error and warning, in report order, when there is any error
   */
  public static LoadResult load(Path file) {
    // TODO(loader): placeholder until the loader lands.
    throw new DataException(Diagnostic.error(Location.of(file.toString()), "the loader is not written yet"));
  }
}
