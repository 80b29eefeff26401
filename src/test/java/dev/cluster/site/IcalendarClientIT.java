package dev.cluster.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cluster.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's calendars read by a second, independent parser, Debian's {@code python3-icalendar}
 * ({@code src/test/browser/read-ics.py}): the same events, UIDs, SEQUENCEs, statuses and start
 * instants as ical4j reads. Skipped, saying why, where {@code /usr/bin/python3} has no {@code
 * icalendar}.
 */
class IcalendarClientIT {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Test
  void python3IcalendarReadsWhatIcal4jReads(@TempDir Path tmp) throws Exception {
    assumeTrue(
        run("/usr/bin/python3", "-c", "import icalendar") == 0,
        "no python3-icalendar (apt-get install -y python3-icalendar) for the second iCalendar parser");
    Path site = tmp.resolve("site");
    assertThat(Cli.run("--today", "2026-11-23", "site", site.toString()).exit()).isZero();
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(site.resolve("calendars"))) {
      all.filter(f -> f.toString().endsWith(".ics"))
          .sorted()
          .limit(40)
          .forEach(f -> files.add(f.toString()));
    }
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/python3", "src/test/browser/read-ics.py"));
    command.addAll(files);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> expected = new ArrayList<>();
    for (String f : files) {
      Calendar cal = new CalendarBuilder().build(Files.newBufferedReader(Path.of(f)));
      for (VEvent e : cal.<VEvent>getComponents("VEVENT")) {
        String instant = e.getProperty("DTSTART").orElseThrow().getValue();
        String zone =
            e.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue();
        String utc =
            LocalDateTime.parse(instant, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                .atZone(ZoneId.of(zone))
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(UTC);
        expected.add(
            String.join(
                "\t",
                f,
                e.getUid().orElseThrow().getValue(),
                e.getProperty("SEQUENCE").orElseThrow().getValue(),
                e.getProperty("STATUS").orElseThrow().getValue(),
                utc,
                e.getProperty("SUMMARY").orElseThrow().getValue()));
      }
    }
    assertThat(out.lines().toList())
        .as("python3-icalendar's reading")
        .isEqualTo(expected)
        .isNotEmpty();
  }

  private static int run(String... command) {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (Exception e) {
      return -1;
    }
  }
}
