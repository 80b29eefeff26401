package dev.cluster.render;

import dev.cluster.agenda.AgendaView;
import dev.cluster.model.AgendaItem;
import dev.cluster.model.DutyType;
import dev.cluster.model.Partnership;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.MeetingUid;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * {@code cluster rota --format ics}: the one class that knows ical4j (loaded only for this format).
 * One VEVENT per meeting with a UID from the series and the meeting's nominal day, times in the
 * partnership's zone with its VTIMEZONE, DTSTAMP at midnight UTC of today and no other timestamp,
 * so the file is reproducible.
 */
public final class RotaIcs {
  /**
   * RFC 5545: content lines are folded so that no line is longer than 75 octets (CRLF excluded).
   */
  private static final int FOLD_OCTETS = 75;

  static {
    // ical4j logs through SLF4J, which has no provider here and would print three lines of noise to
    // standard
    // error (our warnings channel) the first time it is used.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private RotaIcs() {}

  /** The rota as an iCalendar file (CRLF line endings, folded), {@code today} fixing DTSTAMP. */
  public static String render(Partnership p, Rota rota, LocalDate today) {
    return render(p, p.name() + " rota", rota, today);
  }

  /** The rota as an iCalendar file whose calendar is called {@code calendarName} (X-WR-CALNAME). */
  public static String render(Partnership p, String calendarName, Rota rota, LocalDate today) {
    return render(
        calendarName, p.id(), p.timeZone(), rota, today, m -> AgendaView.agendaItems(p, m));
  }

  /**
   * The rota as an iCalendar file for the partnership named {@code partnership}, with this id and
   * zone.
   */
  static String render(
      String partnership, String partnershipId, ZoneId zone, Rota rota, LocalDate today) {
    return render(partnership + " rota", partnershipId, zone, rota, today, m -> List.of());
  }

  private static String render(
      String calendarName,
      String partnershipId,
      ZoneId zone,
      Rota rota,
      LocalDate today,
      Function<ScheduledMeeting, List<AgendaItem>> items) {
    return calendars(partnershipId, zone, rota, List.of(), today, items)
        .write(calendarName, rota.meetings());
  }

  /**
   * Every meeting of {@code rota} as an event, rendered once, from which any number of calendars of
   * some of them are written ({@code cluster site} writes one per school and per person): an event
   * is the same bytes in every file it is in.
   */
  public static Calendars calendars(Partnership p, Rota rota, LocalDate today) {
    return calendars(p, rota, List.of(), today);
  }

  /**
   * The same with the dated review visits of {@code rounds} (SPEC section 11), each team's days as
   * the events that {@code pairings --format ics} writes ({@link PairingsIcs}), to be written with
   * {@link Calendars#write(String, List, List)}.
   */
  public static Calendars calendars(
      Partnership p, Rota rota, List<ReviewRound> rounds, LocalDate today) {
    return calendars(p.id(), p.timeZone(), rota, rounds, today, m -> AgendaView.agendaItems(p, m));
  }

  private static final String NAME = "X-CLUSTER-CALENDAR-NAME";

  private static Calendars calendars(
      String partnershipId,
      ZoneId zone,
      Rota rota,
      List<ReviewRound> rounds,
      LocalDate today,
      Function<ScheduledMeeting, List<AgendaItem>> items) {
    Calendar cal = calendar("-//cluster//rota//EN", NAME, zone);
    Instant first =
        rota.meetings().isEmpty()
            ? today.atStartOfDay(zone).toInstant()
            : rota.meetings().stream()
                .map(m -> ZonedDateTime.of(m.date(), m.start(), zone).toInstant())
                .min(Instant::compareTo)
                .orElseThrow();
    Instant last =
        rota.meetings().stream()
            .map(m -> ZonedDateTime.of(m.date(), m.end(), zone).toInstant())
            .max(Instant::compareTo)
            .orElse(first);
    cal.add(timeZone(zone, first, last));
    Instant stamp = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    for (ScheduledMeeting m : rota.meetings()) {
      cal.add(event(partnershipId, m, zone, stamp, items.apply(m)));
    }
    List<ReviewTeam> visitOf =
        new ArrayList<>(); // the team of each visit event, in the calendar's order
    for (ReviewRound round : rounds) {
      for (ReviewTeam team : round.teams()) {
        for (int i = 0; team.visit() != null && i < team.visit().size(); i++) {
          cal.add(PairingsIcs.event(partnershipId, round, team, i, stamp));
          visitOf.add(team);
        }
      }
    }
    String text = raw(cal);
    String end = "END:VCALENDAR\r\n";
    String[] parts =
        text.substring(0, text.length() - end.length()).split("(?=BEGIN:VEVENT\r\n)", -1);
    Map<ScheduledMeeting, String> events = new IdentityHashMap<>();
    int meetings = rota.meetings().size();
    for (int i = 1; i <= meetings; i++) {
      events.put(rota.meetings().get(i - 1), fold(parts[i]));
    }
    Map<ReviewTeam, String> visits = new IdentityHashMap<>();
    for (int i = meetings + 1; i < parts.length; i++) {
      visits.merge(visitOf.get(i - meetings - 1), fold(parts[i]), String::concat);
    }
    return new Calendars(parts[0], events, visits);
  }

  /**
   * An empty calendar named {@code name} (shared with the review visits' file; VTIMEZONE is the
   * caller's).
   */
  static Calendar calendar(String product, String name, ZoneId zone) {
    Calendar cal = new Calendar();
    cal.add(new ProdId(product));
    cal.add(new Version(new ParameterList(), Version.VALUE_2_0));
    cal.add(new CalScale(CalScale.VALUE_GREGORIAN));
    // No METHOD: with METHOD:PUBLISH (an iTIP message) every event would need an ORGANIZER (RFC
    // 5546); a
    // plain calendar file is what Outlook and Google Calendar import.
    cal.add(new XProperty("X-WR-CALNAME", name));
    cal.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    return cal;
  }

  /** The calendar as text: CRLF line endings, folded at 75 octets. */
  static String write(Calendar cal) {
    return fold(raw(cal));
  }

  /** The calendar as ical4j writes it, unfolded. */
  private static String raw(Calendar cal) {
    StringWriter w = new StringWriter();
    try {
      // ical4j folds by characters; we fold by octets ourselves, so its folding is switched off
      // here.
      new CalendarOutputter(false, Integer.MAX_VALUE).output(cal, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The events of a rota, each folded once, and the calendar's heading with its name left open. */
  public static final class Calendars {
    private final String heading;
    private final Map<ScheduledMeeting, String> events;
    private final Map<ReviewTeam, String> visits;

    private Calendars(
        String heading, Map<ScheduledMeeting, String> events, Map<ReviewTeam, String> visits) {
      this.heading = heading;
      this.events = events;
      this.visits = visits;
    }

    /** A calendar called {@code name} of {@code meetings} (each one of the rota's). */
    public String write(String name, List<ScheduledMeeting> meetings) {
      return write(name, meetings, List.of());
    }

    /**
     * A calendar called {@code name} of {@code meetings} and then the visits of {@code teams}
     * (teams of the rounds given; a team without a visit date adds nothing).
     */
    public String write(String name, List<ScheduledMeeting> meetings, List<ReviewTeam> teams) {
      StringBuilder sb = new StringBuilder(fold(heading.replace(NAME, name)));
      for (ScheduledMeeting m : meetings) {
        String e = events.get(m);
        if (e == null) {
          throw new IllegalArgumentException(
              "not a meeting of this rota: " + m.series().id() + " " + m.date());
        }
        sb.append(e);
      }
      for (ReviewTeam t : teams) {
        sb.append(visits.getOrDefault(t, ""));
      }
      return sb.append("END:VCALENDAR\r\n").toString();
    }
  }

  private static VEvent event(
      String partnershipId,
      ScheduledMeeting m,
      ZoneId zone,
      Instant stamp,
      List<AgendaItem> items) {
    VEvent e = new VEvent(false); // false: no DTSTAMP of "now" added by ical4j
    e.add(new Uid(MeetingUid.of(partnershipId, m)));
    e.add(new DtStamp(stamp));
    // RFC 5546: a client replaces an event it holds only by a higher SEQUENCE; each override entry
    // naming
    // the meeting is one revision (SPEC section 9), whatever the file or filter.
    e.add(new Sequence(m.sequence()));
    e.add(new DtStart<>(ZonedDateTime.of(m.date(), m.start(), zone)));
    e.add(new DtEnd<>(ZonedDateTime.of(m.date(), m.end(), zone)));
    e.add(new Summary(m.cancelled() ? "Cancelled: " + m.series().title() : m.series().title()));
    if (m.host() != null) {
      e.add(new Location(m.host().place()));
      if (m.host().link() != null) {
        // a venue's online meeting (SPEC section 10); the loader has checked that it is a web
        // address
        e.add(new net.fortuna.ical4j.model.property.Url(java.net.URI.create(m.host().link())));
      }
    }
    e.add(new Description(description(m, items)));
    e.add(new Status(m.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    return e;
  }

  /**
   * Chair, host and minute-taker, the notes, then the agenda's items for this meeting when it has
   * any (a confidential item's title is not shown: a calendar is shared more widely than the
   * agenda).
   */
  static String description(ScheduledMeeting m, List<AgendaItem> items) {
    List<String> lines = new ArrayList<>();
    if (m.cancelled()) {
      lines.add("Cancelled.");
    }
    for (DutyType t : DutyType.values()) {
      Assignment a = m.duty(t);
      if (a == null) {
        continue;
      }
      lines.add(t.title() + ": " + (t.namesPerson() ? RotaText.personAtSchool(a) : a.placeName()));
      if (a.link() != null) {
        lines.add("Join online: " + a.link());
      }
    }
    for (String n : m.notes()) {
      lines.add("Note: " + n);
    }
    if (!m.cancelled() && !items.isEmpty()) {
      lines.add("Agenda items:");
      for (AgendaItem a : items) {
        lines.add(
            "- "
                + (a.confidential() ? "(confidential item)" : a.title())
                + (a.minutes() == null ? "" : " (" + a.minutes() + " min)"));
      }
    }
    return String.join("\n", lines);
  }

  /**
   * A VTIMEZONE for {@code zone} that is right over {@code from} to {@code to} (the meetings
   * written), from Java's own rules. Where the zone's yearly daylight-saving rules already hold at
   * {@code from}: one STANDARD and one DAYLIGHT observance with yearly rules, compact and free of
   * RDATE lists, which Outlook handles badly. Otherwise (a zone with no daylight saving now, or one
   * whose rules changed within the range): the offset in force at {@code from} and each change up
   * to {@code to}, as one-off observances. Never the 1970 offset: Europe/Istanbul is +0300 now, not
   * its 1970 +0200.
   */
  static VTimeZone timeZone(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    List<Observance> observances = new ArrayList<>();
    List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    List<ZoneOffsetTransition> fixed = rules.getTransitions();
    boolean rulesHold =
        !yearly.isEmpty()
            && (fixed.isEmpty() || !fixed.get(fixed.size() - 1).getInstant().isAfter(from));
    if (rulesHold) {
      for (ZoneOffsetTransitionRule r : yearly) {
        ZoneOffsetTransition t = r.createTransition(1970);
        Observance o =
            t.getOffsetAfter().getTotalSeconds() > t.getOffsetBefore().getTotalSeconds()
                ? new Daylight()
                : new Standard();
        o.add(new DtStart<>(t.getDateTimeBefore()));
        o.add(new RRule<>(byRule(r)));
        o.add(new TzOffsetFrom(t.getOffsetBefore()));
        o.add(new TzOffsetTo(t.getOffsetAfter()));
        observances.add(o);
      }
    } else {
      ZoneOffsetTransition before = rules.previousTransition(from.plusSeconds(1));
      if (before == null) {
        ZoneOffset offset = rules.getOffset(from);
        observances.add(
            observance(
                rules.isDaylightSavings(from), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
      } else {
        observances.add(
            observance(
                rules.isDaylightSavings(before.getInstant()),
                before.getDateTimeBefore(),
                before.getOffsetBefore(),
                before.getOffsetAfter()));
      }
      for (ZoneOffsetTransition t = rules.nextTransition(from);
          t != null && !t.getInstant().isAfter(to);
          t = rules.nextTransition(t.getInstant())) {
        observances.add(
            observance(
                rules.isDaylightSavings(t.getInstant()),
                t.getDateTimeBefore(),
                t.getOffsetBefore(),
                t.getOffsetAfter()));
      }
    }
    VTimeZone tz = new VTimeZone(new ComponentList<>(observances)); // ical4j's lists are immutable
    tz.add(new TzId(zone.getId()));
    return tz;
  }

  private static Observance observance(
      boolean daylight, LocalDateTime start, ZoneOffset before, ZoneOffset after) {
    Observance o = daylight ? new Daylight() : new Standard();
    o.add(new DtStart<>(start));
    o.add(new TzOffsetFrom(before));
    o.add(new TzOffsetTo(after));
    return o;
  }

  /** The RRULE of a yearly transition ("last Sunday of March" is {@code BYDAY=-1SU}). */
  private static String byRule(ZoneOffsetTransitionRule r) {
    String rule = "FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue();
    int dom = r.getDayOfMonthIndicator();
    DayOfWeek dow = r.getDayOfWeek();
    if (dow == null) {
      return rule + ";BYMONTHDAY=" + dom;
    }
    String day = dow.name().substring(0, 2);
    int length = r.getMonth().length(false);
    if (dom > 0
        && r.getMonth() != Month.FEBRUARY
        && dom + 6 <= length
        && (length - dom - 6) % 7 == 0) {
      // Java writes "last Sunday" as "the Sunday on or after the 25th"; calendars read -1SU best.
      return rule + ";BYDAY=-" + ((length - dom - 6) / 7 + 1) + day;
    }
    if (dom > 0 && (dom - 1) % 7 == 0) {
      return rule + ";BYDAY=" + ((dom - 1) / 7 + 1) + day;
    }
    if (dom < 0 && (-dom - 1) % 7 == 0) {
      return rule + ";BYDAY=-" + ((-dom - 1) / 7 + 1) + day;
    }
    List<String> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      days.add(String.valueOf(dom > 0 ? dom + i : dom - i));
    }
    return rule + ";BYMONTHDAY=" + String.join(",", days) + ";BYDAY=" + day;
  }

  /**
   * Folds every content line at 75 octets of UTF-8 without splitting a character; CRLF throughout.
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 40);
    for (String line : text.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + n > FOLD_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += n;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
