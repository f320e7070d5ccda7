package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} follows the corpus folder while it runs: files added, changed, deleted or renamed,
 * also in folders made after it started, are searchable (or gone) without a restart.
 */
class ServeFollowsCorpusTest {
  /** How long a test waits for the server to show a change; a bound, not an expected time. */
  private static final long PATIENCE_SECONDS = 20;

  @TempDir Path tmp;
  private Path corpus;
  private Path index;

  @BeforeEach
  void aCorpusOfOneDocument() throws Exception {
    corpus = tmp.resolve("corpus");
    index = tmp.resolve("index");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("fisheries.txt"), "Fisheries\n\nThe Parties manage stocks.\n");
  }

  @Test
  void aFileDroppedInWhileServingBecomesSearchable() throws Exception {
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      assertEquals(0, server.total("zanzibar"));

      Files.writeString(
          corpus.resolve("islands.txt"), "Islands\n\nZanzibar joins the programme.\n");

      awaitTrue(() -> server.total("zanzibar") == 1, server);
      assertEquals(List.of("fisheries", "islands"), server.documents());
      assertEquals(1, server.total("stocks"));
    }
  }

  @Test
  void aChangedFileIsFoundByItsNewWordsAndNoLongerByItsOld() throws Exception {
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      assertEquals(1, server.total("stocks"));

      Files.writeString(
          corpus.resolve("fisheries.txt"), "Fisheries\n\nThe Parties ban trawling.\n");

      awaitTrue(() -> server.total("trawling") == 1, server);
      assertEquals(0, server.total("stocks"));
      assertEquals(List.of("fisheries"), server.documents());
    }
  }

  @Test
  void aDeletedFileLeavesTheDocumentListAndTheSearch() throws Exception {
    Files.writeString(corpus.resolve("islands.txt"), "Islands\n\nZanzibar joins the programme.\n");
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      assertEquals(List.of("fisheries", "islands"), server.documents());

      Files.delete(corpus.resolve("islands.txt"));

      awaitTrue(() -> server.documents().equals(List.of("fisheries")), server);
      assertEquals(0, server.total("zanzibar"));
      assertEquals(1, server.total("stocks"));
    }
  }

  @Test
  void aRenamedFileIsServedUnderItsNewName() throws Exception {
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      Files.move(corpus.resolve("fisheries.txt"), corpus.resolve("stocks.txt"));

      awaitTrue(() -> server.documents().equals(List.of("stocks")), server);
      assertEquals(1, server.total("stocks"));
    }
  }

  @Test
  void aFileInAFolderMadeWhileServingIsFound() throws Exception {
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      Path folder = Files.createDirectories(corpus.resolve("2025/pacific"));
      // Written after the folder was seen, so that only a watch on the new folder sees it.
      awaitTrue(() -> server.output().lines().filter(l -> l.startsWith("Indexed ")).count() >= 2);
      Files.writeString(folder.resolve("tuna.txt"), "Tuna\n\nThe Parties count skipjack.\n");

      awaitTrue(() -> server.total("skipjack") == 1, server);
      assertEquals(List.of("2025-pacific-tuna", "fisheries"), server.documents());
    }
  }

  @Test
  void aMalformedFileDroppedInIsSkippedAndTheRestIndexed() throws Exception {
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      Files.write(
          corpus.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.UTF_8));
      Files.writeString(
          corpus.resolve("islands.txt"), "Islands\n\nZanzibar joins the programme.\n");

      awaitTrue(() -> server.total("zanzibar") == 1, server);
      assertEquals(List.of("fisheries", "islands"), server.documents());
      assertTrue(server.output().contains("  broken.pdf: "), server.output());
      assertFalse(server.log().contains("Exception"), server.log());
    }
  }

  @Test
  void aSkippedFileIsNamedOnceWhileItStaysAsItIsAndAgainWhenItChanges() throws Exception {
    Path broken = corpus.resolve("broken.pdf");
    Files.write(broken, "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.UTF_8));
    try (ServeProcess server = ServeProcess.start(corpus, index, tmp.resolve("logs"))) {
      Files.writeString(
          corpus.resolve("islands.txt"), "Islands\n\nZanzibar joins the programme.\n");
      // The run's summary is printed once it has committed, and the commit is searched soon after.
      awaitTrue(
          () -> occurrences(server.output(), "Indexed ") == 2 && server.total("zanzibar") == 1,
          server);
      assertEquals(1, occurrences(server.output(), "  broken.pdf: "), server.output());

      Files.write(broken, "%PDF-1.7\n2 0 obj <<".getBytes(StandardCharsets.UTF_8));
      awaitTrue(() -> occurrences(server.output(), "  broken.pdf: ") == 2, server);
      assertEquals(2, occurrences(server.log(), "skipped broken.pdf"), server.log());
    }
  }

  private static long occurrences(String text, String part) {
    return text.lines().filter(line -> line.contains(part)).count();
  }

  private static void awaitTrue(Callable<Boolean> condition, ServeProcess server) throws Exception {
    try {
      awaitTrue(condition);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; output:\n" + server.output() + server.log(), e);
    }
  }

  /** Polls {@code condition} until it holds, failing after {@link #PATIENCE_SECONDS}. */
  private static void awaitTrue(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not seen within " + PATIENCE_SECONDS + " s");
      }
      Thread.sleep(200);
    }
  }
}
