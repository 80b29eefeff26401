package dev.cluster.cli;

import dev.cluster.init.InitSummary;
import dev.cluster.init.NewRepository;
import dev.cluster.model.Severity;
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
      err().println(InitSummary.skipped(skipped));
    }
    printWarnings(result.warnings());
    Output.emit(InitSummary.render(dir, result), null, out());
    if (!result.errors().isEmpty()) {
      // init's job is the files it writes, and it wrote them; an existing partnership.yaml that does not load
      // only holds back the terms of reference, which `validate` explains (exit 0: nothing init did failed).
      int errors = (int) result.errors().stream().filter(d -> d.severity() == Severity.ERROR).count();
      err().println(InitSummary.notRendered(dir, errors));
      err().flush();
    }
    return 0;
  }
}
