package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code bench} on the seed corpus: the figures it reports, and the options it refuses. */
class BenchCommandTest {

  @Test
  void laterIndexingRunsCompareBothSidesWithTheJitWarm() {
    CommandOutput run =
        CommandOutput.run("bench", "--corpus", "corpus", "--rounds", "1", "--index-rounds", "3");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("later runs:            2 of each, alternated"), run.out());
    Matcher warm =
        Pattern.compile("policy-search / raw: +([0-9.]+) x raw's chunks/s with the JIT warm")
            .matcher(run.out());
    assertTrue(warm.find(), run.out());
    assertTrue(Double.parseDouble(warm.group(1)) > 0, run.out());
  }

  @Test
  void oneIndexingRunReportsNoLaterRuns() {
    CommandOutput run = CommandOutput.run("bench", "--corpus", "corpus", "--rounds", "1");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("policy-search / raw:"), run.out());
    assertFalse(run.out().contains("later runs:"), run.out());
  }

  @Test
  void noIndexingRunIsRefused() {
    CommandOutput run =
        CommandOutput.run("bench", "--corpus", "corpus", "--rounds", "1", "--index-rounds", "0");

    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("--index-rounds must be 1 or more"), run.err());
  }
}
