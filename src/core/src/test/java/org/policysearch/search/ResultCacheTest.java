package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;

/** Answers given again to repeated searches: the same answer, never another request's. */
class ResultCacheTest {
  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void indexSeeds() throws IOException {
    index = dir.resolve("index");
    TestIndexes.index(TestIndexes.SEED_CORPUS, index);
  }

  @Test
  void aRepeatedSearchIsAnsweredAsASearchWithoutCacheAnswersIt() throws IOException {
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("supply chain"),
            SearchRequest.of("\"critical minerals\" korea"),
            SearchRequest.of("semiconductors").withFilter("country", List.of("IT")),
            SearchRequest.of("quantum").withGroup(SearchRequest.Group.DOCUMENT),
            SearchRequest.of("artifical inteligence"));
    try (SearchService cached = Engine.create().searchService(index, new ResultCache(4));
        SearchService searched = Engine.create().searchService(index, ResultCache.NONE)) {
      for (SearchRequest request : requests) {
        SearchResult first = cached.search(request);
        SearchResult again = cached.search(request);
        SearchResult fresh = searched.search(request);
        assertEquals(answer(fresh), answer(first), request.query());
        assertEquals(answer(fresh), answer(again), request.query());
      }
    }
  }

  @Test
  void requestsThatDifferOnlyInAFilterOrPageGetTheirOwnAnswers() throws IOException {
    try (SearchService service = Engine.create().searchService(index, new ResultCache(4))) {
      SearchResult all = service.search(SearchRequest.of("cooperation"));
      SearchResult italy =
          service.search(SearchRequest.of("cooperation").withFilter("country", List.of("IT")));
      SearchResult second = service.search(SearchRequest.of("cooperation").withPage(2, 10));
      assertNotEquals(all.total(), italy.total());
      assertNotEquals(TestIndexes.ids(all), TestIndexes.ids(second));
      assertEquals(
          TestIndexes.ids(italy),
          TestIndexes.ids(
              service.search(
                  SearchRequest.of("cooperation").withFilter("country", List.of("IT")))));
    }
  }

  @Test
  void theDefaultCacheLeavesASmallHeapMostOfItsRoom() {
    assertEquals(4, ResultCache.defaultMegabytes(64L << 20));
    assertEquals(16, ResultCache.defaultMegabytes(256L << 20));
    assertEquals(16, ResultCache.defaultMegabytes(8L << 30));
  }

  @Test
  void aCacheOfNegativeSizeIsRefusedWithItsSize() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1));
    assertEquals("A result cache's size cannot be negative: -1", refused.getMessage());
  }

  /** Everything a reader sees of an answer but the time it took. */
  private static String answer(SearchResult result) {
    return result.took(0).toString();
  }
}
