package dev.cluster.rota;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.DutyType;
import dev.cluster.model.Order;
import dev.cluster.model.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many duties of each kind each school has done so far in each term, across every series (SPEC
 * section 11, {@code balance: across-series}): the planner feeds it every meeting in rota order, so
 * a count is always of the earlier meetings. Fixed, overridden, recorded and minuted duties count;
 * cancelled meetings do not. A meeting outside every term belongs to the next term (after the last
 * term: to a term of its own).
 */
final class TermBalance {
  private final List<Term> terms = new ArrayList<>();
  private final Map<Term, String> years = new HashMap<>();
  private final Map<Integer, Map<String, EnumMap<DutyType, Integer>>> counts = new HashMap<>();

  TermBalance(List<AcademicYear> calendar) {
    for (AcademicYear y : calendar) {
      terms.addAll(y.terms());
      y.terms().forEach(t -> years.put(t, y.name()));
    }
    terms.sort(Order.by(Term::end));
  }

  /** The index of the term {@code day} belongs to: the first that has not ended by then. */
  int termOf(LocalDate day) {
    int lo = 0;
    int hi = terms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (terms.get(mid).end().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The name of term {@code index} for people: {@code Autumn 2026-27}. */
  String label(int index) {
    if (index >= terms.size()) {
      return "after the last term";
    }
    Term t = terms.get(index);
    return t.name() + " " + years.get(t);
  }

  /**
   * The duties of {@code type} that {@code school} did at the meetings so far of {@code day}'s
   * term.
   */
  int count(LocalDate day, String school, DutyType type) {
    Map<String, EnumMap<DutyType, Integer>> term = counts.get(termOf(day));
    EnumMap<DutyType, Integer> c = term == null ? null : term.get(school);
    return c == null ? 0 : c.getOrDefault(type, 0);
  }

  /** Counts the duties of {@code m}, the next meeting in rota order. */
  void served(ScheduledMeeting m) {
    if (m.cancelled()) {
      return;
    }
    Map<String, EnumMap<DutyType, Integer>> term =
        counts.computeIfAbsent(termOf(m.date()), k -> new HashMap<>());
    for (DutyType t : DutyType.values()) {
      Assignment a = m.duty(t);
      if (a != null) {
        if (!a.bySchool()) {
          continue; // a venue that is not a school serves no turn
        }
        term.computeIfAbsent(a.school().id(), k -> new EnumMap<>(DutyType.class))
            .merge(t, 1, Integer::sum);
      }
    }
  }
}
