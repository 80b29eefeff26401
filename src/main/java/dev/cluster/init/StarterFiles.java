package dev.cluster.init;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Closure;
import dev.cluster.model.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The files {@code cluster init} writes, apart from the terms of reference (which are rendered from the
 * partnership once it exists): their paths inside the new repository and their text. The texts live in
 * {@code src/main/resources/init/} so that they read as the user will see them.
 */
public final class StarterFiles {
  /** The partnership definition. */
  public static final String PARTNERSHIP = "partnership.yaml";
  /** The one roster template, named in the starter {@code partnership.yaml}. */
  public static final String ROSTER = "rosters/our-school.csv";
  /** Git's ignore list. */
  public static final String GITIGNORE = ".gitignore";
  /** The rendered terms of reference. */
  public static final String TERMS_OF_REFERENCE = "terms-of-reference.md";
  /** The GitHub Actions workflow that validates and reports. */
  public static final String WORKFLOW = ".github/workflows/cluster.yml";

  /** What the published rota folder is for (SPEC section 8.1). */
  public static final String RECORD_README = "history/rota/README.md";
  /** What the minutes folder is for (SPEC section 8.2). */
  public static final String MINUTES_README = "minutes/README.md";
  private static final String CALENDAR_MARKER = "@CALENDAR@\n";

  private StarterFiles() {}

  /** One file to write: its path relative to the repository, with {@code /} separators, and its text. */
  public record StarterFile(String path, String text) {}

  /** The static files, in the order they are written, with the calendar computed from {@code today}. */
  public static List<StarterFile> files(LocalDate today) {
    return List.of(
        new StarterFile(PARTNERSHIP, partnershipYaml(today)),
        new StarterFile(ROSTER, resource("roster.csv")),
        new StarterFile(GITIGNORE, resource("gitignore")),
        new StarterFile(WORKFLOW, resource("cluster.yml")),
        new StarterFile(RECORD_README, resource("record-README.md")),
        new StarterFile(MINUTES_README, resource("minutes-README.md")));
  }

  /** The starter {@code partnership.yaml}, with this academic year and the next as placeholders. */
  static String partnershipYaml(LocalDate today) {
    String text = resource(PARTNERSHIP);
    if (!text.contains(CALENDAR_MARKER)) {
      throw new IllegalStateException("init/partnership.yaml has lost its " + CALENDAR_MARKER.strip() + " line");
    }
    return text.replace(CALENDAR_MARKER, calendarYaml(PlaceholderCalendar.currentAndNext(today)));
  }

  /** The {@code calendar:} entries for {@code years}, indented as list items under that key. */
  static String calendarYaml(List<AcademicYear> years) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (AcademicYear year : years) {
      sb.append("  - year: ").append(year.name()).append('\n');
      sb.append("    terms:\n");
      for (Term t : year.terms()) {
        sb.append("      - name: ").append(t.name()).append('\n');
        sb.append("        start: ").append(t.start()).append('\n');
        sb.append("        end: ").append(t.end()).append('\n');
        if (t.halfTerm() != null) {
          sb.append("        half-term: { start: ").append(t.halfTerm().start())
              .append(", end: ").append(t.halfTerm().end()).append(" }\n");
        }
      }
      if (first) {
        sb.append("    # Days when every school is closed, such as shared INSET days: no meetings then.\n");
        first = false;
      }
      sb.append("    closures:\n");
      for (Closure c : year.closures()) {
        sb.append("      - { date: ").append(c.date()).append(", reason: ").append(c.reason()).append(" }\n");
      }
    }
    return sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = StarterFiles.class.getResourceAsStream("/init/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource init/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
