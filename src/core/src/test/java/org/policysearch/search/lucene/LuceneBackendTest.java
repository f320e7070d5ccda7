package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/**
 * The Lucene backend's readers: a new commit is searched after a refresh (told, or in the
 * background), never because a request came, and what belongs to a reader is built once per commit.
 */
class LuceneBackendTest {
  private static final Duration NEVER = Duration.ofHours(1);

  @TempDir Path dir;
  Path corpus;
  Path index;
  FacetLabels labels = Engine.create().labels();

  @BeforeEach
  void indexOneDocument() throws IOException {
    corpus =
        TestIndexes.write(
            dir.resolve("corpus"),
            Map.of("first.txt", "First notes\n\nA quantum sensor for navigation.\n"));
    index = dir.resolve("index");
    TestIndexes.index(corpus, index);
  }

  @Test
  void newCommitIsSearchedOnlyAfterRefresh() throws IOException {
    try (SearchService service =
        new SearchService(new LuceneBackend(index, labels, NEVER), labels)) {
      addLithiumNotes();

      // No request opens the new commit: the reader stays the one of the last refresh.
      assertEquals(0, lithium(service));
      assertEquals(1, service.stats().documents());

      service.refresh();
      assertEquals(1, lithium(service));
      assertEquals(2, service.stats().documents());
    }
  }

  @Test
  void backgroundRefreshOpensNewCommit() throws IOException, InterruptedException {
    try (SearchService service =
        new SearchService(new LuceneBackend(index, labels, Duration.ofMillis(20)), labels)) {
      addLithiumNotes();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (lithium(service) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(1, lithium(service));
    }
  }

  @Test
  void readerStateIsBuiltOncePerCommit() throws IOException {
    LuceneBackend backend = new LuceneBackend(index, labels, NEVER);
    try (SearchService service = new SearchService(backend, labels)) {
      assertEquals(1, backend.statesBuilt()); // built as the service opened, before any request
      for (int i = 0; i < 20; i++) {
        service.search(SearchRequest.of("quantum"));
        service.facets();
        service.documents();
        service.stats();
        service.acronyms();
      }
      service.refresh(); // no new commit: the reader and its state stay
      assertEquals(1, backend.statesBuilt());

      addLithiumNotes();
      service.refresh();
      assertEquals(2, backend.statesBuilt());
      assertEquals(
          List.of("first", "second"),
          service.documents().stream().map(DocumentSummary::id).toList());
      for (int i = 0; i < 20; i++) {
        service.facets();
      }
      assertEquals(2, backend.statesBuilt());
    }
  }

  @Test
  void closingStopsTheRefreshThread() throws IOException {
    new SearchService(new LuceneBackend(index, labels, Duration.ofMillis(20)), labels).close();
    String name = "index-refresh " + index.getFileName();
    assertTrue(
        Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(name)));
  }

  private void addLithiumNotes() throws IOException {
    Files.writeString(
        corpus.resolve("second.txt"), "Second notes\n\nLithium and quantum materials.\n");
    TestIndexes.index(corpus, index);
  }

  private static long lithium(SearchService service) throws IOException {
    return service.search(SearchRequest.of("lithium")).total();
  }
}
