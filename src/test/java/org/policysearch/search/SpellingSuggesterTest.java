package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;

/** "Did you mean" on the seed corpus, as the API returns it in {@code suggestion}. */
class SpellingSuggesterTest {
  @TempDir static Path indexDir;
  private static SearchService service;

  @BeforeAll
  static void indexSeedCorpus() throws IOException {
    Engine engine = Engine.create();
    engine.index(Path.of("corpus"), indexDir, Indexer.Progress.NONE);
    service = engine.searchService(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static String suggestion(String query) throws IOException {
    return service.search(SearchRequest.of(query)).suggestion();
  }

  @Test
  void misspeltWordIsCorrectedToIndexedWord() throws IOException {
    assertEquals("semiconductor", suggestion("semiconductr"));
    assertEquals("quantum", suggestion("quantom"));
  }

  @Test
  void correctedNameKeepsTheUsersCapitals() throws IOException {
    assertEquals("Giorgia Meloni", suggestion("Giorgia Melone"));
  }

  @Test
  void everyMisspeltWordOfAPhraseIsCorrected() throws IOException {
    assertEquals("artificial intelligence", suggestion("artifical inteligence"));
  }

  @Test
  void operatorsAndFiltersStayAsTyped() throws IOException {
    assertEquals("quantum OR samsung country:KR", suggestion("quantom OR samsng country:KR"));
  }

  @Test
  void queryThatFindsEnoughHasNoSuggestion() throws IOException {
    assertNull(suggestion("quantum"));
  }

  @Test
  void wordUnlikeAnyIndexedWordHasNoSuggestion() throws IOException {
    assertNull(suggestion("xylophone"));
  }
}
