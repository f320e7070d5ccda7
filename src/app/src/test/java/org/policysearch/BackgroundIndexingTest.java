package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.index.ReportedSkips;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchService;

class BackgroundIndexingTest {
  private static final long PATIENCE_SECONDS = 30;

  @TempDir Path tmp;

  @Test
  void aRunThatFailedIsTriedAgainWithoutWaitingForTheNextChange() throws Exception {
    // The first run after the change meets a full disk, as a cluster that is down would fail it.
    triedAgainAfter(new IOException("No space left on device"));
  }

  @Test
  void aRunThatRanOutOfMemoryIsTriedAgainRatherThanEndingIndexing() throws Exception {
    // An Error ended the indexing thread for good, while health still said ok.
    triedAgainAfter(new OutOfMemoryError("Java heap space"));
  }

  private void triedAgainAfter(Throwable failure) throws Exception {
    Engine engine = Engine.create();
    CorpusOptions folders = new CorpusOptions();
    folders.corpus = Files.createDirectories(tmp.resolve("corpus"));
    folders.index = tmp.resolve("index");
    write(folders.corpus.resolve("a.txt"), "Notes\n\nThe Parties shall cooperate on customs.\n");
    engine.index(folders.corpus, folders.index, Indexer.Progress.NONE);
    IndexRun real = new IndexFolderRun(engine, folders, new ReportedSkips());
    AtomicInteger runs = new AtomicInteger();
    IndexRun failingOnce =
        new IndexRun() {
          @Override
          public IndexSummary run() throws Exception {
            if (runs.incrementAndGet() == 1) {
              if (failure instanceof Error error) {
                throw error;
              }
              throw (Exception) failure;
            }
            return real.run();
          }

          @Override
          public List<Path> writes() {
            return real.writes();
          }
        };

    try (SearchService service = engine.searchService(folders.index);
        BackgroundIndexing indexing =
            BackgroundIndexing.of(folders, true, failingOnce, Duration.ofMillis(300))) {
      indexing.start(false, service);
      write(folders.corpus.resolve("b.txt"), "Notes\n\nZanzibarite mining is liberalised.\n");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
      while (service.search(SearchRequest.of("zanzibarite")).total() == 0) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "b.txt not searchable within " + PATIENCE_SECONDS + " s, after " + runs + " runs");
        }
        Thread.sleep(50);
      }
      assertEquals(2, runs.get(), "the failed run, then its retry; no change in between");
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
