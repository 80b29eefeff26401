package dev.cluster.init;

import dev.cluster.init.StarterFiles.StarterFile;
import dev.cluster.load.LoadResult;
import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new partnership repository ({@code cluster init}). A file that exists is never touched:
 * it is skipped and named. The terms of reference are rendered from the folder's {@code
 * partnership.yaml} as it stands after the other files are written, so running {@code init} in an
 * existing repository writes the terms of reference of that partnership, not of the starter.
 */
public final class NewRepository {
  private NewRepository() {}

  /**
   * What {@link #create} did: the files written and the files skipped (paths as reachable from the
   * working directory), the loader's warnings about the partnership, and its errors when the terms
   * of reference could not be rendered because {@code partnership.yaml} is invalid; {@code
   * existing} when the folder already held a partnership (so no starter file was written); {@code
   * git} what {@code git init} did (null when the folder was already in a repository or git was not
   * asked for).
   */
  public record Result(
      List<Path> written,
      List<Path> skipped,
      List<Diagnostic> warnings,
      List<Diagnostic> errors,
      boolean existing,
      GitInit.Outcome git) {
    public Result {
      written = List.copyOf(written);
      skipped = List.copyOf(skipped);
      warnings = List.copyOf(warnings);
      errors = List.copyOf(errors);
    }

    /** A new repository's result, with no Git step. */
    public Result(
        List<Path> written,
        List<Path> skipped,
        List<Diagnostic> warnings,
        List<Diagnostic> errors) {
      this(written, skipped, warnings, errors, false, null);
    }
  }

  /**
   * Writes the starter files into {@code dir} (created when missing), the placeholder calendar
   * holding the academic year of {@code today} and the next and the workflow using {@code action},
   * then the terms of reference, then runs {@code git init} (with the command {@code git}) when the
   * folder is not in a Git repository. A folder that already holds a {@code partnership.yaml} is an
   * existing repository: nothing is written into it, so that a file the user deleted is not
   * re-created (its existing files are named as skipped).
   *
   * @throws UncheckedIOException when a file or folder cannot be written
   */
  public static Result create(Path dir, LocalDate today, String action, String git) {
    List<Path> written = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    if (Files.exists(resolve(dir, StarterFiles.PARTNERSHIP))) {
      for (StarterFile f : StarterFiles.files(today)) {
        skipIfPresent(resolve(dir, f.path()), skipped);
      }
      skipIfPresent(resolve(dir, StarterFiles.TERMS_OF_REFERENCE), skipped);
      return new Result(written, skipped, List.of(), List.of(), true, GitInit.ensure(dir, git));
    }
    for (StarterFile f : StarterFiles.files(today, action)) {
      write(dir, f.path(), f.text(), written, skipped);
    }
    Result terms = writeTerms(dir, written, skipped);
    return new Result(
        written, skipped, terms.warnings(), terms.errors(), false, GitInit.ensure(dir, git));
  }

  /**
   * Writes only {@code terms-of-reference.md}, rendered from the folder's {@code partnership.yaml}
   * as it stands ({@code cluster init --terms-of-reference}); an existing one is skipped, as every
   * existing file.
   */
  public static Result termsOfReference(Path dir) {
    List<Path> written = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    Result terms = writeTerms(dir, written, skipped);
    return new Result(written, skipped, terms.warnings(), terms.errors(), true, null);
  }

  private static Result writeTerms(Path dir, List<Path> written, List<Path> skipped) {
    if (skipIfPresent(resolve(dir, StarterFiles.TERMS_OF_REFERENCE), skipped)) {
      return new Result(written, skipped, List.of(), List.of());
    }
    LoadResult loaded;
    try {
      loaded = PartnershipLoader.load(resolve(dir, StarterFiles.PARTNERSHIP));
    } catch (DataException e) {
      // Only an existing partnership.yaml can be invalid here; the user fixes it and runs init
      // again.
      return new Result(written, skipped, List.of(), e.diagnostics());
    }
    String text = TermsOfReference.render(loaded.partnership());
    write(dir, StarterFiles.TERMS_OF_REFERENCE, text, written, skipped);
    return new Result(written, skipped, loaded.warnings(), List.of());
  }

  private static boolean skipIfPresent(Path file, List<Path> skipped) {
    if (Files.exists(file)) {
      skipped.add(file);
      return true;
    }
    return false;
  }

  /**
   * True when {@code dir} is the {@code cluster} tool's own folder (a clone of its source, or an
   * unpacked distribution), where a partnership's files must not go.
   */
  public static boolean isToolFolder(Path dir) {
    return (Files.isRegularFile(dir.resolve("pom.xml"))
            && Files.isDirectory(dir.resolve("src/main/java/dev/cluster")))
        || (Files.isRegularFile(dir.resolve("lib/cluster.jar"))
            && Files.isDirectory(dir.resolve("bin")));
  }

  private static void write(
      Path dir, String relative, String text, List<Path> written, List<Path> skipped) {
    Path file = resolve(dir, relative);
    if (skipIfPresent(file, skipped)) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
    }
    try {
      // CREATE_NEW: even a file that appears between the check and the write is never overwritten.
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      written.add(file);
    } catch (FileAlreadyExistsException e) {
      skipped.add(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * {@code relative} inside {@code dir}, as reachable from the working directory ({@code ./x} is
   * {@code x}).
   */
  public static Path resolve(Path dir, String relative) {
    return dir.resolve(relative).normalize();
  }
}
