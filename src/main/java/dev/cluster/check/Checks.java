package dev.cluster.check;

import dev.cluster.load.LoadResult;
import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.Diagnostic;
import dev.cluster.rota.RotaChecks;
import dev.cluster.rota.RotaPlanner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of {@code validate}, which every other command runs too before its output: the loader's
 * warnings, then the checks that need more than the loader (the whole calendar's rota: an override
 * on a day with no such meeting is an error; the partnership's own templates, rendered once with
 * real data), in report order. Kept out of the command line so that a command, a test or a future
 * front end all get the same problems.
 */
public final class Checks {
  private Checks() {}

  /** Every problem {@code validate} reports for a loaded partnership, in report order. */
  public static List<Diagnostic> of(LoadResult loaded, LocalDate today) {
    return of(loaded, new RotaPlanner(loaded.partnership()), today);
  }

  /**
   * The same, planning with {@code planner} (of the loaded partnership): a command that plans the
   * rota afterwards passes its own, so that the whole calendar is planned once.
   */
  public static List<Diagnostic> of(LoadResult loaded, RotaPlanner planner, LocalDate today) {
    List<Diagnostic> all = new ArrayList<>(loaded.warnings());
    all.addAll(RotaChecks.check(loaded.partnership(), planner));
    all.addAll(TemplateChecks.check(loaded.partnership(), planner, today));
    return PartnershipLoader.inReportOrder(loaded.partnership(), all);
  }
}
