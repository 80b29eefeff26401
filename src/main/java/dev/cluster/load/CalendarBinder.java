package dev.cluster.load;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Closure;
import dev.cluster.model.DateRange;
import dev.cluster.model.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds {@code calendar:}: academic years named {@code YYYY-YY}, in order, with their terms,
 * half-terms and closures.
 */
final class CalendarBinder {
  private final Fields f;
  private final Problems problems;
  private final Known known;

  private static final Pattern YEAR_NAME = Pattern.compile("(\\d{4})-(\\d{2})");

  CalendarBinder(Fields f, Known known) {
    this.f = f;
    this.problems = f.problems();
    this.known = known;
  }

  /** Binds {@code calendar:} into {@code known.calendar}. */
  void bind(Node.MapNode doc) {
    Node n = Fields.value(doc, "calendar");
    if (n == null) {
      problems.error(
          doc.location(),
          "partnership.yaml has no `calendar:`; add the academic years with their "
              + "terms (see `cluster init`)");
      return;
    }
    List<Node> items = f.list(n, "`calendar`");
    if (items == null) {
      return;
    }
    if (items.isEmpty()) {
      problems.error(
          n.location(), "`calendar` is empty; add at least one academic year with its terms");
    }
    AcademicYear previous = null;
    for (Node item : items) {
      AcademicYear y = year(item);
      if (y == null) {
        known.calendarComplete = false;
        continue;
      }
      if (previous != null && !y.start().isAfter(previous.end())) {
        problems.error(
            y.location(),
            "academic year `"
                + y.name()
                + "` starts on "
                + y.start()
                + ", before `"
                + previous.name()
                + "` ends on "
                + previous.end()
                + "; list the years in order, without overlap");
      }
      if (known.calendar.stream().anyMatch(other -> other.name().equals(y.name()))) {
        problems.error(y.location(), "academic year `" + y.name() + "` is listed twice; keep one");
      }
      known.calendar.add(y);
      previous = y;
    }
  }

  private AcademicYear year(Node item) {
    Node.MapNode m = f.map(item, "an academic year in `calendar`");
    if (m == null) {
      return null;
    }
    f.keys(m, "an academic year", PartnershipBinder.YEAR_KEYS);
    String yearName = f.requiredText(m, "year", "an academic year", "2026-27");
    Integer firstYear = null;
    if (yearName != null) {
      Matcher ym = YEAR_NAME.matcher(yearName.trim());
      if (!ym.matches()) {
        problems.error(
            m.get("year").location(),
            "academic year `" + yearName + "` must be named YYYY-YY, for " + "example 2026-27");
      } else {
        int start = Integer.parseInt(ym.group(1));
        int end = Integer.parseInt(ym.group(2));
        if (end != (start + 1) % 100) {
          problems.error(
              m.get("year").location(),
              "academic year `"
                  + yearName
                  + "` must end the year after it "
                  + "starts; write `"
                  + start
                  + "-"
                  + String.format(Locale.ROOT, "%02d", (start + 1) % 100)
                  + "`");
        } else {
          firstYear = start;
        }
      }
    }
    String where = yearName == null ? "an academic year" : "academic year `" + yearName + "`";
    List<Term> terms = new ArrayList<>();
    boolean termsComplete = true;
    Node termsNode = Fields.value(m, "terms");
    if (termsNode == null) {
      f.missing(m, "terms", where, "[...]");
    } else {
      List<Node> termItems = f.list(termsNode, "`terms` of " + where);
      if (termItems != null && termItems.isEmpty()) {
        problems.error(termsNode.location(), where + " has no terms; add them");
      }
      Term previous = null;
      for (Node t : termItems == null ? List.<Node>of() : termItems) {
        Term term = term(t, where);
        if (term == null) {
          termsComplete = false;
          known.calendarComplete = false;
          continue;
        }
        if (previous != null && !term.start().isAfter(previous.end())) {
          problems.error(
              term.location(),
              "term `"
                  + term.name()
                  + "` starts on "
                  + term.start()
                  + ", before term `"
                  + previous.name()
                  + "` ends on "
                  + previous.end()
                  + "; terms must be in order without overlap");
        }
        if (terms.stream().anyMatch(o -> o.key().equals(term.key()))) {
          problems.error(
              term.location(),
              "term `"
                  + term.name()
                  + "` is listed twice in "
                  + where
                  + "; give each term its own name");
        }
        if (firstYear != null) {
          LocalDate from = LocalDate.of(firstYear, 7, 1);
          LocalDate to = LocalDate.of(firstYear + 1, 8, 31);
          if (term.start().isBefore(from) || term.end().isAfter(to)) {
            problems.error(
                term.location(),
                "term `"
                    + term.name()
                    + "` ("
                    + term.start()
                    + " to "
                    + term.end()
                    + ") is not in "
                    + where
                    + ", which runs from "
                    + from
                    + " to "
                    + to
                    + "; check the dates or"
                    + " the year's name");
          }
        }
        terms.add(term);
        previous = term;
      }
    }
    List<Closure> closures = closures(f, m, where, termsComplete ? terms : null);
    if (yearName == null || terms.isEmpty()) {
      return null;
    }
    return new AcademicYear(yearName.trim(), terms, closures, m.location());
  }

