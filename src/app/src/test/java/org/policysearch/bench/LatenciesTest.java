package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankPerKeyAndOverall() {
    Latencies latencies = new Latencies();
    for (int ms = 1; ms <= 100; ms++) {
      latencies.add(ms % 2 == 0 ? "even" : "odd", ms);
    }
    assertEquals(new Latencies.Summary(100, 50, 90, 99, 100), latencies.overall());
    assertEquals(new Latencies.Summary(50, 50, 90, 100, 100), latencies.summary("even"));
    assertEquals(java.util.List.of("odd", "even"), latencies.keys());
  }

  @Test
  void noTimingsSummariseToZeros() {
    assertEquals(new Latencies.Summary(0, 0, 0, 0, 0), new Latencies().summary("words"));
  }
}
