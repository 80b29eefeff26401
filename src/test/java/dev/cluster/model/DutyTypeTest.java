package dev.cluster.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each duty names is said by its constant, not by which constant it is. */
class DutyTypeTest {
  @Test
  void eachDutyNamesAPersonOrThePlaceAndAtMostOneThePlace() {
    for (DutyType t : DutyType.values()) {
      assertThat(t.namesPerson()).as("%s names a person or the place", t).isNotEqualTo(t.atVenue());
    }
    // the published rota has one `venue` column, and a recorded meeting one venue
    assertThat(Arrays.stream(DutyType.values()).filter(DutyType::atVenue))
        .containsExactly(DutyType.HOST);
    assertThat(Arrays.stream(DutyType.values()).filter(DutyType::mayFollowChair))
        .containsExactly(DutyType.HOST);
  }

  @Test
  void theRotaFilesColumnsComeFromTheConstants() {
    assertThat(DutyType.header(List.of("meeting"), List.of("notes")))
        .containsExactly(
            "meeting",
            "chair-school",
            "chair",
            "host-school",
            "venue",
            "minutes-school",
            "minutes",
            "notes");
    assertThat(DutyType.header(List.of(), List.of()))
        .as("a column name once")
        .doesNotHaveDuplicates();
  }
}
