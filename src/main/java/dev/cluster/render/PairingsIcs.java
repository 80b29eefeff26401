package dev.cluster.render;

import dev.cluster.model.Partnership;
import dev.cluster.pairing.Pairings;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;

/**
 * {@code pairings --format ics}: every dated review visit (SPEC section 11) as an all-day event,
 * one per day of the visit, written with the rota's iCalendar pieces ({@link RotaIcs}). A visit's
 * UID names the programme, year, round and visited school (and the day's number in a visit of
 * several days), never its date, so a visit that moves is updated in a calendar, not duplicated.
 * Like the rota's events each has {@code SEQUENCE} and {@code STATUS:CONFIRMED}. No e-mail address
 * is written.
 */
public final class PairingsIcs {
  private PairingsIcs() {}

  public static String render(Partnership p, Pairings pairings, LocalDate today) {
    Calendar cal =
        RotaIcs.calendar("-//cluster//pairings//EN", p.name() + " review visits", p.timeZone());
    Instant stamp = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    for (ReviewRound round : pairings.rounds()) {
      for (ReviewTeam team : round.teams()) {
        List<LocalDate> days = team.visit();
        for (int i = 0; days != null && i < days.size(); i++) {
          cal.add(event(p.id(), round, team, i, stamp));
        }
      }
    }
    if (cal.getComponents().isEmpty()) {
      // RFC 5545 wants at least one component: a programme with no dated visit gets its zone, so
      // that the file
      // still imports (as an empty calendar) everywhere.
      Instant start = today.atStartOfDay(p.timeZone()).toInstant();
      cal.add(RotaIcs.timeZone(p.timeZone(), start, start));
    }
    return RotaIcs.write(cal);
  }

  /** The UID of day {@code i} (0-based) of a team's visit. */
  static String uid(String partnershipId, ReviewRound round, ReviewTeam team, int i) {
    return "visit-"
        + round.programme().id()
        + "-"
        + round.year()
        + "-r"
        + round.round()
        + "-"
        + team.school().id()
        + (i == 0 ? "" : "-d" + (i + 1))
        + "@"
        + partnershipId
        + ".cluster";
  }

  static VEvent event(
      String partnershipId, ReviewRound round, ReviewTeam team, int i, Instant stamp) {
    LocalDate day = team.visit().get(i);
    VEvent e = new VEvent(false); // false: no DTSTAMP of "now" added by ical4j
    e.add(new Uid(uid(partnershipId, round, team, i)));
    e.add(new DtStamp(stamp));
    e.add(new DtStart<>(day));
    e.add(new DtEnd<>(day.plusDays(1)));
    e.add(
        new Sequence(
            0)); // a visit has no overrides; a new date keeps the UID and replaces the event
    int days = team.visit().size();
    e.add(
        new Summary(
            "Review visit: "
                + team.school().name()
                + " ("
                + round.programme().title()
                + (days > 1 ? ", day " + (i + 1) + " of " + days : "")
                + ")"));
    e.add(new Location(team.school().venue()));
    e.add(new Status(Status.VALUE_CONFIRMED));
    List<String> lines = new ArrayList<>();
    List<String> peers = new ArrayList<>();
    for (Peer peer : team.peers()) {
      peers.add(peer.person().name() + " (" + peer.school().name() + ")");
    }
    lines.add("Reviewers: " + String.join(", ", peers));
    if (team.lead() != null) {
      lines.add("Lead: " + team.lead().name());
    }
    if (team.external() != null) {
      lines.add("External reviewer: " + team.external());
    }
    lines.add(round.programme().title() + ", " + round.year() + " round " + round.round());
    e.add(new Description(String.join("\n", lines)));
    return e;
  }
}
