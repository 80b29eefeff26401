package dev.cluster.load;

import dev.cluster.model.AgendaItem;
import dev.cluster.model.DutyType;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.PlanItem;
import dev.cluster.model.RotaOverride;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the lists of small items that refer to meetings, schools and people: {@code overrides},
 * {@code agenda-items} and the development {@code plan}.
 */
final class ItemBinder {
  private final Fields f;
  private final Problems problems;
  private final Known known;

  ItemBinder(Fields f, Known known) {
    this.f = f;
    this.problems = f.problems();
    this.known = known;
  }

  private String checkSchool(Node.MapNode m, DutyType type, String where) {
    String key = type.key();
    String t = f.text(m, key, where);
    if (t == null) {
      return null;
    }
    String v = t.trim();
    if (type.atVenue() && known.venueIds.contains(v)) {
      return v; // an override may move one meeting to a venue that is not a school (SPEC section
      // 10)
    }
    String venue = known.venueNotSchool(v, key, where);
    if (venue != null) {
      problems.error(m.get(key).location(), venue);
      return null;
    }
    if (!known.schoolIds.contains(v)) {
      problems.error(
          m.get(key).location(),
          "unknown school `" + v + "` in `" + key + "` of " + where + known.schoolHint(v));
      return null;
    }
    return v;
  }

