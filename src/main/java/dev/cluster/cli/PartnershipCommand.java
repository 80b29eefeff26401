package dev.cluster.cli;

import dev.cluster.load.LoadResult;
import dev.cluster.load.PartnershipLoader;
import dev.cluster.model.Diagnostic;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** What every command that reads a partnership shares: the global options, loading, and warnings. */
@Command
abstract class PartnershipCommand {
  @ParentCommand Main main;

  /** Loads the partnership named by {@code -f}; invalid data throws (exit 1); warnings are printed. */
  LoadResult load() {
    LoadResult loaded = PartnershipLoader.load(main.file);
    printWarnings(loaded.warnings());
    return loaded;
  }

  /** Prints warnings to standard error, one {@code FILE:LINE:COLUMN: warning: MESSAGE} each. */
  void printWarnings(List<Diagnostic> warnings) {
    for (Diagnostic d : warnings) {
      err().println(d.format());
    }
    err().flush();
  }

  LocalDate today() {
    return main.today();
  }

  PrintWriter out() {
    return main.out;
  }

  PrintWriter err() {
    return main.err;
  }
}
