package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's training run for class data sharing serves the seeds, is answered everything the page
 * asks at start, and leaves nothing behind.
 */
class WarmUpCommandTest {
  @TempDir Path dir;

  @Test
  void servesTheSeedsAnswersThePagesFirstRequestsAndLeavesNothingBehind() throws IOException {
    long before = scratchFolders();

    CommandOutput run = CommandOutput.run("warm-up", "--corpus", "corpus");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(before, scratchFolders());
  }

  @Test
  void failsWithoutACorpusAndLeavesNothingBehind() throws IOException {
    long before = scratchFolders();

    CommandOutput run =
        CommandOutput.run("warm-up", "--corpus", dir.resolve("no-such-folder").toString());

    assertNotEquals(0, run.exitCode());
    assertEquals(before, scratchFolders());
  }

  private static long scratchFolders() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("policy-search-warm-up"))
          .count();
    }
  }
}
