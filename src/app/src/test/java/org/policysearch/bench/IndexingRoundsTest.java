package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexing runs with the JIT warm are compared round by round, so the machine's drift cancels. */
class IndexingRoundsTest {

  @Test
  void theRatioIsTheMedianOfEachRoundsOwnRatioNotTheRatioOfTheMedians() {
    // Per round, raw / ours: 0.10, 0.20, 0.15; the ratio of the medians would be 2.0 / 20 = 0.10.
    IndexingRounds rounds =
        new IndexingRounds(
            List.of(
                new IndexingRounds.Run(20, 38, 2.0),
                new IndexingRounds.Run(10, 19, 2.0),
                new IndexingRounds.Run(30, 57, 4.5)));

    assertEquals(0.15, rounds.medianRatio(), 1e-9);
    assertEquals(0.10, rounds.lowestRatio(), 1e-9);
    assertEquals(0.20, rounds.highestRatio(), 1e-9);
    assertEquals(20, rounds.medianSeconds(), 1e-9);
    assertEquals(38, rounds.medianCpuSeconds(), 1e-9);
    assertEquals(2.0, rounds.medianRawSeconds(), 1e-9);
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMiddleTwo() {
    IndexingRounds rounds =
        new IndexingRounds(
            List.of(new IndexingRounds.Run(10, 20, 1.0), new IndexingRounds.Run(20, 40, 3.0)));

    assertEquals(15, rounds.medianSeconds(), 1e-9);
    assertEquals((0.10 + 0.15) / 2, rounds.medianRatio(), 1e-9);
  }
}
