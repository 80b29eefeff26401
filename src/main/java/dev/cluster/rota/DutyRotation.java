package dev.cluster.rota;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One duty's rotation (chair, host or minutes) within one series: how often each school has served
 * and who served last. The next meeting goes to the eligible school that has served least; ties go
 * to the first school in {@code order} after the one that served last.
 */
final class DutyRotation {
  private final List<String> participants;
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private String last;

  /**
   * A rotation among {@code participants} (in rotation order). {@code initialLast} is taken as the
   * school that served last before the first meeting: null starts from the first school, the first
   * school starts from the second (a host or minutes duty that rotates on its own).
   */
  DutyRotation(List<String> participants, String initialLast) {
    this.participants = List.copyOf(participants);
    for (int i = 0; i < participants.size(); i++) {
      position.put(participants.get(i), i);
    }
    this.last = initialLast;
  }

  /** The schools taking part, in rotation order. */
  List<String> participants() {
    return participants;
  }

  /**
   * Lets {@code members} (the participants who are members on the meeting's day) into the rotation:
   * a school seen for the first time starts at the lowest count among the schools already in it.
   */
  void enter(List<String> members) {
    int min = Integer.MAX_VALUE;
    for (String m : members) {
      Integer c = counts.get(m);
      if (c != null && c < min) {
        min = c;
      }
    }
    int start = min == Integer.MAX_VALUE ? 0 : min;
    for (String m : members) {
      counts.putIfAbsent(m, start);
    }
  }

  /**
   * The eligible school that has served least; ties by order after the last to serve; null when
   * none is. With {@code tieBreak} (null: none), a tie is broken first by taking the last to serve
   * only when it is the only one tied, then by the lowest {@code tieBreak} value, then by order
   * after the last to serve.
   */
  String pick(Predicate<String> eligible, ToIntFunction<String> tieBreak) {
    int n = participants.size();
    if (n == 0) {
      return null;
    }
    Integer lastAt = last == null ? null : position.get(last);
    int first = lastAt == null ? 0 : lastAt + 1;
    String best = null;
    int bestCount = Integer.MAX_VALUE;
    int bestBreak = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      String s = participants.get((first + i) % n);
      Integer c = counts.get(s);
      if (c == null || c > bestCount || !eligible.test(s)) {
        continue;
      }
      if (c < bestCount) {
        best = s;
        bestCount = c;
        bestBreak = tieBreak == null ? 0 : tieBreak.applyAsInt(s);
      } else if (tieBreak != null && !s.equals(last)) {
        // A tie: the last to serve comes last in this loop, so it is kept only when no other school
        // is tied.
        int b = tieBreak.applyAsInt(s);
        if (best.equals(last) || b < bestBreak) {
          best = s;
          bestBreak = b;
        }
      }
    }
    return best;
  }

  /**
   * Records that {@code school} served (by rotation or by an override): it counts and is now the
   * last.
   */
  void served(String school) {
    counts.merge(school, 1, Integer::sum);
    last = school;
  }
}
