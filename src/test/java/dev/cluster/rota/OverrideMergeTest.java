package dev.cluster.rota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.DutyType;
import dev.cluster.model.Location;
import dev.cluster.model.RotaOverride;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several overrides entries for one meeting, merged later-wins (SPEC sections 9 and 10). */
class OverrideMergeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 17);
  private static final Location AT = Location.of("partnership.yaml");

  private static RotaOverride entry(
      Map<DutyType, String> schools, Map<DutyType, String> people, LocalTime time) {
    return new RotaOverride("heads", DAY, schools, null, false, AT, time, null, people);
  }

  @Test
  void eachFieldTheLaterEntryGivesReplacesTheEarliers() {
    RotaOverride earlier =
        entry(
            Map.of(DutyType.CHAIR, "hill", DutyType.HOST, "hill"),
            Map.of(DutyType.CHAIR, "hill/jo"),
            LocalTime.of(9, 30));
    RotaOverride later = entry(Map.of(DutyType.HOST, "brook"), Map.of(), null);
    // when
    RotaOverride merged = SeriesRotation.laterWins(earlier, later);
    // then the chair and its person stay, the host is the later one's, the time the earlier's
    assertThat(merged.schools())
        .containsExactly(Map.entry(DutyType.CHAIR, "hill"), Map.entry(DutyType.HOST, "brook"));
    assertThat(merged.people()).containsExactly(Map.entry(DutyType.CHAIR, "hill/jo"));
    assertThat(merged.time()).isEqualTo(LocalTime.of(9, 30));
  }

  @Test
  void aLaterSchoolForADutyDropsAnEarlierPersonOfAnotherSchool() {
    // given `chair-person: hill/jo`, then `chair: brook`
    RotaOverride earlier =
        entry(Map.of(DutyType.CHAIR, "hill"), Map.of(DutyType.CHAIR, "hill/jo"), null);
    RotaOverride later = entry(Map.of(DutyType.CHAIR, "brook"), Map.of(), null);
    // when
    RotaOverride merged = SeriesRotation.laterWins(earlier, later);
    // then brook chairs, with its own chair (the planner's choice), not hill's jo
    assertThat(merged.school(DutyType.CHAIR)).isEqualTo("brook");
    assertThat(merged.person(DutyType.CHAIR)).isNull();
    // and a later person wins over an earlier one
    RotaOverride again =
        SeriesRotation.laterWins(
            merged,
            entry(Map.of(DutyType.CHAIR, "brook"), Map.of(DutyType.CHAIR, "brook/ann"), null));
    assertThat(again.person(DutyType.CHAIR)).isEqualTo("brook/ann");
  }
}
