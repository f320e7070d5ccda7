package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;

class ServeProbeTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void index() throws Exception {
    index = tmp.resolve("index");
    Engine.create().index(Path.of("corpus"), index, Indexer.Progress.NONE);
  }

  @Test
  void serveStartedInItsOwnJvmAnswersAndIsLoadedWithoutError() throws Exception {
    ServeProbe.Outcome outcome =
        new ServeProbe()
            .run(index, 128, List.of(BenchQuery.of("words", "quantum")), 2, Duration.ofSeconds(1));

    assertTrue(outcome.firstAnswerSeconds() > 0, "" + outcome.firstAnswerSeconds());
    assertTrue(outcome.load().sortedMillis().length > 0, "the load was answered");
    assertEquals(0, outcome.load().errors());
    assertTrue(outcome.clean());
  }

  @Test
  void aHeapTooSmallToStartIsReportedAsNoAnswer() throws Exception {
    ServeProbe.Outcome outcome =
        new ServeProbe()
            .run(index, 2, List.of(BenchQuery.of("words", "quantum")), 1, Duration.ofSeconds(1));

    assertTrue(Double.isNaN(outcome.firstAnswerSeconds()));
    assertTrue(!outcome.clean());
  }
}
