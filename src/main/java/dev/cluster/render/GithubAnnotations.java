package dev.cluster.render;

import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import java.nio.file.Path;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=F,line=L,col=C::message}),
 * which the runner turns into annotations on the pull request's files. Escaping follows GitHub's
 * toolkit: in the message {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A}; in a
 * property value {@code :} and {@code ,} also become {@code %3A} and {@code %2C}.
 */
public final class GithubAnnotations {
  private GithubAnnotations() {}

  /**
   * One workflow command for {@code d}: {@code ::error} or {@code ::warning}, the file (with {@code
   * /} separators, as GitHub names files), line and column when known, and the message. The source
   * line and caret are left out: GitHub shows the annotation on the line itself.
   */
  public static String command(Diagnostic d) {
    return command(d, null);
  }

  /**
   * The same, with a file under {@code workspace} (GitHub's {@code GITHUB_WORKSPACE}, when set)
   * named relative to it, as GitHub needs to place the annotation on the repository's file.
   */
  public static String command(Diagnostic d, Path workspace) {
    Location at = d.location();
    String file = at.file();
    if (workspace != null
        && Path.of(file).isAbsolute()
        && Path.of(file).normalize().startsWith(workspace.normalize())) {
      file = workspace.normalize().relativize(Path.of(file).normalize()).toString();
    }
    StringBuilder sb = new StringBuilder("::").append(d.severity().word());
    sb.append(" file=").append(property(file.replace('\\', '/')));
    if (at.line() > 0) {
      sb.append(",line=").append(at.line());
      if (at.column() > 0) {
        sb.append(",col=").append(at.column());
      }
    }
    return sb.append("::").append(data(d.message())).toString();
  }

  /** A message escaped for a workflow command. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value escaped for a workflow command. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
