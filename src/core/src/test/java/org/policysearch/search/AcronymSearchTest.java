package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.acronyms.AcronymTable;

/** Acronyms a document defines find their expansion in every document, and the other way. */
class AcronymSearchTest {
  private static final String CHARTER =
      """
      Research Charter

      The National Science Foundation (NSF) supports basic research at universities.

      The Energy Union (EU) observes the hearings.
      """;

  private static final String BUDGET =
      """
      Budget Note

      Funding from the National Science Foundation is renewed each year.

      The Energy Union published a report on the hearings.
      """;

  private static final String REVIEW =
      """
      Review Note

      The NSF reviews every proposal within ninety days.
      """;

  @TempDir Path dir;

  private static List<String> ids(SearchService service, String query) throws IOException {
    return TestIndexes.idsWithEveryWord(service.search(SearchRequest.of(query)));
  }

  /** The chunks the corpus-wide type facet counts (every chunk has one type). */
  private static long countedChunks(SearchService service) throws IOException {
    return service.facets().get("type").stream().mapToLong(FacetValue::count).sum();
  }

  private SearchService corpus(Map<String, String> files) throws IOException {
    return TestIndexes.ofFiles(dir, files);
  }

  @Test
  void acronymFindsItsExpansionInAnotherDocument() throws IOException {
    try (SearchService service =
        corpus(Map.of("charter.txt", CHARTER, "budget.txt", BUDGET, "review.txt", REVIEW))) {
      assertEquals(List.of("budget:1"), ids(service, "NSF funding"));
    }
  }

  @Test
  void expansionPhraseFindsTheAcronym() throws IOException {
    try (SearchService service =
        corpus(Map.of("charter.txt", CHARTER, "budget.txt", BUDGET, "review.txt", REVIEW))) {
      assertEquals(List.of("review:1"), ids(service, "\"National Science Foundation\" proposal"));
    }
  }

  @Test
  void curatedSynonymWinsOverTheCorpus() throws IOException {
    try (SearchService service = corpus(Map.of("charter.txt", CHARTER, "budget.txt", BUDGET))) {
      // synonyms.txt says EU is the European Union: the charter's Energy Union is not EU here.
      assertEquals(List.of("charter:2"), ids(service, "EU"));
      assertEquals(List.of("budget:2"), ids(service, "\"Energy Union\" report"));
    }
  }

  @Test
  void removingTheDefiningDocumentRemovesTheAcronym() throws IOException {
    Path corpus =
        TestIndexes.write(
            dir.resolve("corpus"),
            Map.of("charter.txt", CHARTER, "budget.txt", BUDGET, "review.txt", REVIEW));
    Path index = dir.resolve("index");
    TestIndexes.index(corpus, index);
    try (SearchService service = Engine.create().searchService(index)) {
      assertEquals(List.of("budget:1"), ids(service, "NSF funding"));
      assertEquals(3, service.documents().size());
      long chunksBefore = countedChunks(service);
      Files.delete(corpus.resolve("charter.txt"));
      TestIndexes.index(corpus, index);
      service.refresh();
      // No chunk holds both words any more: only chunks with one of them come back.
      assertTrue(service.search(SearchRequest.of("NSF funding")).relaxed());
      assertEquals(List.of(), service.acronyms().entries());
      // The open service follows the new commit in its document list and counts too.
      assertEquals(
          List.of("budget", "review"),
          service.documents().stream().map(DocumentSummary::id).toList());
      assertEquals(2, service.stats().documents());
      assertEquals(service.stats().chunks(), countedChunks(service));
      assertTrue(countedChunks(service) < chunksBefore);
    }
  }

  @Test
  void tableNamesTheDefiningDocument() throws IOException {
    try (SearchService service =
        corpus(Map.of("charter.txt", CHARTER, "budget.txt", BUDGET, "review.txt", REVIEW))) {
      assertEquals(
          List.of(
              new AcronymTable.Entry("EU", "Energy Union", List.of("charter")),
              new AcronymTable.Entry("NSF", "National Science Foundation", List.of("charter"))),
          service.acronyms().entries());
    }
  }
}
