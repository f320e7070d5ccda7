package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;

/** Results that score alike come in a stable order a reader can follow: by document, then place. */
class EqualScoresTest {
  private static final String SAME_TEXT =
      "Fisheries\n\nThe Parties shall cooperate on sustainable fisheries management.\n";

  @TempDir Path dir;

  @Test
  void passagesScoringAlikeComeInDocumentIdOrderWhateverOrderTheyWereIndexedIn()
      throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    // Indexed in two runs, so the later documents sit after the earlier ones inside the index.
    TestIndexes.write(corpus, Map.of("delta.txt", SAME_TEXT, "charlie.txt", SAME_TEXT));
    TestIndexes.index(corpus, index);
    TestIndexes.write(corpus, Map.of("bravo.txt", SAME_TEXT, "alpha.txt", SAME_TEXT));
    TestIndexes.index(corpus, index);
    try (SearchService service = Engine.create().searchService(index)) {
      SearchResult result = service.search(SearchRequest.of("cooperate fisheries"));
      List<String> documents =
          result.hits().stream().filter(Hit::allWords).map(Hit::documentId).toList();
      assertEquals(List.of("alpha", "bravo", "charlie", "delta"), documents);
      List<Float> scores = result.hits().stream().filter(Hit::allWords).map(Hit::score).toList();
      assertEquals(1, scores.stream().distinct().count(), "the four passages score alike");
    }
  }

  @Test
  void passagesScoringAlikeAcrossAPageEndArePagedInDocumentIdOrder() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    // Seven alike passages, pages of three: the third and fourth score alike, across a page end.
    Map<String, String> files = new java.util.TreeMap<>();
    for (String name : List.of("golf", "echo", "alpha", "foxtrot", "charlie", "delta", "bravo")) {
      files.put(name + ".txt", SAME_TEXT);
    }
    TestIndexes.write(corpus, files);
    TestIndexes.index(corpus, index);
    try (SearchService service = Engine.create().searchService(index)) {
      List<String> paged = new java.util.ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        SearchResult result =
            service.search(
                new SearchRequest(
                    "cooperate fisheries", Map.of(), page, 3, SearchRequest.Sort.RELEVANCE, false));
        result.hits().stream().filter(Hit::allWords).map(Hit::documentId).forEach(paged::add);
      }
      assertEquals(List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"), paged);
    }
  }

  @Test
  void passagesScoringAlikeBeyondTheRankedWindowStillComeInDocumentIdOrder() throws IOException {
    // More alike passages than the best 1,000 that are ranked again: which of them are kept must
    // not depend on where their documents sit in the index.
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    Map<String, String> first = new TreeMap<>();
    Map<String, String> rest = new TreeMap<>();
    for (int i = 0; i < 1_100; i++) {
      (i < 100 ? first : rest).put(String.format(Locale.ROOT, "d%04d.txt", i), SAME_TEXT);
    }
    // The documents first by id are written last, after the 1,000 others.
    TestIndexes.write(corpus, rest);
    TestIndexes.index(corpus, index);
    TestIndexes.write(corpus, first);
    TestIndexes.index(corpus, index);
    try (SearchService service = Engine.create().searchService(index)) {
      SearchResult result = service.search(SearchRequest.of("cooperate fisheries"));
      List<String> documents =
          result.hits().stream().filter(Hit::allWords).map(Hit::documentId).toList();
      assertEquals(
          List.of(
              "d0000", "d0001", "d0002", "d0003", "d0004", "d0005", "d0006", "d0007", "d0008",
              "d0009"),
          documents);
      assertEquals(1_100, result.allWordsTotal());
    }
  }
}
