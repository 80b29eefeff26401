package dev.cluster.pairing;

import dev.cluster.render.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() {
    var p = Fixtures.four(Fixtures.lastYear());
    var pairings = new PairingPlanner(p).plan(null, p.year("2026-27").orElseThrow(), null);
    System.out.println(PairingsMarkdown.render(p, pairings, true));
    System.out.println(PairingsJson.render(pairings, false));
    System.out.println(PairingsCsv.render(pairings));
  }
}
