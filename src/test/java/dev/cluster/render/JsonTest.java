package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void anEmptyArrayDoesNotShiftTheIndentationOfWhatFollows() {
    String json =
        Json.write(
            g -> {
              g.writeStartArray();
              for (int i = 0; i < 2; i++) {
                g.writeStartObject();
                g.writeArrayFieldStart("notes");
                g.writeEndArray();
                g.writeObjectFieldStart("none");
                g.writeEndObject();
                g.writeEndObject();
              }
              g.writeEndArray();
            });
    assertThat(json)
        .isEqualTo(
            """
        [
          {
            "notes": [],
            "none": {}
          },
          {
            "notes": [],
            "none": {}
          }
        ]
        """);
  }
}
