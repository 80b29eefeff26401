package dev.cluster.site;

import static dev.cluster.html.HtmlPage.escape;

import dev.cluster.agenda.Agenda;
import dev.cluster.agenda.AgendaView;
import dev.cluster.calendar.Dates;
import dev.cluster.html.HtmlPage;
import dev.cluster.model.AcademicYear;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.DutyType;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.School;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.render.RotaIcs;
import dev.cluster.render.Templates;
import dev.cluster.report.Report;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.Attendance;
import dev.cluster.rota.Rota;
import dev.cluster.rota.RotaFilter;
import dev.cluster.rota.RotaPlanner;
import dev.cluster.rota.RotaWindow;
import dev.cluster.rota.ScheduledMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cluster site} (SPEC section 9): the static website of a partnership as a map from relative
 * path to content, a pure function of the partnership and {@code today}. Pages link each other
 * relatively, so the site works opened from a disk and on any static host; no page shows an e-mail
 * address.
 */
public final class Site {
  /** How many meetings the home page lists under "Next meetings". */
  static final int NEXT = 8;

  private final Partnership p;
  private final LocalDate today;
  private final Templates templates;
  private final Map<String, String> files = new LinkedHashMap<>();

  private Site(Partnership p, LocalDate today) {
    this.p = p;
    this.today = today;
    this.templates = new Templates(p.templates());
  }

  /**
   * Every file of the site, by path relative to its folder ({@code /} separated), in a fixed order,
   * planned with {@code planner} (the partnership's, which keeps what it has planned).
   */
  public static Map<String, String> build(
      Partnership p, RotaPlanner planner, LocalDate today, List<Diagnostic> loadWarnings) {
    Site site = new Site(p, today);
    site.buildAll(planner, loadWarnings);
    return site.files;
  }

  private void buildAll(RotaPlanner planner, List<Diagnostic> loadWarnings) {
    RotaWindow term = RotaWindow.current(p, today);
    AcademicYear year = yearOf(term.from());
    LocalDate first = p.calendar().isEmpty() ? term.from() : p.calendar().get(0).start();
    LocalDate last =
        p.calendar().isEmpty() ? term.to() : p.calendar().get(p.calendar().size() - 1).end();
    Rota whole = planner.plan(first, last, List.of());
    List<ScheduledMeeting> inTerm = within(whole, term.from(), term.to());
    List<ScheduledMeeting> inYear = year == null ? inTerm : within(whole, year.start(), year.end());
    Map<ScheduledMeeting, String> agendas = agendas(whole, inTerm);

    // the report is planned with the same planner: the rota is planned once for the whole site
    Report report =
        Report.build(p, planner, year == null ? null : year.name(), today, false, loadWarnings);
    Visits visits = Visits.of(report.reviews());

    files.put("style.css", HtmlPage.CSS);
    files.put("index.html", index(term, inTerm, agendas));
    for (School s : p.schools()) {
      files.put("schools/" + s.id() + ".html", school(s, term, inTerm, agendas, visits));
    }
    files.put(
        "report.html",
        page(
            "Report",
            "",
            HtmlPage.fragment(templates.render("report.md.mustache", report.view()))));
    Rota calendarRota =
        new Rota(
            inYear.isEmpty() ? term.from() : inYear.get(0).date(), term.to(), inYear, List.of());
    RotaIcs.Calendars ics = RotaIcs.calendars(p, calendarRota, visits.rounds(), today);
    files.put("calendars/all.ics", ics.write(p.name() + " rota", inYear, visits.all()));
    for (School s : p.schools()) {
      RotaFilter f = new RotaFilter(List.of(s), List.of(), p.fairness());
      files.put(
          "calendars/schools/" + s.id() + ".ics",
          ics.write(
              p.name() + " rota: " + s.name(),
              inYear.stream().filter(f::keeps).toList(),
              visits.teams(s)));
    }
    for (School s : p.schools()) {
      for (Person person : s.staff()) {
        RotaFilter f =
            new RotaFilter(List.of(), List.of(new RotaFilter.PersonAt(s, person)), p.fairness());
        files.put(
            "calendars/people/" + s.id() + "/" + person.id() + ".ics",
            ics.write(
                p.name() + " rota: " + person.name(),
                inYear.stream().filter(f::keeps).toList(),
                visits.teams(s, person)));
      }
    }
  }

