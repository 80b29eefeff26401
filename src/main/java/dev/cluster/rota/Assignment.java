package dev.cluster.rota;

import dev.cluster.model.Person;
import dev.cluster.model.School;
import java.util.Objects;

/** Who does one duty of one meeting: the school and, for chair and minutes, the person (host: null). */
public record Assignment(School school, Person person) {
  public Assignment {
    Objects.requireNonNull(school, "school");
  }
}
