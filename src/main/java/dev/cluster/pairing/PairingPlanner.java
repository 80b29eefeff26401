package dev.cluster.pairing;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;

/**
 * Plans peer-review teams (SPEC section 6): for each programme and round, the best pairing that meets the hard
 * constraints, proven optimal where it can be, with a bound where it cannot. A pure function of its inputs.
 */
public final class PairingPlanner {
  private final Partnership partnership;

  public PairingPlanner(Partnership partnership) {
    this.partnership = partnership;
  }

  /**
   * The rounds of {@code programme} (null: every programme, in file order) in {@code year}; {@code round} null
   * means every round of the year.
   *
   * @throws dev.cluster.model.InfeasibleException when no pairing meets the hard constraints
   */
  public Pairings plan(ReviewProgramme programme, AcademicYear year, Integer round) {
    // TODO(pairing): placeholder until the planner lands.
    throw new UnsupportedOperationException("pairing planner not written yet for " + partnership.name());
  }
}
