package dev.cluster.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cluster.model.Diagnostic;
import dev.cluster.pairing.Pairings;
import dev.cluster.pairing.Peer;
import dev.cluster.pairing.ReviewRound;
import dev.cluster.pairing.ReviewTeam;
import dev.cluster.pairing.Score;
import java.io.IOException;

/**
 * {@code pairings --format json} in SPEC section 6's shape; {@code bound} only on a round that is
 * not proven optimal. With {@code explain}, each team also carries an {@code explanation} string.
 */
public final class PairingsJson {
  private PairingsJson() {}

  public static String render(Pairings pairings, boolean explain) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("rounds");
          for (ReviewRound round : pairings.rounds()) {
            round(g, round, explain);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("warnings");
          for (Diagnostic d : pairings.warnings()) {
            g.writeString(d.message());
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void round(JsonGenerator g, ReviewRound round, boolean explain)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("programme", round.programme().id());
    g.writeStringField("year", round.year());
    g.writeNumberField("round", round.round());
    g.writeArrayFieldStart("teams");
    for (int i = 0; i < round.teams().size(); i++) {
      ReviewTeam team = round.teams().get(i);
      g.writeStartObject();
      g.writeStringField("school", team.school().id());
      g.writeStringField("lead", team.lead() == null ? null : team.lead().name());
      g.writeStringField("external", team.external());
      g.writeArrayFieldStart("peers");
      for (Peer peer : team.peers()) {
        g.writeStartObject();
        g.writeStringField("person", peer.person().name());
        g.writeStringField("school", peer.school().id());
        g.writeArrayFieldStart("matches");
        for (String m : peer.matches()) {
          g.writeString(m);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (round.programme().visit() != null) {
        // SPEC section 11: the visit's days, or null when no day met the rules
        if (team.visit() == null) {
          g.writeNullField("visit");
        } else {
          g.writeArrayFieldStart("visit");
          for (java.time.LocalDate d : team.visit()) {
            g.writeString(d.toString());
          }
          g.writeEndArray();
        }
      }
      if (explain && i < round.explanations().size()) {
        g.writeStringField("explanation", round.explanations().get(i));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("score");
    score(g, round.score());
    g.writeBooleanField("optimal", round.optimal());
    if (!round.optimal() && round.bound() != null) {
      g.writeFieldName("bound");
      score(g, round.bound());
    }
    g.writeEndObject();
  }

  private static void score(JsonGenerator g, Score s) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("repeats");
    for (int r : s.repeats()) {
      g.writeNumber(r);
    }
    g.writeEndArray();
    g.writeNumberField("reciprocal", s.reciprocal());
    g.writeNumberField("matches", s.matches());
    g.writeNumberField("max-load", s.maxLoad());
    g.writeEndObject();
  }
}
