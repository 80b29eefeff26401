package dev.cluster.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The minutes of one meeting, {@code minutes/<meeting>/<YYYY-MM-DD>.md} (SPEC section 8.2), as
 * their front matter says: whether it was held, who did each duty that names a person ({@code
 * served}: who chaired and who took the minutes; a duty the minutes do not name is absent), who
 * came and who sent apologies (names or {@code SCHOOL/PERSON-ID}, with where each was written), the
 * decisions, the actions raised and the ids of the actions done. {@code file} is the path as
 * reachable from the working directory; {@code location} is where its {@code date} is written.
 */
public record Minutes(
    String file,
    String meeting,
    LocalDate date,
    boolean held,
    Map<DutyType, Served> served,
    List<Name> present,
    List<Name> apologies,
    List<String> decisions,
    List<Action> actions,
    List<Name> done,
    Location location) {
  public Minutes {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(date, "date");
    served = DutyMap.people(served, "served");
    present = List.copyOf(present);
    apologies = List.copyOf(apologies);
    decisions = List.copyOf(decisions);
    actions = List.copyOf(actions);
    done = List.copyOf(done);
  }

  /** A person who did a duty: the name written and the school (either may be null). */
  public record Served(String person, String school) {}

  /** A name (or {@code SCHOOL/PERSON-ID}) as written, with where. */
  public record Name(String text, Location location) {}

  /** Who the minutes say did {@code type} (a duty that names no person: never said), or null. */
  public Served duty(DutyType type) {
    return served.get(type);
  }
}
