package dev.cluster.load;

import dev.cluster.model.ReviewProgramme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binds {@code reviews:}, the peer-review programmes, checking that the schools can supply {@code
 * peers}.
 */
final class ReviewBinder {
  private final Fields f;
  private final Problems problems;
  private final Known known;

  ReviewBinder(Fields f, Known known) {
    this.f = f;
    this.problems = f.problems();
    this.known = known;
  }

  /** Binds {@code reviews:}; returns the programmes that are complete. */
  List<ReviewProgramme> bind(Node.MapNode doc) {
    List<ReviewProgramme> reviews = new ArrayList<>();
    List<Node> items = f.list(Fields.value(doc, "reviews"), "`reviews`");
    Set<String> ids = new LinkedHashSet<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "a programme in `reviews`");
      if (m == null) {
        continue;
      }
      f.keys(m, "a review programme", PartnershipBinder.REVIEW_KEYS);
      String id = f.id(m, "id", "a review programme", "enquiry");
      if (id != null && !ids.add(id)) {
        problems.error(
            m.get("id").location(),
            "review id `" + id + "` is used twice; give each programme its " + "own id");
      }
      String where = id == null ? "a review programme" : "review `" + id + "`";
      String title = f.requiredText(m, "title", where, "Collaborative Enquiry");
      Integer rounds =
          orDefault(f.integer(m, "rounds-per-year", where, 1), m, "rounds-per-year", 1);
      Integer peers = orDefault(f.integer(m, "peers", where, 1), m, "peers", 1);
      List<String> reviewerRoles = new ArrayList<>();
      for (Fields.Located r : f.texts(m, "reviewer-roles", where)) {
        reviewerRoles.add(known.checkRole(r, where));
      }
      if (reviewerRoles.isEmpty()) {
        f.missing(m, "reviewer-roles", where, "[headteacher]");
      }
      Integer maxLoad = f.integer(m, "max-load", where, 1);
      String reciprocal = f.choice(m, "reciprocal", where, List.of("avoid", "forbid", "allow"));
      Integer avoidRepeat = orDefault(f.integer(m, "avoid-repeat", where, 0), m, "avoid-repeat", 1);
      String match = f.choice(m, "match", where, List.of("none", "focus"));
      String leadRole = known.role(f, m, "lead-role", where);
      Boolean external = f.bool(m, "external", where);
      String history = f.text(m, "history", where);
      if (history != null) {
        try {
          java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + history.trim());
        } catch (IllegalArgumentException e) {
          problems.error(
              m.get("history").location(),
              "`history` of "
                  + where
                  + " is not a file pattern (`"
                  + history
                  + "`); write for example `history/"
                  + (id == null ? "review" : id)
                  + "-*.csv`");
          history = null;
        }
      }
      if (peers != null && !reviewerRoles.isEmpty() && known.everyRosterRead) {
        long withReviewer =
            known.schools.values().stream()
                .filter(
                    s ->
                        s.staff().stream()
                            .anyMatch(p -> reviewerRoles.stream().anyMatch(p::hasRole)))
                .count();
        if (peers > withReviewer - 1) {
          Node pn = Fields.value(m, "peers");
          // A warning here, not an error: the data is well-formed, the constraint cannot be met,
          // and that is
          // `cluster pairings`' exit 3 (SPEC section 6); the rota, agendas and reports still work
          // meanwhile.
          problems.warning(
              pn != null
                  ? pn.location()
                  : m.get("id") != null ? m.get("id").location() : m.location(),
              where
                  + " needs "
                  + peers
                  + " peer reviewer"
                  + (peers == 1 ? "" : "s")
                  + " from other schools for"
                  + " each team, but only "
                  + withReviewer
                  + " school"
                  + (withReviewer == 1 ? " has" : "s have")
                  + " someone with the role "
                  + String.join(" or ", reviewerRoles)
                  + "; "
                  + (withReviewer > 1
                      ? "lower `peers` to at most " + (withReviewer - 1) + " or "
                      : "")
                  + "add reviewers (`cluster pairings` cannot run until then)");
        }
      }
      String sameGroup = f.choice(m, "same-group", where, List.of("allow", "forbid"));
      List<List<String>> forbid = forbid(m, where);
      Node visitNode = Fields.value(m, "visit");
      ReviewProgramme.Visit visit = visitNode == null ? null : visit(visitNode, where);
      boolean complete =
          id != null
              && title != null
              && rounds != null
              && peers != null
              && !reviewerRoles.isEmpty()
              && (maxLoad != null || Fields.value(m, "max-load") == null)
              && (reciprocal != null || Fields.value(m, "reciprocal") == null)
              && avoidRepeat != null
              && (match != null || Fields.value(m, "match") == null)
              && forbid != null
              && (sameGroup != null || Fields.value(m, "same-group") == null)
              && (visit != null || visitNode == null);
      if (complete) {
        reviews.add(
            new ReviewProgramme(
                id,
                title.trim(),
                rounds,
                peers,
                reviewerRoles,
                maxLoad,
                reciprocal == null
                    ? ReviewProgramme.Reciprocal.AVOID
                    : ReviewProgramme.Reciprocal.valueOf(reciprocal.toUpperCase(Locale.ROOT)),
                avoidRepeat,
                "focus".equals(match),
                leadRole,
                Boolean.TRUE.equals(external),
                history == null || history.isBlank() ? "history/*.csv" : history.trim(),
                m.get("id").location(),
                "forbid".equals(sameGroup),
                forbid,
                visit));
      }
    }
    return reviews;
  }

  /**
   * {@code forbid: [[a, b], ...]}: pairs of known, different schools; null when one is wrong
   * (reported).
   */
  private List<List<String>> forbid(Node.MapNode m, String where) {
    List<Node> items = f.list(Fields.value(m, "forbid"), "`forbid` of " + where);
    if (items == null) {
      return null;
    }
    List<List<String>> pairs = new ArrayList<>();
    boolean ok = true;
    for (Node item : items) {
      List<Node> pair = item instanceof Node.ListNode l ? l.items() : null;
      if (pair == null || pair.size() != 2) {
        problems.error(
            item.location(),
            "each entry of `forbid` in "
                + where
                + " is a pair of school ids, "
                + "written `[fleet, rhyl]`; this one is "
                + (pair == null ? Fields.describe(item) : "a list of " + pair.size()));
        ok = false;
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (Node school : pair) {
        String sid = f.text(school, "a school in `forbid` of " + where);
        if (sid == null || sid.isBlank()) {
          if (sid != null) {
            problems.error(
                school.location(), "a school in `forbid` of " + where + " is empty; write its id");
          }
          ok = false;
        } else if (!known.schoolIds.contains(sid.trim())) {
          problems.error(
              school.location(),
              "unknown school `"
                  + sid.trim()
                  + "` in `forbid` of "
                  + where
                  + known.schoolHint(sid.trim()));
          ok = false;
        } else {
          ids.add(sid.trim());
        }
      }
      if (ids.size() == 2 && ids.get(0).equals(ids.get(1))) {
        problems.error(
            item.location(),
            "`forbid` of "
                + where
                + " pairs `"
                + ids.get(0)
                + "` with itself; a "
                + "school never reviews itself, so name two different schools");
        ok = false;
      } else if (ids.size() == 2) {
        pairs.add(ids);
      }
    }
    return ok ? pairs : null;
  }

  /** {@code visit: { days: 1, weekdays: [tuesday, ...] }}; null when wrong (reported). */
  private ReviewProgramme.Visit visit(Node n, String where) {
    String what = "`visit` of " + where;
    Node.MapNode vm = f.map(n, what);
    if (vm == null) {
      return null;
    }
    f.keys(vm, what, PartnershipBinder.VISIT_KEYS);
    Integer days = orDefault(f.integer(vm, "days", what, 1), vm, "days", 1);
    Set<java.time.DayOfWeek> weekdays = new java.util.TreeSet<>();
    boolean ok = days != null;
    List<Fields.Located> written = f.texts(vm, "weekdays", what);
    for (Fields.Located w : written) {
      java.time.DayOfWeek d = f.weekday(w, what);
      if (d == null) {
        ok = false;
      } else if (d.getValue() > 5) {
        problems.error(
            w.location(),
            "`"
                + w.text()
                + "` in "
                + what
                + " is a weekend day; visits fall on "
                + "teaching days, monday to friday");
        ok = false;
      } else {
        weekdays.add(d);
      }
    }
    if (Fields.value(vm, "weekdays") == null) {
      weekdays.addAll(
          java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY));
    } else if (written.isEmpty() && ok) {
      problems.error(
          Fields.value(vm, "weekdays").location(),
          "`weekdays` of "
              + what
              + " is empty; list the"
              + " days a visit may fall on, for example `[tuesday, wednesday, thursday]`");
      ok = false;
    }
    return ok ? new ReviewProgramme.Visit(days, weekdays) : null;
  }

  private static Integer orDefault(Integer value, Node.MapNode m, String key, int byDefault) {
    return value != null ? value : Fields.value(m, key) == null ? Integer.valueOf(byDefault) : null;
  }
}