  private AcademicYear yearOf(LocalDate day) {
    for (AcademicYear y : p.calendar()) {
      if (!day.isBefore(y.start()) && !day.isAfter(y.end())) {
        return y;
      }
    }
    return null;
  }

  private static List<ScheduledMeeting> within(Rota rota, LocalDate from, LocalDate to) {
    return rota.meetings().stream()
        .filter(m -> !m.date().isBefore(from) && !m.date().isAfter(to))
        .toList();
  }

  /** The agenda page of every coming meeting of the term that is not cancelled, by meeting. */
  private Map<ScheduledMeeting, String> agendas(Rota whole, List<ScheduledMeeting> inTerm) {
    Map<String, List<ScheduledMeeting>> bySeries = new LinkedHashMap<>();
    for (ScheduledMeeting m : whole.meetings()) {
      bySeries.computeIfAbsent(m.series().id(), k -> new ArrayList<>()).add(m);
    }
    // by identity: a meeting's equals/hashCode would compare whole records (series, people) every
    // time
    Map<ScheduledMeeting, String> paths = new IdentityHashMap<>();
    for (ScheduledMeeting m : inTerm) {
      if (m.cancelled() || m.date().isBefore(today)) {
        continue;
      }
      List<ScheduledMeeting> series = bySeries.get(m.series().id());
      int at = 0;
      while (series.get(at) != m) {
        at++;
      }
      // Minutes stay in the repository, not on the site: the agenda names the last meeting without
      // the link
      // (a path relative to the repository would be a broken link here).
      AgendaView.View view = Agenda.viewOf(p, series, at, today).withoutMinutesLink();
      String path = agendaPath(m);
      paths.put(m, path);
      String md = templates.render("agenda.md.mustache", view);
      files.put(path, page(HtmlPage.title(md, "Agenda"), "../../", HtmlPage.fragment(md)));
    }
    return paths;
  }

  static String agendaPath(ScheduledMeeting m) {
    return "agendas/" + m.series().id() + "/" + m.date() + ".html";
  }

