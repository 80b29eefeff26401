package dev.cluster.load;

import dev.cluster.model.Diagnostic;
import dev.cluster.model.Partnership;
import java.util.List;

/**
 * A partnership that loaded without errors, with the warnings found on the way (in report order).
 */
public record LoadResult(Partnership partnership, List<Diagnostic> warnings) {
  public LoadResult {
    warnings = List.copyOf(warnings);
  }
}
