package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phrase that finds nothing on the seed corpus, and its words without the quotes, as the API
 * offers them in {@code unquoted}.
 */
class PhraseWithoutQuotesTest {
  @TempDir static Path dir;
  private static SearchService service;

  @BeforeAll
  static void indexSeedCorpus() throws IOException {
    service = TestIndexes.seed(dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void theQuotesOfAPhraseAskedForComeOffTheRestStaysAsTyped() {
    assertEquals(
        Optional.of("critical minerals korea"),
        UserQueryParser.withoutQuotes("\"critical minerals\" korea"));
    assertEquals(
        Optional.of("(quantum computing OR chips) country:\"South Korea\""),
        UserQueryParser.withoutQuotes("(\"quantum computing\" OR chips) country:\"South Korea\""));
  }

  @Test
  void anExcludedPhraseKeepsItsQuotes() {
    // Taking them off would exclude every passage saying either word.
    assertEquals(Optional.empty(), UserQueryParser.withoutQuotes("quantum -\"supply chain\""));
    assertEquals(Optional.empty(), UserQueryParser.withoutQuotes("quantum NOT \"supply chain\""));
    assertEquals(Optional.empty(), UserQueryParser.withoutQuotes("quantum -(\"supply chain\" ai)"));
    assertEquals(
        Optional.empty(), UserQueryParser.withoutQuotes("country:\"South Korea\" quantum"));
    assertEquals(
        Optional.of("semiconductor supply chain -\"export controls\""),
        UserQueryParser.withoutQuotes("\"semiconductor supply chain\" -\"export controls\""));
  }

  @Test
  void aPhraseThatFindsNothingOffersItsWordsWithTheirCount() throws IOException {
    // Both words are in the corpus, never next to each other in this order ("essential to
    // semiconductors … resilient supply chains").
    SearchResult phrase = service.search(SearchRequest.of("\"semiconductor supply\""));
    assertEquals(0, phrase.total());
    SearchResult.Unquoted unquoted = phrase.unquoted();
    assertNotNull(unquoted);
    assertEquals("semiconductor supply", unquoted.query());
    SearchResult words = service.search(SearchRequest.of("semiconductor supply"));
    assertEquals(words.total(), unquoted.total());
    assertEquals(words.allWordsTotal(), unquoted.allWordsTotal());
    assertTrue(unquoted.allWordsTotal() > 0, "some passage holds both words apart");
  }

  @Test
  void theWordsAreCountedWithinTheSameFilters() throws IOException {
    SearchResult phrase = service.search(SearchRequest.of("\"semiconductor supply\" country:US"));
    SearchResult words = service.search(SearchRequest.of("semiconductor supply country:US"));
    assertEquals(words.total(), phrase.unquoted().total());
    assertTrue(
        words.total() < service.search(SearchRequest.of("semiconductor supply")).total(),
        "the filter narrows the count");
  }

  @Test
  void aPhraseWhoseWordsApartWouldBeTooComplexAQueryIsStillAnswered() throws IOException {
    // In a phrase a hyphen is punctuation; apart, each "-w" excludes a word: more clauses than a
    // query may have.
    StringBuilder words = new StringBuilder("semiconductor supply");
    for (int i = 0; i <= UserQueryParser.MAX_CLAUSES; i++) {
      words.append(" -w").append(i);
    }
    SearchResult phrase = service.search(SearchRequest.of("\"" + words + "\""));
    assertEquals(0, phrase.total());
    assertNull(phrase.unquoted());
  }

  @Test
  void nothingIsOfferedWhereThePhraseFindsSomethingOrTheWordsFindNothing() throws IOException {
    assertNull(service.search(SearchRequest.of("\"supply chain resilience\"")).unquoted());
    assertNull(service.search(SearchRequest.of("\"zyxwv qwxz\"")).unquoted());
    assertNull(service.search(SearchRequest.of("zyxwv")).unquoted());
  }
}
