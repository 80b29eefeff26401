package dev.cluster.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * An iCalendar file checked twice: by ical4j's parser and validator, and by a stricter reading of
 * RFC 5545 of our own (CRLF, 75-octet lines, one UID/DTSTAMP/DTSTART/SEQUENCE per event, UIDs
 * unique in the file, properties of the right shape), plus SPEC section 9's rules (no e-mail
 * address; cancelled events say so).
 */
public final class IcsCheck {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9-]*");
  private static final Pattern UID =
      Pattern.compile(
          "([a-z0-9-]+-\\d{8}|visit-[a-z0-9-]+-\\d{4}-\\d{2}-r\\d+-[a-z0-9-]+(-d\\d+)?)@[a-z0-9][a-z0-9-]*\\.cluster");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z0-9.-]*[A-Za-z]");

  private IcsCheck() {}

  /**
   * The events of {@code ics} (unfolded properties by name), after checking everything; {@code
   * what} names it.
   */
  public static List<Map<String, String>> check(String what, String ics) throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.validate().getEntries())
        .as("ical4j validation of %s", what)
        .noneMatch(e -> e.getSeverity().name().equals("ERROR"));
    assertThat(ics).as("%s ends with CRLF", what).endsWith("\r\n");
    assertThat(ics.replace("\r\n", ""))
        .as("%s: bare CR or LF", what)
        .doesNotContain("\n")
        .doesNotContain("\r");
    List<String> lines = new ArrayList<>();
    for (String physical : ics.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
          .as("%s: line longer than 75 octets: %s", what, physical)
          .isLessThanOrEqualTo(75);
      if (physical.startsWith(" ") || physical.startsWith("\t")) {
        assertThat(lines).as("%s: a continuation before any line", what).isNotEmpty();
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
      } else {
        lines.add(physical);
      }
    }
    assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
    List<Map<String, String>> events = new ArrayList<>();
    Map<String, String> event = null;
    Map<String, Integer> counts = null;
    Set<String> uids = new HashSet<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      assertThat(colon).as("%s: a content line without ':': %s", what, line).isPositive();
      String name = line.substring(0, colon).split(";", 2)[0];
      String value = line.substring(colon + 1);
      assertThat(name).as("%s: property name", what).matches(NAME);
      assertThat(!name.equals("UID") && EMAIL.matcher(value).find())
          .as("%s: an e-mail address in %s", what, line)
          .isFalse();
      if (line.equals("BEGIN:VEVENT")) {
        event = new LinkedHashMap<>();
        counts = new LinkedHashMap<>();
      } else if (line.equals("END:VEVENT")) {
        for (String required :
            List.of("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "SUMMARY", "STATUS")) {
          assertThat(counts.getOrDefault(required, 0))
              .as("%s: %s once in %s", what, required, event)
              .isEqualTo(1);
        }
        assertThat(event.get("UID")).matches(UID);
        assertThat(uids.add(event.get("UID")))
            .as("%s: UID %s twice", what, event.get("UID"))
            .isTrue();
        assertThat(event.get("SEQUENCE")).matches("0|[1-9][0-9]*");
        assertThat(event.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        assertThat(event.get("STATUS")).isIn("CONFIRMED", "CANCELLED");
        assertThat(event.get("STATUS").equals("CANCELLED"))
            .as("%s: cancelled iff 'Cancelled: ' in %s", what, event)
            .isEqualTo(event.get("SUMMARY").startsWith("Cancelled: "));
        events.add(event);
        event = null;
      } else if (event != null) {
        event.put(name, value);
        counts.merge(name, 1, Integer::sum);
      }
    }
    return events;
  }
}
