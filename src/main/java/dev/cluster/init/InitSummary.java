package dev.cluster.init;

import java.nio.file.Path;

/** What {@code cluster init} tells the user: the files it wrote, and what to do next. */
public final class InitSummary {
  private InitSummary() {}

  /** The standard-output text for {@code result} of initialising {@code dir}. */
  public static String render(Path dir, NewRepository.Result result) {
    StringBuilder out = new StringBuilder();
    String where = where(dir);
    Path yaml = NewRepository.resolve(dir, StarterFiles.PARTNERSHIP);
    boolean here = yaml.toString().equals(StarterFiles.PARTNERSHIP);
    String cluster = here ? "cluster" : "cluster -f " + yaml;
    String init =
        here ? "cluster init --terms-of-reference" : "cluster init --terms-of-reference " + dir;
    if (result.existing()) {
      if (result.written().isEmpty()) {
        out.append("Nothing written: ")
            .append(where)
            .append(" already holds a partnership (")
            .append(StarterFiles.PARTNERSHIP)
            .append("), and init does not re-create files deleted from it.\n")
            .append("To write ")
            .append(StarterFiles.TERMS_OF_REFERENCE)
            .append(" again from your data, delete it and run\n")
            .append("  ")
            .append(init)
            .append('\n');
      } else {
        written(out, result, " in " + where);
      }
      git(out, result);
      return out.toString();
    }
    if (result.written().isEmpty()) {
      out.append("Nothing written: every file of a new partnership repository is already in ")
          .append(where)
          .append(".\n");
    } else {
      written(out, result, " of a new partnership repository in " + where);
    }
    git(out, result);
    out.append('\n')
        .append("Next:\n")
        .append("  1. Edit ")
        .append(StarterFiles.PARTNERSHIP)
        .append(": your partnership's name, schools and meetings, and your\n")
        .append("     local authority's term dates in place of the placeholders.\n")
        .append("  2. Put one staff roster per school in rosters/, with the columns of ")
        .append(StarterFiles.ROSTER)
        .append(".\n")
        .append("  3. Check everything:      ")
        .append(cluster)
        .append(" validate\n")
        .append("  4. See this term's rota:  ")
        .append(cluster)
        .append(" rota\n")
        .append("  5. To write ")
        .append(StarterFiles.TERMS_OF_REFERENCE)
        .append(" from your data: delete it, run '")
        .append(init)
        .append("'.\n")
        .append(
            "  6. Keep the repository private (rosters hold staff names and e-mail addresses) and push it\n")
        .append("     to GitHub: ")
        .append(StarterFiles.WORKFLOW)
        .append(" then checks every change; first edit\n")
        .append(
            "     its line marked EDIT to name where cluster is published (see the file's first lines).\n");
    return out.toString();
  }

  private static void written(StringBuilder out, NewRepository.Result result, String where) {
    int n = result.written().size();
    out.append("Wrote ").append(n).append(n == 1 ? " file" : " files").append(where).append(":\n");
    for (Path p : result.written()) {
      out.append("  ").append(p).append('\n');
    }
  }

  private static void git(StringBuilder out, NewRepository.Result result) {
    if (result.git() != null && !result.git().problem()) {
      out.append(result.git().message()).append('\n');
    }
  }

  /** The usage error for a {@code DIR} that is the cluster tool's own folder. */
  public static String toolFolder(Path dir) {
    return where(dir)
        + " is the cluster tool's own folder, not a partnership's; give init a folder of its own,"
        + " for example 'cluster init ../our-partnership'";
  }

  /** {@code dir} as the user knows it: its path, or "this folder". */
  static String where(Path dir) {
    String where = dir.normalize().toString();
    return where.isEmpty() || where.equals(".") ? "this folder" : where;
  }

  /** The standard-error line naming a file that exists and was left alone. */
  public static String skipped(Path file) {
    return "cluster: skipped " + file + ": it exists, and init never overwrites a file";
  }

  /** The standard-error line saying why the terms of reference were not written. */
  public static String notRendered(Path dir, int problems) {
    Path yaml = NewRepository.resolve(dir, StarterFiles.PARTNERSHIP);
    return "cluster: "
        + NewRepository.resolve(dir, StarterFiles.TERMS_OF_REFERENCE)
        + " not written: the"
        + " existing "
        + yaml
        + " has "
        + problems
        + (problems == 1 ? " problem" : " problems")
        + "; 'cluster -f "
        + yaml
        + " validate' lists them. Fix them, then run 'cluster init --terms-of-reference"
        + (yaml.toString().equals(StarterFiles.PARTNERSHIP) ? "" : " " + dir)
        + "'.";
  }
}
