package dev.cluster.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of duty a meeting has: who chairs it, who hosts it, who takes the minutes. Every place
 * that deals with "each duty" loops over these constants (and keeps its counts in an {@code
 * EnumMap}), so a new duty is one constant here plus its rule in {@code rota.SeriesRotation}. Not
 * to be confused with {@link Duty.Kind}, which says how one duty is given (rotate, none, a fixed
 * school, the chair's school).
 */
public enum DutyType {
  CHAIR("Chair", "Chaired", "chairs", Duty.ROTATE),
  HOST("Host", "Hosted", "hosts", Duty.CHAIR),
  MINUTES("Minutes", "Minuted", "takes the minutes", Duty.NONE);

  private final String title;
  private final String done;
  private final String does;
  private final Duty byDefault;

  DutyType(String title, String done, String does, Duty byDefault) {
    this.title = title;
    this.done = done;
    this.does = does;
    this.byDefault = byDefault;
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
    return this == HOST;
  }

  /** Whether this duty names a person (the chair, the minute-taker) as well as a school. */
  public boolean namesPerson() {
    return this != HOST;
  }

  /**
   * This duty's two columns in the rota's CSV and the published rota (SPEC sections 5 and 8.1): the
   * school ({@code chair-school}), then the person ({@code chair}) or, for a duty that names none
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
