package dev.cluster.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of duty a meeting has: who chairs it, who hosts it, who takes the minutes. The code
 * that deals with "each duty" loops over these constants, and the model's records keep their duties
 * in maps keyed by them ({@link DutyMap}), so a new duty is one constant here (saying what it names
 * besides a school, and whether it may follow the chair) plus its rule in {@code
 * rota.SeriesRotation}; what else names each duty by hand is the user's contract: the template
 * views' fields and the keys of the JSON Schema ({@code schema/partnership.schema.json}, which
 * {@code SchemaTest} holds to these constants). Not to be confused with {@link Duty.Kind}, which
 * says how one duty is given (rotate, none, a fixed school, the chair's school).
 */
public enum DutyType {
  CHAIR("Chair", "Chaired", "chairs", Duty.ROTATE, Names.PERSON, false),
  HOST("Host", "Hosted", "hosts", Duty.CHAIR, Names.VENUE, true),
  MINUTES("Minutes", "Minuted", "takes the minutes", Duty.NONE, Names.PERSON, false);

  /** What a duty names besides its school: the person who does it, or the place it is held. */
  public enum Names {
    /** The person (the chair, the minute-taker): {@code chair-person}, the {@code chair} column. */
    PERSON,
    /**
     * The place the meeting is held (the host's): a venue may stand for the school, in {@code
     * partnership.yaml} and in the {@code venue} column. At most one duty names the place.
     */
    VENUE
  }

  private final String title;
  private final String done;
  private final String does;
  private final Duty byDefault;
  private final Names names;
  private final boolean mayFollowChair;

  DutyType(
      String title, String done, String does, Duty byDefault, Names names, boolean mayFollowChair) {
    this.title = title;
    this.done = done;
    this.does = does;
    this.byDefault = byDefault;
    this.names = names;
    this.mayFollowChair = mayFollowChair;
  }

  /**
   * The name in {@code partnership.yaml} (series and override keys), JSON fields and template
   * variables.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A column heading: {@code Chair}. */
  public String title() {
    return title;
  }

  /** A ledger heading: {@code Chaired}. */
  public String done() {
    return done;
  }

  /** The verb, for messages: {@code `fleet` chairs}. */
  public String does() {
    return does;
  }

  /** How a series gives this duty when {@code partnership.yaml} does not say. */
  public Duty byDefault() {
    return byDefault;
  }

  /** Whether a series may write {@code chair} for this duty (the chair's school does it). */
  public boolean mayFollowChair() {
    return mayFollowChair;
  }

  /** Whether this duty names a person (the chair, the minute-taker) as well as a school. */
  public boolean namesPerson() {
    return names == Names.PERSON;
  }

  private static final List<DutyType> NAMING_PEOPLE =
      Arrays.stream(values()).filter(DutyType::namesPerson).toList();

  /**
   * The duties that name a person ({@link #namesPerson}), in order: those of {@code chair-person},
   * a minutes file's front matter and the published rota's person columns.
   */
  public static List<DutyType> namingPeople() {
    return NAMING_PEOPLE;
  }

  /**
   * Whether this duty names the place the meeting is held (the host): a venue that is not a school
   * may then be given for it, and the published rota's {@code venue} column is its.
   */
  public boolean atVenue() {
    return names == Names.VENUE;
  }

  /**
   * This duty's two columns in the rota's CSV and the published rota (SPEC sections 5 and 8.1): the
   * school ({@code chair-school}), then the person ({@code chair}) or, for the duty held at a place
   * (the host), the venue.
   */
  public List<String> columns() {
    return List.of(key() + "-school", namesPerson() ? key() : "venue");
  }

  /**
   * A rota file's header: {@code before}, the {@link #columns} of each duty in turn, {@code after}.
   */
  public static List<String> header(List<String> before, List<String> after) {
    List<String> out = new ArrayList<>(before);
    for (DutyType t : values()) {
      out.addAll(t.columns());
    }
    out.addAll(after);
    return List.copyOf(out);
  }
}
