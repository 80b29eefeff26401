package dev.cluster.init;

import dev.cluster.calendar.Dates;
import dev.cluster.model.Duty;
import dev.cluster.model.DutyType;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.Schedule;
import dev.cluster.model.School;
import dev.cluster.render.Templates;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The partnership's terms of reference as Markdown, rendered from {@code
 * terms-of-reference.md.mustache} (overridable from the partnership's {@code templates/}). The view
 * spells out, in plain English, what the data says: who the members are, when each series meets and
 * how its duties go round, how reviews work.
 */
public final class TermsOfReference {
  /** The built-in template's file name. */
  public static final String TEMPLATE = "terms-of-reference.md.mustache";

  private TermsOfReference() {}

  /** The terms of reference of {@code partnership}. */
  public static String render(Partnership partnership) {
    return new Templates(partnership.templates()).render(TEMPLATE, view(partnership));
  }

  /** What the template sees: the variables documented in the README (section Templates). */
  public record View(
      String name,
      String area,
      boolean hasArea,
      String purpose,
      List<SchoolView> schools,
      List<MeetingView> meetings,
      boolean hasMeetings,
      List<ReviewView> reviews,
      boolean hasReviews,
      boolean hasPlan) {}

  /** A member school: {@code membership} says since and until when, or "yes". */
  public record SchoolView(String id, String name, String address, String membership) {}

  /** A meeting series (a {@code for-each-year-group} family shown once), described in words. */
  public record MeetingView(
      String id,
      String title,
      String attendees,
      String when,
      String chair,
      String host,
      String minutes,
      String standingItems,
      boolean hasStandingItems) {}

  /** A review programme described in words. */
  public record ReviewView(
      String id, String title, String frequency, String team, String reviewers) {}

  /** Builds the template's view of {@code p}. */
  public static View view(Partnership p) {
    List<SchoolView> schools =
        p.schools().stream()
            .map(s -> new SchoolView(s.id(), s.name(), s.address(), membership(s)))
            .toList();
    List<MeetingView> meetings =
        families(p.meetings()).values().stream().map(family -> meeting(p, family)).toList();
    List<ReviewView> reviews = p.reviews().stream().map(TermsOfReference::review).toList();
    return new View(
        p.name(),
        p.area(),
        !p.area().isBlank(),
        p.purpose(),
        schools,
        meetings,
        !meetings.isEmpty(),
        reviews,
        !reviews.isEmpty(),
        !p.plan().isEmpty());
  }

  /**
   * Series grouped by the {@code for-each-year-group} series they were expanded from, in file
   * order.
   */
  private static Map<String, List<MeetingSeries>> families(List<MeetingSeries> series) {
    return series.stream()
        .collect(
            Collectors.groupingBy(MeetingSeries::group, LinkedHashMap::new, Collectors.toList()));
  }

  private static MeetingView meeting(Partnership p, List<MeetingSeries> family) {
    MeetingSeries m = family.get(0);
    List<String> yearGroups =
        family.stream().map(MeetingSeries::yearGroup).filter(y -> y != null).toList();
    String attendees = roles(m.attendees());
    String title = m.title();
    if (family.size() > 1) {
      // An expanded title may carry its year group; the family is named once.
      title = stripYearGroup(title, m.yearGroup());
      attendees += " of that year group: one meeting for each of " + String.join(", ", yearGroups);
    } else if (m.yearGroup() != null) {
      attendees += " (" + m.yearGroup() + ")";
    }
    String chairRole = m.chairRole();
    return new MeetingView(
        m.group(),
        title,
        attendees,
        when(m),
        chair(p, m.duty(DutyType.CHAIR), chairRole),
        host(p, m.duty(DutyType.HOST)),
        minutes(p, m.duty(DutyType.MINUTES), m.duty(DutyType.CHAIR).kind() != Duty.Kind.NONE),
        String.join("; ", m.standingItems()),
        !m.standingItems().isEmpty());
  }

  private static String stripYearGroup(String title, String yearGroup) {
    for (String suffix : List.of(" (" + yearGroup + ")", " " + yearGroup, " - " + yearGroup)) {
      if (yearGroup != null && title.endsWith(suffix)) {
        return title.substring(0, title.length() - suffix.length());
      }
    }
    return title;
  }

  private static String membership(School s) {
    if (s.joined() != null && s.left() != null) {
      return "from " + s.joined() + " to " + s.left();
    }
    if (s.joined() != null) {
      return "since " + s.joined();
    }
    if (s.left() != null) {
      return "until " + s.left();
    }
    return "yes";
  }

  private static String when(MeetingSeries m) {
    String at = " at " + m.time() + " for " + m.duration() + " minutes";
    Schedule s = m.schedule();
    if (s == null) {
      return "on set dates: "
          + m.dates().stream().map(Object::toString).collect(Collectors.joining(", "))
          + at;
    }
    String every =
        switch (s.per()) {
          case HALF_TERM -> "once every half-term";
          case TERM -> "once a term";
          case MONTH -> "once a month";
          case YEAR ->
              s.term() == null ? "once a year" : "once a year, in the " + s.term() + " term";
        };
    if (s.weeks().size() > 1) {
      every = every.replaceFirst("^once", s.weeks().size() + " times");
    }
    String weekday = s.weekday().getDisplayName(TextStyle.FULL, Locale.UK);
    return every + ", " + weeks(s.weeks()) + ", on " + weekday + at;
  }

  private static String weeks(List<Integer> weeks) {
    List<String> words = new ArrayList<>();
    for (int n : weeks) {
      words.add(
          n == -1
              ? "the last teaching week"
              : n > 0
                  ? "the " + Dates.ordinal(n) + " teaching week"
                  : "the " + Dates.ordinal(-n) + " teaching week from the end");
    }
    return "in " + String.join(" and ", words);
  }

  private static String chair(Partnership p, Duty d, String chairRole) {
    return switch (d.kind()) {
      case ROTATE -> "each school in turn (its " + role(chairRole) + ")";
      case NONE -> "none from the member schools";
      case FIXED -> "always " + schoolName(p, d.school()) + " (its " + role(chairRole) + ")";
      case CHAIR -> throw new IllegalArgumentException("a chair cannot be 'chair'");
    };
  }

  private static String host(Partnership p, Duty d) {
    return switch (d.kind()) {
      case CHAIR -> "the chairing school";
      case ROTATE -> "each school in turn";
      case NONE -> "not hosted by a member school";
      case FIXED -> "always " + schoolName(p, d.school());
    };
  }

  private static String minutes(Partnership p, Duty d, boolean chaired) {
    return switch (d.kind()) {
      case ROTATE ->
          chaired ? "each school in turn, never the chairing school" : "each school in turn";
      case NONE -> "not assigned by the rota";
      case FIXED -> "always " + schoolName(p, d.school());
      case CHAIR -> throw new IllegalArgumentException("minutes cannot be 'chair'");
    };
  }

  private static ReviewView review(ReviewProgramme r) {
    String frequency =
        switch (r.roundsPerYear()) {
          case 1 -> "once a year";
          case 2 -> "twice a year";
          default -> r.roundsPerYear() + " times a year";
        };
    frequency += ": every member school is reviewed in each round";
    String team =
        r.peers() == 1
            ? "one peer reviewer from another school"
            : r.peers() + " peer reviewers, each from a different school";
    if (r.external()) {
      team += " and the school's external reviewer";
    }
    if (r.leadRole() != null) {
      team = "led by the school's own " + role(r.leadRole()) + ", with " + team;
    }
    StringBuilder reviewers = new StringBuilder("the other schools' ");
    reviewers.append(
        r.reviewerRoles().stream().map(TermsOfReference::role).collect(Collectors.joining(" or ")));
    if (r.maxLoad() != null) {
      reviewers
          .append("; at most ")
          .append(r.maxLoad())
          .append(r.maxLoad() == 1 ? " review" : " reviews")
          .append(" each per round");
    }
    reviewers.append(
        switch (r.reciprocal()) {
          case FORBID -> "; two schools never review each other in the same round";
          case AVOID -> "; two schools review each other in the same round only when unavoidable";
          case ALLOW -> "";
        });
    if (r.avoidRepeat() > 0) {
      reviewers
          .append("; the same pairs of schools are avoided for ")
          .append(r.avoidRepeat())
          .append(r.avoidRepeat() == 1 ? " round" : " rounds");
    }
    if (r.matchFocus()) {
      reviewers.append("; reviewers whose expertise meets the school's focus are preferred");
    }
    return new ReviewView(r.id(), r.title(), frequency, team, reviewers.toString());
  }

  private static String schoolName(Partnership p, String id) {
    // a host may be a venue that is not a school (SPEC section 10)
    return p.school(id)
        .map(School::name)
        .orElse(p.venue(id).map(dev.cluster.model.Venue::name).orElse(id));
  }

  private static String roles(List<String> roles) {
    return roles.stream().map(TermsOfReference::role).collect(Collectors.joining(", "));
  }

  /**
   * A role as words: {@code chair-of-governors} reads "chair of governors", {@code sendco}
   * "SENDCo".
   */
  private static String role(String role) {
    return role.equals("sendco") ? "SENDCo" : role.replace('-', ' ');
  }
}
