package dev.cluster.cli;

import dev.cluster.model.AcademicYear;
import dev.cluster.model.Partnership;
import dev.cluster.rota.RotaWindow;
import java.time.LocalDate;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --year YEAR}, spelt, resolved and refused the same in every command that takes one. */
final class YearOption {
  String name;

  /** The option, setting {@link #name}. */
  OptionSpec spec() {
    return Specs.option(String.class, () -> name, v -> name = v, "--year")
        .paramLabel("YEAR")
        .description("An academic year of the calendar, for example 2026-27.")
        .build();
  }

  /**
   * The year named, or the current one on {@code today}; an unknown name is a usage error naming
   * the years.
   */
  AcademicYear resolve(Partnership p, LocalDate today) {
    return name == null ? p.currentYear(today) : RotaWindow.year(p, name);
  }
}
