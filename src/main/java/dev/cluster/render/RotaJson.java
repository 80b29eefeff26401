package dev.cluster.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cluster.model.Diagnostic;
import dev.cluster.model.DutyType;
import dev.cluster.rota.Assignment;
import dev.cluster.rota.Rota;
import dev.cluster.rota.ScheduledMeeting;
import java.io.IOException;

/** {@code cluster rota --format json}: exactly SPEC section 5's shape, field names and order. */
public final class RotaJson {
  private RotaJson() {}

  /** The rota of {@code partnership} as JSON; {@code from}/{@code to} are the window asked for. */
  public static String render(String partnership, Rota rota) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("partnership", partnership);
          g.writeStringField("from", rota.from().toString());
          g.writeStringField("to", rota.to().toString());
          g.writeArrayFieldStart("meetings");
          for (ScheduledMeeting m : rota.meetings()) {
            meeting(g, m);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("warnings");
          for (Diagnostic d : rota.warnings()) {
            g.writeString(d.message());
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void meeting(JsonGenerator g, ScheduledMeeting m) throws IOException {
    g.writeStartObject();
    g.writeStringField("meeting", m.series().id());
    g.writeStringField("title", m.series().title());
    g.writeStringField("date", m.date().toString());
    g.writeStringField("start", RotaText.start(m));
    g.writeStringField("end", RotaText.end(m));
    for (DutyType t : DutyType.values()) {
      Assignment a = m.duty(t);
      duty(
          g,
          t.key(),
          a,
          t.namesPerson() ? "person" : "venue",
          t.namesPerson() ? RotaText.person(a) : RotaText.venue(a));
    }
    g.writeBooleanField("cancelled", m.cancelled());
    g.writeArrayFieldStart("notes");
    for (String n : m.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void duty(JsonGenerator g, String name, Assignment a, String field, String value)
      throws IOException {
    if (a == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    // a venue that is not a school: { "school": null, "venue": "..." } (SPEC section 10)
    if (a.school() == null) {
      g.writeNullField("school");
    } else {
      g.writeStringField("school", a.school().id());
    }
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
    if (a.link() != null) {
      g.writeStringField(
          "link", a.link()); // a venue's online meeting (an added field, SPEC section 10)
    }
    g.writeEndObject();
  }
}
