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
 * Writes a new partnership repository ({@code cluster init}). A file that exists is never touched: it is
 * skipped and named. The terms of reference are rendered from the folder's {@code partnership.yaml} as it
 * stands after the other files are written, so running {@code init} in an existing repository writes the
 * terms of reference of that partnership, not of the starter.
 */
public final class NewRepository {
  private NewRepository() {}

  /**
   * What {@link #create} did: the files written and the files skipped (paths as reachable from the working
   * directory), the loader's warnings about the partnership, and its errors when the terms of reference
   * could not be rendered because {@code partnership.yaml} is invalid.
   */
  public record Result(List<Path> written, List<Path> skipped, List<Diagnostic> warnings, List<Diagnostic> errors) {
    public Result {
      written = List.copyOf(written);
      skipped = List.copyOf(skipped);
      warnings = List.copyOf(warnings);
      errors = List.copyOf(errors);
    }
  }

  /**
   * Writes the starter files into {@code dir} (created when missing), the placeholder calendar holding the
   * academic year of {@code today} and the next.
   *
   * @throws UncheckedIOException when a file or folder cannot be written
   */
  public static Result create(Path dir, LocalDate today) {
    List<Path> written = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (StarterFile f : StarterFiles.files(today)) {
      write(dir, f.path(), f.text(), written, skipped);
    }
    Path terms = resolve(dir, StarterFiles.TERMS_OF_REFERENCE);
    if (Files.exists(terms)) {
      skipped.add(terms);
      return new Result(written, skipped, List.of(), List.of());
    }
    LoadResult loaded;
    try {
      loaded = PartnershipLoader.load(resolve(dir, StarterFiles.PARTNERSHIP));
    } catch (DataException e) {
      // Only an existing partnership.yaml can be invalid here; the user fixes it and runs init again.
      return new Result(written, skipped, List.of(), e.diagnostics());
    }
    String text = TermsOfReference.render(loaded.partnership());
    write(dir, StarterFiles.TERMS_OF_REFERENCE, text, written, skipped);
    return new Result(written, skipped, loaded.warnings(), List.of());
  }

  private static void write(Path dir, String relative, String text, List<Path> written, List<Path> skipped) {
    Path file = resolve(dir, relative);
    if (Files.exists(file)) {
      skipped.add(file);
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
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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

  /** {@code relative} inside {@code dir}, as reachable from the working directory ({@code ./x} is {@code x}). */
  public static Path resolve(Path dir, String relative) {
    return dir.resolve(relative).normalize();
  }
}