  /** Binds {@code overrides:}. */
  List<RotaOverride> overrides(Node.MapNode doc) {
    List<RotaOverride> overrides = new ArrayList<>();
    List<Node> items = f.list(Fields.value(doc, "overrides"), "`overrides`");
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "an override in `overrides`");
      if (m == null) {
        continue;
      }
      f.keys(m, "an override", PartnershipBinder.OVERRIDE_KEYS);
      String where = "an override";
      String meeting = f.requiredText(m, "meeting", where, "heads");
      if (meeting != null) {
        meeting = known.checkMeeting(meeting.trim(), m.get("meeting").location(), where);
      }
      LocalDate date = f.requiredDate(m, "date", where);
      Map<DutyType, String> duties = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.values()) {
        duties.put(t, checkSchool(m, t, where));
      }
      LocalDate moveTo = f.date(m, "move-to", where);
      Boolean cancel = f.bool(m, "cancel", where);
      LocalTime time = f.time(m, "time", where);
      Integer duration = f.integer(m, "duration", where, 1);
      if (meeting != null && !endsOnItsDay(m, known.meetings.get(meeting), time, duration)) {
        time = null;
        duration = null;
      }
      Map<DutyType, String> people = new EnumMap<>(DutyType.class);
      for (DutyType t : DutyType.namingPeople()) {
        people.put(t, person(m, RotaOverride.personKey(t), where));
      }
      people.forEach((t, person) -> duties.put(t, sameSchool(m, t, duties.get(t), person)));
      if (date != null
          && known.calendarComplete
          && !known.calendar.isEmpty()
          && !known.inSomeTerm(date)) {
        problems.warning(
            m.get("date").location(),
            "the override's date "
                + date
                + " is outside every term, so "
                + "no meeting can be on it; give the date the meeting is scheduled on");
      }
      if (meeting != null && date != null) {
        overrides.add(
            new RotaOverride(
                meeting,
                date,
                duties,
                moveTo,
                Boolean.TRUE.equals(cancel),
                m.location(),
                time,
                duration,
                people));
      }
    }
    return overrides;
  }

  /**
   * Whether the meeting, with the override's {@code time} and {@code duration} in place of its
   * series' own, still ends by midnight; if not, an error at the override's {@code duration} (or
   * {@code time}).
   */
  private boolean endsOnItsDay(
      Node.MapNode m, MeetingSeries series, LocalTime time, Integer duration) {
    if ((time == null && duration == null) || series == null) {
      return true;
    }
    LocalTime start = time != null ? time : series.time();
    int minutes = duration != null ? duration : series.duration();
    if (start == null || MeetingBinder.endsOnItsDay(start, minutes)) {
      return true;
    }
    Node.Entry named = m.entries().getOrDefault("duration", m.entries().get("time"));
    problems.error(
        named.value().location(),
        "the override makes `"
            + series.id()
            + "` start at "
            + start
            + " and last "
            + minutes
            + " minutes, past midnight; a meeting must end on its day (by 24:00): shorten it"
            + " or start earlier");
    return false;
  }

  /**
   * A {@code SCHOOL/PERSON-ID} under {@code key}, checked against the schools and their rosters; or
   * null.
   */
  private String person(Node.MapNode m, String key, String where) {
    String t = f.text(m, key, where);
    if (t == null) {
      return null;
    }
    String v = t.trim();
    Location at = m.get(key).location();
    int slash = v.indexOf('/');
    if (slash <= 0 || slash == v.length() - 1) {
      problems.error(
          at,
          "`"
              + key
              + "` of "
              + where
              + " is `"
              + v
              + "`; write SCHOOL/PERSON-ID, for example "
              + "`fleet/amira-khan` (the person's id is their `id` column, or their name in kebab-case)");
      return null;
    }
    String school = v.substring(0, slash);
    String id = v.substring(slash + 1);
    if (!known.schoolIds.contains(school)) {
      problems.error(
          at,
          "unknown school `"
              + school
              + "` in `"
              + key
              + "` of "
              + where
              + known.schoolHint(school));
      return null;
    }
    dev.cluster.model.School s = known.schools.get(school);
    if (s != null && s.staff().stream().noneMatch(p -> p.id().equals(id))) {
      problems.error(
          at,
          "school `"
              + school
              + "` has nobody with the id `"
              + id
              + "` (`"
              + key
              + "` of "
              + where
              + ")"
              + Suggest.didYouMean(
                  id, s.staff().stream().map(dev.cluster.model.Person::id).toList()));
      return null;
    }
    return v;
  }

  /**
   * The duty's school: {@code school}, or the school of {@code person}; an error when they differ.
   */
  private String sameSchool(Node.MapNode m, DutyType type, String school, String person) {
    if (person == null) {
      return school;
    }
    String of = person.substring(0, person.indexOf('/'));
    if (school != null && !school.equals(of)) {
      problems.error(
          m.get(type.key()).location(),
          "`"
              + type.key()
              + ": "
              + school
              + "` and `"
              + RotaOverride.personKey(type)
              + ": "
              + person
              + "` name different schools; keep one");
    }
    return of;
  }

  /** Binds {@code agenda-items:}. */
  List<AgendaItem> agendaItems(Node.MapNode doc) {
    List<AgendaItem> agendaItems = new ArrayList<>();
    List<Node> items = f.list(Fields.value(doc, "agenda-items"), "`agenda-items`");
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "an item in `agenda-items`");
      if (m == null) {
        continue;
      }
      f.keys(m, "an agenda item", PartnershipBinder.AGENDA_KEYS);
      String where = "an agenda item";
      String meeting = f.requiredText(m, "meeting", where, "heads");
      if (meeting != null) {
        meeting = known.checkMeeting(meeting.trim(), m.get("meeting").location(), where);
      }
      LocalDate date = f.requiredDate(m, "date", where);
      String title = f.requiredText(m, "title", where, "Moderation of writing");
      String lead = f.text(m, "lead", where);
      Integer minutes = f.integer(m, "minutes", where, 1);
      Boolean confidential = f.bool(m, "confidential", where);
      if (meeting != null && date != null && title != null) {
        agendaItems.add(
            new AgendaItem(
                meeting,
                date,
                title.trim(),
                lead == null ? null : lead.trim(),
                minutes,
                Boolean.TRUE.equals(confidential),
                m.location()));
      }
    }
    return agendaItems;
  }

  /** Binds {@code plan:}. */
  List<PlanItem> plan(Node.MapNode doc) {
    List<PlanItem> plan = new ArrayList<>();
    List<Node> items = f.list(Fields.value(doc, "plan"), "`plan`");
    Set<String> ids = new LinkedHashSet<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      Node.MapNode m = f.map(item, "a goal in `plan`");
      if (m == null) {
        continue;
      }
      f.keys(m, "a plan item", PartnershipBinder.PLAN_KEYS);
      String id = f.requiredText(m, "id", "a plan item", "P1");
      if (id != null && !ids.add(id.trim())) {
        problems.error(
            m.get("id").location(),
            "plan id `" + id + "` is used twice; give each goal its own id");
      }
      String where = id == null ? "a plan item" : "plan item `" + id + "`";
      String goal = f.requiredText(m, "goal", where, "Shared approach to early reading");
      String owner = f.text(m, "owner", where);
      if (owner != null && known.everyRosterRead && !known.isOwner(owner.trim())) {
        problems.error(
            m.get("owner").location(),
            "unknown owner `"
                + owner
                + "` of "
                + where
                + "; write a school"
                + " id or the name of someone on a roster"
                + Suggest.didYouMean(owner.trim(), known.ownerNames()).replace("; did", ". Did"));
      }
      LocalDate due = f.date(m, "due", where);
      String status = f.choice(m, "status", where, PartnershipBinder.PLAN_STATUSES);
      if (id != null && goal != null) {
        plan.add(
            new PlanItem(
                id.trim(),
                goal.trim(),
                owner == null ? null : owner.trim(),
                due,
                status,
                m.location()));
      }
    }
    return plan;
  }
}
