package dev.cluster.load;

import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import dev.cluster.model.Partnership;
import dev.cluster.model.UsageException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A partnership as it was at a Git revision ({@code rota --compare REF}): the files under the
 * partnership's folder at REF are copied out with {@code git cat-file --batch} into a temporary
 * folder and loaded from there. Git is the only way in; without it, or with a revision Git does not
 * know, this is a usage error.
 */
public final class GitRevision {
  private GitRevision() {}

  /**
   * Loads the partnership whose {@code partnership.yaml} is {@code file} (in the working tree) as
   * it was at {@code ref}.
   *
   * @throws UsageException when Git is missing, the folder is not in a repository, or {@code ref}
   *     is unknown
   * @throws DataException when the partnership at {@code ref} does not load (locations name {@code
   *     REF:path})
   */
  public static Partnership load(Path file, String ref) {
    Path dir = file.toAbsolutePath().getParent();
    Path top;
    try {
      top = Path.of(git(dir, "rev-parse", "--show-toplevel").trim()).toRealPath();
      dir = dir.toRealPath();
    } catch (GitFailed e) {
      throw new UsageException("--compare needs a Git repository, and " + dir + " is not in one");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      git(top, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    } catch (GitFailed e) {
      throw new UsageException(
          "Git does not know the revision `"
              + ref
              + "`; try HEAD, HEAD~1 or a branch"
              + " name such as main");
    }
    String rel = top.relativize(dir).toString().replace('\\', '/');
    String yaml = (rel.isEmpty() ? "" : rel + "/") + file.getFileName();
    List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", ref));
    if (!rel.isEmpty()) {
      args.add("--");
      args.add(rel);
    }
    List<String> paths = new ArrayList<>();
    for (String p : git(top, args.toArray(String[]::new)).split("\0")) {
      if (!p.isEmpty()) {
        paths.add(p);
      }
    }
    if (!paths.contains(yaml)) {
      throw new UsageException(
          "at revision `" + ref + "` there is no " + yaml + " to compare with");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("cluster-compare-");
      extract(top, ref, paths, tmp);
      Path copy = tmp.resolve(yaml);
      try {
        return PartnershipLoader.load(copy).partnership();
      } catch (DataException e) {
        throw relocate(e, tmp, ref);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(tmp);
    }
  }

  /**
   * Writes each path's content at {@code ref} below {@code into}, in one {@code git cat-file
   * --batch}.
   */
  private static void extract(Path top, String ref, List<String> paths, Path into)
      throws IOException {
    StringBuilder requests = new StringBuilder();
    for (String p : paths) {
      requests.append(ref).append(':').append(p).append('\n');
    }
    Process git = start(top, "cat-file", "--batch");
    byte[] input = requests.toString().getBytes(StandardCharsets.UTF_8);
    // Feed requests from another thread: git answers as it reads, and both pipes have small
    // buffers.
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream in = git.getOutputStream()) {
                in.write(input);
              } catch (IOException ignored) {
                // git exited early; its exit code is checked below
              }
            });
    feeder.start();
    try (InputStream out = new BufferedInputStream(git.getInputStream())) {
      for (String p : paths) {
        String header = readLine(out);
        String[] parts = header.split(" ");
        if (parts.length < 3 || !"blob".equals(parts[1])) {
          if (parts.length >= 3) {
            out.skipNBytes(Long.parseLong(parts[2]) + 1);
          }
          continue;
        }
        byte[] content = out.readNBytes(Integer.parseInt(parts[2]));
        out.read(); // the newline after each object
        Path target = into.resolve(p);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
      }
    }
    try {
      feeder.join();
      git.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("git cat-file ended early");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  /** Runs git in {@code dir}; its standard output, or {@link GitFailed} on a non-zero exit. */
  private static String git(Path dir, String... args) {
    try {
      Process p = start(dir, args);
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      p.getErrorStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new GitFailed();
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitFailed();
    }
  }

  private static Process start(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (IOException e) {
      throw new UsageException(
          "--compare needs Git, and `git` was not found on the PATH: install Git or"
              + " leave out --compare");
    }
  }

  /**
   * The same diagnostics with the temporary folder replaced by {@code REF:} so users see where they
   * are.
   */
  private static DataException relocate(DataException e, Path tmp, String ref) {
    String prefix = tmp.toString() + java.io.File.separator;
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : e.diagnostics()) {
      Location l = d.location();
      String f =
          l.file().startsWith(prefix) ? ref + ":" + l.file().substring(prefix.length()) : l.file();
      out.add(
          new Diagnostic(
              new Location(f, l.line(), l.column()),
              d.severity(),
              "(at revision " + ref + ") " + d.message(),
              d.detail()));
    }
    return new DataException(out);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless; the comparison itself succeeded or failed
      // already
    }
  }

  /** Git ran and said no. */
  private static final class GitFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
