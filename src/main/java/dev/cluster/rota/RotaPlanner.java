package dev.cluster.rota;

import dev.cluster.model.Partnership;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Plans chair, host and minutes of every meeting (SPEC section 5): a pure function of the partnership and the
 * window asked for. Rotation always runs from each series' {@code start}, so a window's rota is exactly that
 * slice of the whole rota.
 */
public final class RotaPlanner {
  private final Partnership partnership;

  public RotaPlanner(Partnership partnership) {
    this.partnership = partnership;
  }

  /**
   * The meetings from {@code from} to {@code to} inclusive of the given series ids (a for-each-year-group id
   * stands for all its year groups; empty means every series), with the warnings concerning that window.
   */
  public Rota plan(LocalDate from, LocalDate to, Collection<String> series) {
    // TODO(rota): placeholder until the planner lands.
    throw new UnsupportedOperationException("rota planner not written yet for " + partnership.name());
  }
}
