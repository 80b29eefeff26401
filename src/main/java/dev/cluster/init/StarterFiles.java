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
import java.util.regex.Pattern;

/**
 * The files {@code cluster init} writes, apart from the terms of reference (which are rendered from
 * the partnership once it exists): their paths inside the new repository and their text. The texts
 * live in {@code src/main/resources/init/} so that they read as the user will see them.
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

  /**
   * The JSON Schema of {@code partnership.yaml} ({@code cluster schema}), named by its first line
   * for editors.
   */
  public static final String SCHEMA = "partnership.schema.json";

  /** The GitHub Actions workflow that validates and reports. */
  public static final String WORKFLOW = ".github/workflows/cluster.yml";

  /** What the published rota folder is for (SPEC section 8.1). */
  public static final String RECORD_README = "history/rota/README.md";

  /** What the minutes folder is for (SPEC section 8.2). */
  public static final String MINUTES_README = "minutes/README.md";

  /**
   * The workflow's {@code uses:} line until the user names where cluster is published: an owner
   * with an underscore, which no GitHub account can have, so the job fails at once with "repository
   * not found" instead of running somebody else's code. The tag is this version's release.
   */
  public static final String DEFAULT_ACTION = "CLUSTER_OWNER/cluster@v0.1.0";

  /**
   * What {@code --action} accepts: {@code OWNER/REPO@REF}, as GitHub's {@code uses:} names a
   * repository's action.
   */
  public static final Pattern ACTION =
      Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_./+-]+");

  private static final String CALENDAR_MARKER = "@CALENDAR@\n";
  private static final String ACTION_MARKER = "@ACTION@";

  private StarterFiles() {}

  /**
   * One file to write: its path relative to the repository, with {@code /} separators, and its
   * text.
   */
  public record StarterFile(String path, String text) {}

  /** The static files with the default action ({@link #DEFAULT_ACTION}). */
  public static List<StarterFile> files(LocalDate today) {
    return files(today, DEFAULT_ACTION);
  }

  /**
   * The static files, in the order they are written, with the calendar computed from {@code today}
   * and the workflow using the action {@code action} ({@code OWNER/REPO@REF}).
   */
  public static List<StarterFile> files(LocalDate today, String action) {
    return List.of(
        new StarterFile(PARTNERSHIP, partnershipYaml(today)),
        new StarterFile(ROSTER, resource("roster.csv")),
        new StarterFile(GITIGNORE, resource("gitignore")),
        new StarterFile(SCHEMA, schema()),
        new StarterFile(WORKFLOW, resource("cluster.yml").replace(ACTION_MARKER, action)),
        new StarterFile(RECORD_README, resource("record-README.md")),
        new StarterFile(MINUTES_README, resource("minutes-README.md")));
  }

  /** The starter {@code partnership.yaml}, with this academic year and the next as placeholders. */
  static String partnershipYaml(LocalDate today) {
    String text = resource(PARTNERSHIP);
    if (!text.contains(CALENDAR_MARKER)) {
      throw new IllegalStateException(
          "init/partnership.yaml has lost its " + CALENDAR_MARKER.strip() + " line");
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
          sb.append("        half-term: { start: ")
              .append(t.halfTerm().start())
              .append(", end: ")
              .append(t.halfTerm().end())
              .append(" }\n");
        }
      }
      if (first) {
        sb.append(
            "    # Days when every school is closed, such as shared INSET days: no meetings then.\n");
        first = false;
      }
      sb.append("    closures:\n");
      for (Closure c : year.closures()) {
        sb.append("      - { date: ")
            .append(c.date())
            .append(", reason: ")
            .append(c.reason())
            .append(" }\n");
      }
    }
    return sb.toString();
  }

  /** The JSON Schema of {@code partnership.yaml}, as {@code cluster schema} prints it. */
  public static String schema() {
    return text("/schema/partnership.schema.json");
  }

  private static String resource(String name) {
    return text("/init/" + name);
  }

  private static String text(String resource) {
    try (InputStream in = StarterFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
