package dev.cluster.init;

import java.nio.file.Path;

/** What {@code cluster init} tells the user: the files it wrote, and what to do next. */
public final class InitSummary {
  private InitSummary() {}

  /** The standard-output text for {@code result} of initialising {@code dir}. */
  public static String render(Path dir, NewRepository.Result result) {
    StringBuilder out = new StringBuilder();
    String where = dir.normalize().toString();
    where = where.isEmpty() || where.equals(".") ? "this folder" : where;
    if (result.written().isEmpty()) {
      out.append("Nothing written: every file of a new partnership repository is already in ").append(where)
          .append(".\n");
    } else {
      int n = result.written().size();
      out.append("Wrote ").append(n).append(n == 1 ? " file" : " files")
          .append(" of a new partnership repository in ").append(where).append(":\n");
      for (Path p : result.written()) {
        out.append("  ").append(p).append('\n');
      }
    }
    Path yaml = NewRepository.resolve(dir, StarterFiles.PARTNERSHIP);
    boolean here = yaml.toString().equals(StarterFiles.PARTNERSHIP);
    String cluster = here ? "cluster" : "cluster -f " + yaml;
    String init = here ? "cluster init" : "cluster init " + dir;
    out.append('\n')
        .append("Next:\n")
        .append("  1. Edit ").append(StarterFiles.PARTNERSHIP)
        .append(": your partnership's name, schools and meetings, and your\n")
        .append("     local authority's term dates in place of the placeholders.\n")
        .append("  2. Put one staff roster per school in rosters/, with the columns of ")
        .append(StarterFiles.ROSTER).append(".\n")
        .append("  3. Check everything:      ").append(cluster).append(" validate\n")
        .append("  4. See this term's rota:  ").append(cluster).append(" rota\n")
        .append("  5. Delete ").append(StarterFiles.TERMS_OF_REFERENCE).append(" and run '").append(init)
        .append("' again to write it from your data.\n")
        .append("  6. Keep the repository private (rosters hold staff names and e-mail addresses) and push it\n")
        .append("     to GitHub: ").append(StarterFiles.WORKFLOW).append(" then checks every change (see its first lines).\n");
    return out.toString();
  }

  /** The standard-error line naming a file that exists and was left alone. */
  public static String skipped(Path file) {
    return "cluster: skipped " + file + ": it exists, and init never overwrites a file";
  }

  /** The standard-error line saying why the terms of reference were not written. */
  public static String notRendered(Path dir, int problems) {
    Path yaml = NewRepository.resolve(dir, StarterFiles.PARTNERSHIP);
    return "cluster: " + NewRepository.resolve(dir, StarterFiles.TERMS_OF_REFERENCE) + " not written: the"
        + " existing " + yaml + " has " + problems + (problems == 1 ? " problem" : " problems")
        + "; 'cluster -f " + yaml + " validate' lists them. Fix them, then run 'cluster init' again.";
  }
}
