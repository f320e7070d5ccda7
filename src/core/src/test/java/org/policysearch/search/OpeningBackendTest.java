package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.search.lucene.LuceneBackend;

/**
 * A search that arrives while the index is still opening waits for it and is answered; an index
 * that cannot be opened fails every search with the reason.
 */
class OpeningBackendTest {
  @TempDir Path dir;

  @Test
  void aSearchWhileTheIndexOpensWaitsAndIsAnswered() throws Exception {
    Path corpus =
        TestIndexes.write(
            dir.resolve("corpus"),
            Map.of("fish.txt", "Fisheries\n\nThe Parties shall cooperate on fisheries.\n"));
    Path index = dir.resolve("index");
    TestIndexes.index(corpus, index);
    Engine engine = Engine.create();
    CountDownLatch mayOpen = new CountDownLatch(1);
    OpeningBackend opening =
        OpeningBackend.start(
            () -> {
              try {
                mayOpen.await();
              } catch (InterruptedException e) {
                throw new IOException(e);
              }
              return new LuceneBackend(index, engine.labels());
            },
            "test-open");
    ExecutorService requests = Executors.newSingleThreadExecutor();
    try (SearchService service = new SearchService(opening, engine.labels())) {
      Future<SearchResult> early =
          requests.submit(() -> service.search(SearchRequest.of("fisheries")));
      Thread.sleep(100);
      assertFalse(early.isDone(), "answered before the index was open");
      mayOpen.countDown();
      SearchResult result = early.get(30, TimeUnit.SECONDS);
      assertEquals(
          java.util.List.of("fish"),
          result.hits().stream().map(Hit::documentId).distinct().toList());
      assertEquals("lucene", service.engine());
    } finally {
      requests.shutdownNow();
    }
  }

  @Test
  void anIndexThatCannotOpenFailsEverySearchWithItsReason() throws Exception {
    Path notAnIndex = Files.createDirectories(dir.resolve("empty"));
    Engine engine = Engine.create();
    OpeningBackend opening =
        OpeningBackend.start(() -> new LuceneBackend(notAnIndex, engine.labels()), "test-open");
    try (SearchService service = new SearchService(opening, engine.labels())) {
      IOException first =
          assertThrows(IOException.class, () -> service.search(SearchRequest.of("fisheries")));
      IOException again = assertThrows(IOException.class, service::stats);
      assertEquals(first.getClass(), again.getClass());
      assertTrue(
          first.getMessage().contains(notAnIndex.getFileName().toString()), first.getMessage());
    }
  }
}
