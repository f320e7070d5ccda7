package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results grouped by document on a small corpus whose answers are known. */
class DocumentGroupsTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "alpha.txt",
                "Quantum sensors built with Italy.\n\n"
                    + "Fisheries are not part of it.\n\n"
                    + "Italy funds quantum computing and quantum sensors and quantum networks.\n\n"
                    + "A quantum passage.\n\n"
                    + "The last quantum word of alpha.\n",
                "alpha.txt.meta.json",
                "{\"title\": \"Alpha quantum note\", \"date\": \"2024-03-01\", \"type\": \"news\"}",
                "beta.txt",
                "Korea signs a quantum agreement on quantum research.\n\nKorea also talks about fisheries.\n",
                "beta.txt.meta.json",
                "{\"title\": \"Beta agreement\", \"date\": \"2025-06-01\", \"type\": \"agreement\"}",
                "gamma.txt",
                "Italy and Japan discuss semiconductors.\n\n"
                    + "Quantum appears once in this long paragraph about many other things.\n",
                "gamma.txt.meta.json",
                "{\"title\": \"Gamma talks\", \"date\": \"2023-01-01\", \"type\": \"news\"}",
                "delta.txt",
                "Fisheries only, with Korea.\n",
                "delta.txt.meta.json",
                "{\"title\": \"Delta fisheries\", \"type\": \"report\"}"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult documents(String query, Map<String, List<String>> filters, int page, int size)
      throws IOException {
    return service.search(
        new SearchRequest(
            query,
            filters,
            page,
            size,
            SearchRequest.Sort.RELEVANCE,
            false,
            true,
            SearchRequest.Group.DOCUMENT));
  }

  static SearchResult documents(String query) throws IOException {
    return documents(query, Map.of(), 1, 10);
  }

  static SearchResult passages(String query, Map<String, List<String>> filters) throws IOException {
    return service.search(
        new SearchRequest(query, filters, 1, 10, SearchRequest.Sort.RELEVANCE, false));
  }

  static List<String> ids(SearchResult result) {
    return result.documents().stream().map(DocumentHit::documentId).toList();
  }

  static List<String> passageIds(DocumentHit document) {
    return document.passages().stream().map(Hit::chunkId).toList();
  }

  /** A facet as text: {@code IT=2 JP=1} (a star marks a selected value). */
  static String facet(SearchResult result, String dimension) {
    return FacetsTest.facet(result, dimension);
  }

  @Test
  void oneResultPerDocumentRankedByItsBestPassage() throws IOException {
    SearchResult quantum = documents("quantum");
    assertEquals("document", quantum.group());
    assertEquals(List.of("alpha", "beta", "gamma"), ids(quantum));
    assertEquals(List.of(), quantum.hits());
    // A document scores what its best passage scores.
    for (DocumentHit document : quantum.documents()) {
      assertEquals(document.passages().get(0).score(), document.score(), document.documentId());
    }
  }

  @Test
  void documentsWithAPassageHoldingEveryWordComeFirstAndAreTheOnesFacetsCount() throws IOException {
    SearchResult both = documents("quantum korea");
    assertEquals(4, both.total()); // every document says quantum or Korea
    assertEquals(1, both.allWordsTotal()); // only beta has a passage with both
    assertEquals("beta", ids(both).get(0));
    long counted = both.facets().get("type").stream().mapToLong(FacetValue::count).sum();
    assertEquals(1, counted);
  }

  @Test
  void totalCountsDocumentsNotPassages() throws IOException {
    assertEquals(6, passages("quantum", Map.of()).total());
    assertEquals(3, documents("quantum").total());
    assertEquals(4, documents("").total());
  }

  @Test
  void documentShowsItsBestThreePassagesMarkedWithTheNumberThatMatch() throws IOException {
    DocumentHit alpha = documents("quantum").documents().get(0);
    assertEquals("Alpha quantum note", alpha.title());
    assertEquals("Alpha <mark>quantum</mark> note", alpha.titleHighlighted());
    assertEquals("news", alpha.type());
    assertEquals("2024-03-01", alpha.date());
    assertEquals(List.of(new Label("IT", "Italy")), alpha.countries());
    assertEquals(4, alpha.matchingPassages());
    assertEquals(5, alpha.chunks());
    // Best first; the two equal scores keep the document's order.
    assertEquals(List.of("alpha:2", "alpha:0", "alpha:3"), passageIds(alpha));
    assertEquals(
        "Italy funds <mark>quantum</mark> computing and <mark>quantum</mark> sensors and"
            + " <mark>quantum</mark> networks.",
        alpha.passages().get(0).text());
    assertEquals("/?doc=alpha&chunk=alpha%3A2&q=quantum", alpha.url());
    assertEquals(alpha.passages().get(0).url(), alpha.url());

    DocumentHit beta = documents("quantum").documents().get(1);
    assertEquals(1, beta.matchingPassages());
    assertEquals(List.of("beta:0"), passageIds(beta));
    assertEquals(
        "Korea signs a <mark>quantum</mark> agreement on <mark>quantum</mark> research.",
        beta.passages().get(0).text());
  }

  @Test
  void facetValuesCountDocuments() throws IOException {
    SearchResult quantum = documents("quantum");
    // Alpha's four Italian passages and gamma's make two documents; gamma's Japan is in a chunk
    // without "quantum", and still counts: a document has every value of any of its chunks.
    assertEquals("IT=2 JP=1 KR=1", facet(quantum, "country"));
    assertEquals("quantum=3 semiconductors=1", facet(quantum, "sector"));
    assertEquals("news=2 agreement=1", facet(quantum, "type"));
    assertEquals("2025=1 2024=1 2023=1", facet(quantum, "year"));
    assertEquals("IT=4 KR=1", facet(passages("quantum", Map.of()), "country"));
    assertEquals("IT=2 KR=2 JP=1", facet(documents(""), "country"));
  }

  @Test
  void filtersSelectDocumentsThatHaveTheValueInAnyChunk() throws IOException {
    Map<String, List<String>> japan = Map.of("country", List.of("JP"));
    assertEquals(0, passages("quantum", japan).total());
    SearchResult documents = documents("quantum", japan, 1, 10);
    assertEquals(List.of("gamma"), ids(documents));
    assertEquals(List.of("gamma:1"), passageIds(documents.documents().get(0)));
    // Drill sideways over documents: Italy and Korea keep the counts they would give.
    assertEquals("IT=2 JP=1* KR=1", facet(documents, "country"));
  }

  @Test
  void pagesAreOfDocuments() throws IOException {
    List<String> seen = new java.util.ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      SearchResult one = documents("quantum", Map.of(), page, 1);
      assertEquals(3, one.total());
      assertEquals(1, one.documents().size());
      seen.addAll(ids(one));
    }
    assertEquals(List.of("alpha", "beta", "gamma"), seen);
    assertEquals(List.of(), documents("quantum", Map.of(), 4, 1).documents());
  }

  @Test
  void filtersAloneListDocumentsInIdOrderWithTheirFirstPassages() throws IOException {
    SearchResult news = documents("", Map.of("type", List.of("news")), 1, 10);
    assertEquals(List.of("alpha", "gamma"), ids(news));
    DocumentHit alpha = news.documents().get(0);
    assertEquals(List.of("alpha:0", "alpha:1", "alpha:2"), passageIds(alpha));
    assertEquals(5, alpha.matchingPassages());
    assertEquals("Quantum sensors built with Italy.", alpha.passages().get(0).text());
  }

  @Test
  void dateSortPutsNewestDocumentsFirstAndUndatedLast() throws IOException {
    SearchResult fisheries =
        service.search(
            new SearchRequest(
                "fisheries",
                Map.of(),
                1,
                10,
                SearchRequest.Sort.DATE,
                false,
                true,
                SearchRequest.Group.DOCUMENT));
    assertEquals(List.of("beta", "alpha", "delta"), ids(fisheries));
  }

  @Test
  void relaxedAndSuggestionBehaveAsInThePassagesView() throws IOException {
    // No passage says both, and no title holds either.
    SearchResult documents = documents("semiconductors fisheries");
    SearchResult passages = passages("semiconductors fisheries", Map.of());
    assertTrue(passages.relaxed());
    assertTrue(documents.relaxed());
    // Each document by its best passage with some of the words, as the passages view ranks them.
    assertEquals(passages.hits().stream().map(Hit::documentId).distinct().toList(), ids(documents));
    // The rarer word first: one passage says semiconductors, three say fisheries.
    assertEquals("gamma", ids(documents).get(0));
    assertEquals(4, documents.total());
    SearchResult typo = documents("quantun");
    assertEquals(passages("quantun", Map.of()).correctedQuery(), typo.correctedQuery());
    assertEquals("quantum", typo.correctedQuery());
    assertEquals(List.of("alpha", "beta", "gamma"), ids(typo));
  }

  @Test
  void clausesThatRecordsAlsoHaveStillMatchOnlyChunks() throws IOException {
    // A record has country JP too; inside parentheses the filter is a clause on chunks, and the
    // join sees chunks only.
    SearchResult either = documents("(country:JP OR fisheries)");
    assertEquals(
        java.util.Set.of("delta", "alpha", "beta", "gamma"), java.util.Set.copyOf(ids(either)));
    DocumentHit gamma =
        either.documents().stream()
            .filter(d -> d.documentId().equals("gamma"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("gamma:0"), passageIds(gamma));
    SearchResult without = documents("-quantum");
    assertEquals(List.of("alpha", "beta", "delta", "gamma"), ids(without));
    assertEquals(List.of("alpha:1"), passageIds(without.documents().get(0)));
  }

  @Test
  void explainExplainsEachPassage() throws IOException {
    SearchResult explained =
        service.search(
            new SearchRequest(
                "quantum",
                Map.of(),
                1,
                10,
                SearchRequest.Sort.RELEVANCE,
                true,
                true,
                SearchRequest.Group.DOCUMENT));
    for (DocumentHit document : explained.documents()) {
      document.passages().forEach(p -> assertTrue(p.explanation().contains("weight(")));
    }
  }

  @Test
  void passagesStayTheDefault() throws IOException {
    SearchResult quantum = service.search(SearchRequest.of("quantum"));
    assertEquals(SearchRequest.Group.PASSAGES, SearchRequest.of("quantum").group());
    assertEquals("passages", quantum.group());
    assertNull(quantum.documents());
    assertEquals(6, quantum.hits().size());
  }
}
