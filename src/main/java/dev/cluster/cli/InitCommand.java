package dev.cluster.cli;

import dev.cluster.init.InitSummary;
import dev.cluster.init.NewRepository;
import dev.cluster.init.StarterFiles;
import dev.cluster.model.Severity;
import dev.cluster.model.UsageException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster init}: a new partnership repository, ready to edit. */
final class InitCommand extends PartnershipCommand implements Callable<Integer> {
  Path dir;

  boolean termsOnly;

  String action = StarterFiles.DEFAULT_ACTION;

  InitCommand(Main main) {
    super(
        main,
        "init",
        "Write a new partnership repository into DIR (default: this folder), ready to edit, and run"
            + " 'git init' there when it is not in a Git repository yet.",
        "An existing file is never overwritten: it is skipped and named. A folder that already holds a"
            + " partnership.yaml gets nothing new, so a file you deleted stays deleted.");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addPositional(
        Specs.parameter(0, Path.class, () -> dir, v -> dir = v)
            .arity("0..1")
            .paramLabel("DIR")
            .defaultValue(".")
            .description("The folder to create the repository in.")
            .build());
    spec.addOption(
        Specs.flag(
            "--terms-of-reference",
            () -> termsOnly,
            v -> termsOnly = v,
            "Write only terms-of-reference.md, from DIR's partnership.yaml as it stands"
                + " (delete the old one first: init never overwrites a file)."));
    spec.addOption(
        Specs.option(String.class, () -> action, v -> action = v, "--action")
            .paramLabel("OWNER/NAME@TAG")
            .description(
                "Where the workflow gets cluster from: the GitHub repository that publishes it"
                    + " and a release tag (default ${DEFAULT-VALUE}, which you then edit in the"
                    + " workflow).")
            .build());
  }

  @Override
  public Integer call() {
    if (NewRepository.isToolFolder(dir.toAbsolutePath().normalize())) {
      throw new UsageException(InitSummary.toolFolder(dir));
    }
    if (!StarterFiles.ACTION.matcher(action).matches()) {
      throw new UsageException(
          "--action `"
              + action
              + "` is not OWNER/NAME@TAG, for example "
              + StarterFiles.DEFAULT_ACTION.replace("CLUSTER_OWNER", "our-trust"));
    }
    NewRepository.Result result;
    try {
      result =
          termsOnly
              ? NewRepository.termsOfReference(dir)
              : NewRepository.create(dir, today(), action, "git");
    } catch (UncheckedIOException e) {
      throw new OutputException(e.getMessage(), e);
    }
    for (Path skipped : result.skipped()) {
      err().println(InitSummary.skipped(skipped));
    }
    printWarnings(result.warnings());
    if (result.git() != null && result.git().problem()) {
      err().println("cluster: " + result.git().message());
    }
    Output.emit(InitSummary.render(dir, result), null, out());
    if (!result.errors().isEmpty()) {
      // init's job is the files it writes, and it wrote them; an existing partnership.yaml that
      // does not load
      // only holds back the terms of reference, which `validate` explains (exit 0: nothing init did
      // failed).
      int errors =
          (int) result.errors().stream().filter(d -> d.severity() == Severity.ERROR).count();
      err().println(InitSummary.notRendered(dir, errors));
      err().flush();
    }
    return 0;
  }
}