  private Term term(Node item, String year) {
    Node.MapNode m = f.map(item, "a term of " + year);
    if (m == null) {
      return null;
    }
    f.keys(m, "a term", PartnershipBinder.TERM_KEYS);
    String termName = f.requiredText(m, "name", "a term of " + year, "Autumn");
    String where = termName == null ? "a term of " + year : "term `" + termName + "`";
    LocalDate start = f.requiredDate(m, "start", where);
    LocalDate end = f.requiredDate(m, "end", where);
    DateRange dates = null;
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.error(
            m.get("end").location(),
            where
                + " ends on "
                + end
                + ", before it starts on "
                + start
                + "; swap `start` and `end`");
      } else {
        dates = new DateRange(start, end);
      }
    }
    DateRange half = null;
    Node hn = Fields.value(m, "half-term");
    if (hn != null) {
      Node.MapNode hm = f.map(hn, "`half-term` of " + where);
      if (hm != null) {
        f.keys(hm, "`half-term`", PartnershipBinder.RANGE_KEYS);
        LocalDate hs = f.requiredDate(hm, "start", "the half-term of " + where);
        LocalDate he = f.requiredDate(hm, "end", "the half-term of " + where);
        if (hs != null && he != null) {
          if (he.isBefore(hs)) {
            problems.error(
                hm.get("end").location(),
                "the half-term of "
                    + where
                    + " ends on "
                    + he
                    + ", before it starts on "
                    + hs
                    + "; swap `start` and `end`");
          } else {
            half = new DateRange(hs, he);
            if (dates != null && (!dates.contains(hs) || !dates.contains(he))) {
              problems.error(
                  hm.location(),
                  "the half-term of "
                      + where
                      + " ("
                      + hs
                      + " to "
                      + he
                      + ") is not inside the term ("
                      + start
                      + " to "
                      + end
                      + "); check its dates");
            }
          }
        }
      }
    }
    if (termName == null || dates == null) {
      return null;
    }
    return new Term(termName.trim(), dates, half, m.location());
  }

  /**
   * A {@code closures:} list of {@code { date, reason }} (absent: none). When {@code terms} is not
   * null, a closure on no day of them is warned about: it changes nothing, so its date is probably
   * mistyped.
   */
  static List<Closure> closures(Fields f, Node.MapNode m, String where, List<Term> terms) {
    List<Closure> out = new ArrayList<>();
    Node n = Fields.value(m, "closures");
    List<Node> items = f.list(n, "`closures` of " + where);
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode cm = f.map(item, "a closure");
      if (cm == null) {
        continue;
      }
      f.keys(cm, "a closure", PartnershipBinder.CLOSURE_KEYS);
      LocalDate date = f.requiredDate(cm, "date", "a closure of " + where);
      String reason = f.text(cm, "reason", "a closure");
      if (date != null) {
        if (terms != null && terms.stream().noneMatch(t -> t.dates().contains(date))) {
          f.problems()
              .warning(
                  cm.get("date").location(),
                  "the closure on "
                      + date
                      + " ("
                      + where
                      + ") is not in "
                      + "any term, so it changes nothing; check its date");
        }
        out.add(new Closure(date, reason, cm.location()));
      }
    }
    return out;
  }
}
