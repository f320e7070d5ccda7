package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One service answering many searches at once, and seeing a new index commit without restart. */
class ConcurrentSearchTest {
  private static final List<String> QUERIES =
      List.of(
          "\"supply chain\"",
          "quantum OR pharmaceutical supply",
          "artificial intelligence -\"AI\"",
          "(space OR quantum) korea",
          "Meloni quantum",
          "semicond* country:IT",
          "title:prosperity innovation",
          "MOU");

  @Test
  void manySearchesAtOnceGiveTheSameAnswersAsOneAtATime(@TempDir Path dir) throws Exception {
    try (SearchService service = TestIndexes.seed(dir)) {
      Map<String, List<String>> expected = new HashMap<>();
      for (String q : QUERIES) {
        expected.put(q, answer(service, q));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int offset = t;
          Callable<Integer> searches =
              () -> {
                for (int i = 0; i < 25; i++) {
                  String q = QUERIES.get((offset + i) % QUERIES.size());
                  assertEquals(expected.get(q), answer(service, q), q);
                }
                return 25;
              };
          threads.add(pool.submit(searches));
        }
        int done = 0;
        for (Future<Integer> thread : threads) {
          done += thread.get();
        }
        assertEquals(200, done);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static List<String> answer(SearchService service, String q) throws IOException {
    SearchResult result =
        service.search(new SearchRequest(q, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE, false));
    List<String> answer = new ArrayList<>(TestIndexes.ids(result));
    answer.add("total=" + result.total() + " relaxed=" + result.relaxed());
    return answer;
  }

  @Test
  void newIndexCommitIsSeenAfterRefresh(@TempDir Path dir) throws IOException {
    Path corpus =
        TestIndexes.write(
            dir.resolve("corpus"),
            Map.of("first.txt", "First notes\n\nA quantum sensor for navigation.\n"));
    Path index = dir.resolve("index");
    TestIndexes.index(corpus, index);
    try (SearchService service = org.policysearch.Engine.create().searchService(index)) {
      assertEquals(1, service.search(SearchRequest.of("quantum")).total());
      assertEquals(0, service.search(SearchRequest.of("lithium")).total());

      Files.writeString(
          corpus.resolve("second.txt"), "Second notes\n\nLithium and quantum materials.\n");
      TestIndexes.index(corpus, index);
      // What the background refresh does within a second, done now.
      service.refresh();

      assertEquals(2, service.search(SearchRequest.of("quantum")).total());
      assertEquals(
          List.of("second"),
          service.search(SearchRequest.of("lithium")).hits().stream()
              .map(Hit::documentId)
              .toList());
      assertEquals(2, service.stats().documents());
      assertTrue(service.document("second", null).isPresent());
    }
  }
}
