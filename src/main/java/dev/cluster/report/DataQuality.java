package dev.cluster.report;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import dev.cluster.model.MeetingSeries;
import dev.cluster.model.Partnership;
import dev.cluster.model.School;
import dev.cluster.rota.Attendance;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaps a partnership's coordinator should fix that are not errors: a member school with no
 * SENDCo, a meeting series a member school cannot staff. Each is a warning at the line that would
 * fix it.
 */
public final class DataQuality {
  private DataQuality() {}

  /**
   * The warnings for the schools that are members at some time in {@code year}, schools first, in
   * file order.
   */
  public static List<Diagnostic> check(Partnership p, AcademicYear year) {
    List<Diagnostic> out = new ArrayList<>();
    List<School> members = members(p, year);
    for (School s : members) {
      if (s.holding("sendco", null).isEmpty()) {
        out.add(
            Diagnostic.warning(
                at(s.location(), p),
                "school `"
                    + s.id()
                    + "` has no SENDCo: give someone the role SENDCo in "
                    + rosterOf(s)));
      }
    }
    for (MeetingSeries m : p.meetings()) {
      for (School s : members) {
        if (Attendance.attendeesOf(s, m).isEmpty()) {
          out.add(
              Diagnostic.warning(
                  at(m.location(), p),
                  "school `"
                      + s.id()
                      + "` cannot staff meeting `"
                      + m.id()
                      + "`: nobody in "
                      + rosterOf(s)
                      + " is "
                      + m.whoAttends()));
        }
      }
    }
    return out;
  }

  /** The schools that are members on some day of {@code year}, in file order. */
  public static List<School> members(Partnership p, AcademicYear year) {
    return p.schools().stream()
        .filter(
            s ->
                (s.joined() == null || !s.joined().isAfter(year.end()))
                    && (s.left() == null || !s.left().isBefore(year.start())))
        .toList();
  }

  private static String rosterOf(School s) {
    return s.roster() == null ? "its roster" : s.roster();
  }

  private static Location at(Location l, Partnership p) {
    return l == null ? Location.of(p.file()) : l;
  }
}
