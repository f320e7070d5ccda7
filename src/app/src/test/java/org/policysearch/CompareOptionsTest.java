package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The comparison's warm-up lasts as long as a measured load unless it is given its own length. */
class CompareOptionsTest {
  private static CompareOptions parsed(String... args) {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs(args);
    return bench.comparison;
  }

  @Test
  void warmUpLastsAsLongAsOneLoadUnlessGiven() {
    assertEquals(7, parsed("--corpus", "c", "--seconds", "7").warmUpSeconds());
    assertEquals(60, parsed("--corpus", "c", "--seconds", "7", "--warm-up", "60").warmUpSeconds());
  }

  @Test
  void cloudWithoutTheClustersAddressIsRefusedBeforeIndexing() {
    CommandOutput run = CommandOutput.run("bench", "--corpus", "corpus", "--compare", "raw,cloud");

    assertEquals(1, run.exitCode(), run.out());
    assertEquals(
        "--compare cloud needs --cloud http://host:8983/solr (a node of the cluster)",
        run.err().strip());
    assertEquals("", run.out()); // no bench figures: nothing was indexed
  }
}
