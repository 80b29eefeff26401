package dev.cluster.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Slug} and {@link IsoDate} are written by hand for start-up time: they must give exactly
 * what the regular expressions and the JDK's parser they replace gave, on any input.
 */
class SlugAndIsoDateTest {
  private static final String ALPHABET = "aZ09 -_.'&/éÖçİ\u212A\u0301ßﬁ\t";

  /** The definition by regular expressions that {@link Slug#kebab} replaced. */
  private static String kebabByRegex(String written) {
    String ascii = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  @Test
  void kebabIsTheRegularExpressionsDefinitionOnRandomText() {
    for (int seed = 0; seed < 2000; seed++) {
      Random random = new Random(seed);
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String written = s.toString();
      assertThat(Slug.kebab(written))
          .as("seed %d: %s", seed, written)
          .isEqualTo(kebabByRegex(written));
    }
    assertThat(Slug.kebab("Zoë's Class Teacher")).isEqualTo("zoe-s-class-teacher");
  }

  @Test
  void isoDatesAreReadAsLocalDateParseReadsThem() {
    String[] written = {
      "2026-09-02",
      "2028-02-29",
      "0001-01-01",
      "9999-12-31",
      "+10000-01-01",
      "2026-9-02",
      " 2026-09-02"
    };
    for (String w : written) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(w);
      } catch (DateTimeParseException e) {
        assertThatThrownBy(() -> IsoDate.parse(w)).as(w).isInstanceOf(DateTimeParseException.class);
        continue;
      }
      assertThat(IsoDate.parse(w)).as(w).isEqualTo(expected);
    }
    for (String bad :
        new String[] {"2026-02-30", "2027-02-29", "2026-13-01", "2026-00-10", "20a6-01-01"}) {
      assertThatThrownBy(() -> LocalDate.parse(bad)).isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> IsoDate.parse(bad))
          .as(bad)
          .isInstanceOf(DateTimeParseException.class);
    }
  }

  @Test
  void basicDatesAreReadAsTheFormatterTheyReplacedReadsThem() {
    java.time.format.DateTimeFormatter formatter =
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd");
    for (int seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      String text =
          seed % 10 == 0
              ? Integer.toString(random.nextInt(100_000_000), 36)
              : String.format(
                  "%04d%02d%02d",
                  random.nextInt(10) == 0 ? random.nextInt(3) : 1990 + random.nextInt(60),
                  random.nextInt(14),
                  random.nextInt(33));
      LocalDate expected;
      try {
        expected = LocalDate.parse(text, formatter);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> IsoDate.parseBasic(text))
            .as("seed %d: %s", seed, text)
            .isInstanceOf(DateTimeException.class);
        continue;
      }
      assertThat(IsoDate.parseBasic(text)).as("seed %d: %s", seed, text).isEqualTo(expected);
    }
    assertThat(IsoDate.parseBasic("20260231")).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void basicDatesAreWrittenAsTheFormatterTheyReplacedWritesThem() {
    java.time.format.DateTimeFormatter formatter =
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd", java.util.Locale.ROOT);
    for (int seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      int year =
          switch (seed % 4) {
            case 0 -> random.nextInt(12_000) - 1_000;
            case 1 -> random.nextInt(120);
            default -> 1990 + random.nextInt(60);
          };
      LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366));
      assertThat(IsoDate.formatBasic(day))
          .as("seed %d: %s", seed, day)
          .isEqualTo(formatter.format(day));
    }
  }

  @Test
  void timesAreReadAsLocalTimeParseReadsThem() {
    for (int seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        s.append("0123456789::.a-".charAt(random.nextInt(15)));
      }
      String text =
          seed % 2 == 0
              ? String.format("%02d:%02d", random.nextInt(26), random.nextInt(62))
              : s.toString();
      java.time.LocalTime expected;
      try {
        expected = java.time.LocalTime.parse(text);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> IsoDate.parseTime(text))
            .as("seed %d: %s", seed, text)
            .isInstanceOf(DateTimeException.class)
            .hasMessage(e.getMessage());
        continue;
      }
      assertThat(IsoDate.parseTime(text)).as("seed %d: %s", seed, text).isEqualTo(expected);
    }
  }
}
