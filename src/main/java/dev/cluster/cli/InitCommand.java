package dev.cluster.cli;

import dev.cluster.init.NewRepository;
import dev.cluster.init.StarterFiles;
import dev.cluster.model.DataException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cluster init}: a new partnership repository, ready to edit. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a new partnership repository into DIR (default: this folder), ready to edit.",
      "An existing file is never overwritten: it is skipped and named."
    })
final class InitCommand extends PartnershipCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "The folder to create the repository in.")
  Path dir;

  @Override
  public Integer call() {
    NewRepository.Result result;
    try {
      result = NewRepository.create(dir, today());
    } catch (UncheckedIOException e) {
      throw new OutputException(e.getMessage(), e);
    }
    for (Path skipped : result.skipped()) {
      err().println("cluster: skipped " + skipped + ": it exists, and init never overwrites a file");
    }
    printWarnings(result.warnings());
    printSummary(out(), result);
    if (!result.errors().isEmpty()) {
      err().println("cluster: " + NewRepository.resolve(dir, StarterFiles.TERMS_OF_REFERENCE)
          + " not written: fix these problems in the existing partnership, then run 'cluster init' again");
      err().flush();
      throw new DataException(result.errors());
    }
    return 0;
  }

  private void printSummary(PrintWriter out, NewRepository.Result result) {
    if (result.written().isEmpty()) {
      out.println("Nothing written: every file of a new partnership repository is already in " + dir + ".");
    } else {
      out.println("Wrote " + result.written().size() + (result.written().size() == 1 ? " file" : " files")
          + " of a new partnership repository in " + dir + ":");
      for (Path p : result.written()) {
        out.println("  " + p);
      }
    }
    boolean here = NewRepository.resolve(dir, StarterFiles.PARTNERSHIP).toString().equals(StarterFiles.PARTNERSHIP);
    String cluster = here ? "cluster" : "cluster -f " + NewRepository.resolve(dir, StarterFiles.PARTNERSHIP);
    String init = here ? "cluster init" : "cluster init " + dir;
    out.println();
    out.println("Next:");
    out.println("  1. Edit " + StarterFiles.PARTNERSHIP + ": your partnership's name, schools and meetings, and your");
    out.println("     local authority's term dates in place of the placeholders.");
    out.println("  2. Put one staff roster per school in rosters/, with the columns of " + StarterFiles.ROSTER + ".");
    out.println("  3. Check everything:      " + cluster + " validate");
    out.println("  4. See this term's rota:  " + cluster + " rota");
    out.println("  5. Delete " + StarterFiles.TERMS_OF_REFERENCE + " and run '" + init
        + "' again to write it from your data.");
    out.println("  6. Keep the repository private (rosters hold staff names and e-mail addresses) and push it");
    out.println("     to GitHub: " + StarterFiles.WORKFLOW + " then checks every change (see its first lines).");
    out.flush();
  }
}
