package dev.cluster.cli;

import dev.cluster.render.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code cluster templates}: list the built-in templates, or export them for editing. */
final class TemplatesCommand extends PartnershipCommand implements Callable<Integer> {
  String action;
  Path dir;

  TemplatesCommand(Main main) {
    super(
        main,
        "templates",
        "List the built-in Mustache templates, or with 'export DIR' copy them to DIR for"
            + " editing.",
        "A file of the same name in the partnership's templates/ folder overrides the built-in"
            + " one.");
  }

  @Override
  void declare(CommandSpec spec) {
    spec.addPositional(
        Specs.parameter(0, String.class, () -> action, v -> action = v)
            .arity("0..1")
            .paramLabel("export")
            .description(
                "'export' copies the built-in templates into DIR; without it they are listed.")
            .build());
    spec.addPositional(
        Specs.parameter(1, Path.class, () -> dir, v -> dir = v)
            .arity("0..1")
            .paramLabel("DIR")
            .description("Where to copy the templates.")
            .build());
  }

  @Override
  public Integer call() {
    if (action == null) {
      return list();
    }
    if (!action.equals("export")) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown action '"
              + action
              + "': use 'cluster templates' to list or 'cluster templates export DIR'");
    }
    if (dir == null) {
      throw new ParameterException(
          spec.commandLine(), "'export' needs a folder: cluster templates export DIR");
    }
    Templates.Export done;
    try {
      done = Templates.export(dir);
    } catch (IOException e) {
      throw new OutputException("cannot write templates into " + dir + ": " + e.getMessage(), e);
    }
    for (Path f : done.written()) {
      out().println("wrote " + f);
    }
    for (Path f : done.skipped()) {
      out().println("skipped " + f + " (it exists; delete it to export it again)");
    }
    out().flush();
    return 0;
  }

  /** Each built-in template and whether the partnership's templates/ folder overrides it. */
  private int list() {
    Path folder = overridesFolder();
    Templates templates = new Templates(folder);
    List<String> overridden = templates.overridden();
    int width = Templates.BUILT_IN.stream().mapToInt(String::length).max().orElse(0) + 2;
    for (String name : Templates.BUILT_IN) {
      String state =
          overridden.contains(name) ? "overridden by " + folder.resolve(name) : "built in";
      out().println(String.format("%-" + width + "s%s", name, state));
    }
    for (String name : templates.unused()) {
      out()
          .println(
              String.format(
                  "%-" + width + "s%s",
                  name,
                  "in " + folder + " but not used: no built-in template has this name"));
    }
    out().flush();
    return 0;
  }

  /** The templates/ folder beside the partnership file named by -f (it need not exist). */
  private Path overridesFolder() {
    Path parent = main.file.getParent();
    return parent == null ? Path.of("templates") : parent.resolve("templates");
  }
}