  private String index(
      RotaWindow term, List<ScheduledMeeting> inTerm, Map<ScheduledMeeting, String> agendas) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(p.name())).append("</h1>\n");
    if (!p.purpose().isBlank()) {
      b.append("<p>").append(escape(p.purpose().strip())).append("</p>\n");
    }
    b.append("<p>")
        .append(escape(term.label()))
        .append(": ")
        .append(escape(Dates.longDate(term.from())))
        .append(" to ")
        .append(escape(Dates.longDate(term.to())))
        .append(".</p>\n");
    b.append("<h2>Next meetings</h2>\n");
    List<ScheduledMeeting> next =
        inTerm.stream().filter(m -> !m.date().isBefore(today)).limit(NEXT).toList();
    if (next.isEmpty()) {
      b.append("<p>No more meetings this term.</p>\n");
    } else {
      b.append(rotaTable(next, agendas, ""));
    }
    b.append("<h2>This term's rota</h2>\n");
    b.append(inTerm.isEmpty() ? "<p>No meetings this term.</p>\n" : rotaTable(inTerm, agendas, ""));
    b.append("<h2>Schools</h2>\n<ul>\n");
    for (School s : p.schools()) {
      b.append("<li><a href=\"schools/")
          .append(escape(s.id()))
          .append(".html\">")
          .append(escape(s.name()))
          .append("</a></li>\n");
    }
    b.append(
        "</ul>\n<h2>Calendars</h2>\n<p><a href=\"calendars/all.ics\">Every meeting this year</a> (an"
            + " iCalendar file: open it, or subscribe to its address, in Outlook or Google Calendar). Each school's"
            + " page has the calendar of the school and of each of its staff.</p>\n");
    return page(p.name(), "", b.toString());
  }

  private String school(
      School s,
      RotaWindow term,
      List<ScheduledMeeting> inTerm,
      Map<ScheduledMeeting, String> agendas,
      Visits visits) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(s.name())).append("</h1>\n");
    if (!s.address().isBlank()) {
      b.append("<p>").append(escape(s.address())).append("</p>\n");
    }
    b.append("<h2>Duties this term</h2>\n");
    List<String[]> duties = new ArrayList<>();
    for (ScheduledMeeting m : inTerm) {
      List<String> what = new ArrayList<>();
      for (DutyType t : DutyType.values()) {
        duty(what, t.title(), m.duty(t), s);
      }
      if (!what.isEmpty()) {
        duties.add(
            new String[] {Dates.shortDate(m.date()), m.series().title(), String.join("; ", what)});
      }
    }
    if (duties.isEmpty()) {
      b.append("<p>No duties this term (").append(escape(term.label())).append(").</p>\n");
    } else {
      b.append(
          table(
              List.of("Date", "Meeting", "Duty"),
              duties.stream()
                  .map(r -> List.of(escape(r[0]), escape(r[1]), escape(r[2])))
                  .toList()));
    }
    b.append("<h2>Meetings its staff attend</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    for (ScheduledMeeting m : inTerm) {
      if (!Attendance.takesPart(s, m)) {
        continue;
      }
      List<String> names =
          Attendance.attendeesOf(s, m.series()).stream()
              .filter(person -> Attendance.attends(p.fairness(), s, person, m))
              .map(Person::name)
              .toList();
      if (names.isEmpty()) {
        continue;
      }
      rows.add(
          List.of(
              escape(Dates.shortDate(m.date())),
              escape(m.start() + "–" + m.end()),
              meetingCell(m, agendas, "../"),
              escape(String.join(", ", names))));
    }
    b.append(
        rows.isEmpty()
            ? "<p>None this term.</p>\n"
            : table(List.of("Date", "Time", "Meeting", "Who"), rows));
    if (!visits.rounds().isEmpty()) {
      b.append("<h2>Review visits this year</h2>\n");
      List<List<String>> visitRows = new ArrayList<>();
      for (Visits.Visit v : visits.of(s)) {
        ReviewTeam t = v.team();
        String part =
            t.school().id().equals(s.id())
                ? "Visited"
                : "Reviewing: "
                    + String.join(
                        ", ",
                        t.peers().stream()
                            .filter(x -> x.school().id().equals(s.id()))
                            .map(x -> x.person().name())
                            .toList());
        visitRows.add(
            List.of(
                escape(visitDays(t.visit())),
                escape(v.round().programme().title() + ", round " + v.round().round()),
                escape(t.school().name()),
                escape(part),
                escape(team(t))));
      }
      b.append(
          visitRows.isEmpty()
              ? "<p>None this year.</p>\n"
              : table(
                  List.of("Dates", "Review", "School visited", "This school", "Team"), visitRows));
    }
    b.append("<h2>Calendars</h2>\n<p><a href=\"../calendars/schools/")
        .append(escape(s.id()))
        .append(".ics\">The school's meetings")
        .append(visits.rounds().isEmpty() ? "" : " and review visits")
        .append(" this year</a>.</p>\n");
    if (!s.staff().isEmpty()) {
      b.append("<h3>Each person's meetings</h3>\n<ul>\n");
      for (Person person : s.staff()) {
        b.append("<li><a href=\"../calendars/people/")
            .append(escape(s.id()))
            .append('/')
            .append(escape(person.id()))
            .append(".ics\">")
            .append(escape(person.name()))
            .append("</a></li>\n");
      }
      b.append("</ul>\n");
    }
    return page(s.name(), "../", b.toString());
  }

  /** A visit's days: one day, or its first and last; "no date yet" when none met the rules. */
  private static String visitDays(List<LocalDate> days) {
    if (days == null || days.isEmpty()) {
      return "no date yet";
    }
    LocalDate first = days.get(0);
    LocalDate last = days.get(days.size() - 1);
    return first.equals(last)
        ? Dates.shortDate(first)
        : Dates.shortDate(first) + " to " + Dates.shortDate(last);
  }

  /**
   * The team: the visited school's lead, the reviewers with their schools, the external reviewer.
   */
  private static String team(ReviewTeam t) {
    List<String> parts = new ArrayList<>();
    if (t.lead() != null) {
      parts.add("Lead: " + t.lead().name());
    }
    parts.add(
        "reviewers: "
            + String.join(
                ", ",
                t.peers().stream()
                    .map(peer -> peer.person().name() + " (" + peer.school().name() + ")")
                    .toList()));
    if (t.external() != null) {
      parts.add("external reviewer: " + t.external());
    }
    return String.join("; ", parts);
  }

  private static void duty(List<String> what, String label, Assignment a, School s) {
    if (a != null && s.id().equals(a.schoolId())) {
      what.add(a.person() == null ? label : label + ": " + a.person().name());
    }
  }

  private String rotaTable(
      List<ScheduledMeeting> meetings, Map<ScheduledMeeting, String> agendas, String up) {
    List<List<String>> rows = new ArrayList<>();
    for (ScheduledMeeting m : meetings) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  escape(Dates.shortDate(m.date())),
                  escape(m.start() + "–" + m.end()),
                  meetingCell(m, agendas, up)));
      for (DutyType t : DutyType.values()) {
        Assignment a = m.duty(t);
        row.add(escape(t.namesPerson() ? who(a) : a == null ? "" : a.placeName()));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Date", "Time", "Meeting"));
    for (DutyType t : DutyType.values()) {
      header.add(t.title());
    }
    return table(header, rows);
  }

  private static String meetingCell(
      ScheduledMeeting m, Map<ScheduledMeeting, String> agendas, String up) {
    String title = escape(m.series().title());
    if (m.cancelled()) {
      return "<s>" + title + "</s> (cancelled)";
    }
    String path = agendas.get(m);
    return path == null ? title : "<a href=\"" + up + escape(path) + "\">" + title + "</a>";
  }

  private static String who(Assignment a) {
    if (a == null) {
      return "";
    }
    return a.person() == null
        ? a.school().name()
        : a.person().name() + " (" + a.school().name() + ")";
  }

  /** A table of already-escaped cells with a header row of column headers. */
  private static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder b = new StringBuilder("<table>\n<thead>\n<tr>");
    for (String h : headers) {
      b.append("<th scope=\"col\">").append(escape(h)).append("</th>");
    }
    b.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> r : rows) {
      b.append("<tr>");
      for (String c : r) {
        b.append("<td>").append(c).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }

  /** A page of the site: {@code up} leads from the page's folder to the site's root. */
  private String page(String title, String up, String body) {
    String nav =
        "<nav aria-label=\"Site\">\n<ul>\n<li><a href=\""
            + up
            + "index.html\">"
            + escape(p.name())
            + "</a></li>\n<li><a href=\""
            + up
            + "report.html\">Report</a></li>\n<li><a href=\""
            + up
            + "calendars/all.ics\">Calendar</a></li>\n</ul>\n</nav>\n";
    String fullTitle = title.equals(p.name()) ? title : title + " — " + p.name();
    return HtmlPage.page(
        fullTitle, "<link rel=\"stylesheet\" href=\"" + up + "style.css\">", nav, body);
  }
}
