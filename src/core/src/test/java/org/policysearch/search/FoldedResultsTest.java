package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.structure.Chunk;

/** The same clause in several agreements is listed once, with where else it is. */
class FoldedResultsTest {
  private static final String CLAUSE =
      ". A Party shall accord national treatment to financial service suppliers of the other"
          + " Party, in like circumstances, with respect to the supply of the relevant service.\n\n";

  @TempDir static Path dir;
  private static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "alpha.txt", "3" + CLAUSE + "Alpha also covers fisheries.\n",
                "alpha.txt.meta.json", "{\"title\": \"Alpha agreement\"}",
                "bravo.txt", "2" + CLAUSE + "Bravo also covers forestry.\n",
                "bravo.txt.meta.json", "{\"title\": \"Bravo agreement\"}",
                "charlie.txt", "(b)" + CLAUSE + "Charlie also covers mining.\n",
                "charlie.txt.meta.json", "{\"title\": \"Charlie agreement\"}",
                "delta.txt", "Each Party shall accord national treatment to goods.\n",
                "echo.txt", "The treatment of investors is set out in an annex.\n"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static SearchResult search(String query, int page, int size, boolean fold)
      throws IOException {
    return service.search(SearchRequest.of(query).withPage(page, size).folding(fold));
  }

  @Test
  void theSameClauseInThreeAgreementsIsListedOnceWithTheOthersFoldedIntoIt() throws IOException {
    SearchResult folded = search("national treatment", 1, 10, true);
    List<Hit> clauses =
        folded.hits().stream().filter(h -> h.text().contains("financial service")).toList();
    assertEquals(1, clauses.size(), "one hit for the clause");
    Hit clause = clauses.get(0);
    assertEquals(2, clause.sameText().size());
    Set<String> elsewhere = Set.of("alpha", "bravo", "charlie");
    List<String> others = clause.sameText().stream().map(SameTextPassage::documentId).toList();
    assertEquals(
        elsewhere,
        Set.of(clause.documentId(), others.get(0), others.get(1)),
        "the hit and the two folded into it are the three agreements");
    for (SameTextPassage other : clause.sameText()) {
      assertEquals(
          Character.toUpperCase(other.documentId().charAt(0))
              + other.documentId().substring(1)
              + " agreement",
          other.title());
      assertTrue(other.url().startsWith("/?doc=" + other.documentId() + "&chunk="), other.url());
      assertTrue(other.url().endsWith("&q=national+treatment"), other.url());
      assertTrue(other.chunkId().startsWith(other.documentId() + ":"), other.chunkId());
    }
    assertEquals(2, folded.folded(), "the clause's two other copies are folded");
    // Counts still count every passage.
    SearchResult every = search("national treatment", 1, 10, false);
    assertEquals(every.total(), folded.total());
    assertEquals(every.allWordsTotal(), folded.allWordsTotal());
    assertEquals(every.facets(), folded.facets());
    assertEquals(
        3, every.hits().stream().filter(h -> h.text().contains("financial service")).count());
    assertTrue(every.hits().stream().allMatch(h -> h.sameText().isEmpty()));
  }

  @Test
  void aFoldedPassageNamesTheHeadingsAboveIt(@TempDir Path other) throws IOException {
    String clause =
        "A Party shall accord national treatment to financial service suppliers of the other"
            + " Party, in like circumstances, with respect to the supply of the service.\n\n";
    try (SearchService chapters =
        TestIndexes.ofFiles(
            other,
            Map.of(
                "one.txt",
                "CHAPTER 5\nFinancial Services\n\nArticle 5.2 Treatment\n" + clause,
                "two.txt",
                "CHAPTER 9\nServices\n\nArticle 9.1 Scope\nIt covers services.\n\n"
                    + "Article 9.4 Treatment\n"
                    + clause))) {
      Hit hit =
          chapters
              .search(SearchRequest.of("financial service suppliers").folding(true))
              .hits()
              .get(0);
      assertEquals(1, hit.sameText().size(), hit.toString());
      SameTextPassage folded = hit.sameText().get(0);
      DocumentChunk inItsDocument =
          chapters
              .document(folded.documentId(), null, Chunk.ordinalOf(folded.chunkId()), 1)
              .orElseThrow()
              .chunks()
              .get(0);
      assertTrue(inItsDocument.text().startsWith("A Party shall accord"), inItsDocument.text());
      assertEquals(inItsDocument.sectionPath(), folded.sectionPath());
      assertEquals(2, folded.sectionPath().size(), folded.sectionPath().toString());
    }
  }

  @Test
  void foldedPassagesTakeNoPlaceOnAPage() throws IOException {
    SearchResult first = search("national treatment", 1, 2, true);
    assertEquals(2, first.hits().size());
    assertTrue(first.hits().stream().allMatch(Hit::allWords));
    assertEquals(
        Set.of("clause", "goods"),
        Set.of(first.hits().stream().map(FoldedResultsTest::which).toArray()));
    // The next page goes on with the passages holding some of the words: the clause's other
    // copies, folded, are not listed again.
    SearchResult second = search("national treatment", 2, 2, true);
    List<String> next =
        new ArrayList<>(second.hits().stream().map(FoldedResultsTest::which).toList());
    assertFalse(next.isEmpty());
    assertEquals("investors", next.get(0));
    assertFalse(next.contains("clause"));
    assertFalse(second.hits().get(0).allWords());
    assertEquals(2, second.folded(), "the clause's two other copies, before this page's end");
  }

  @Test
  void resultsByDateListEveryPassage() throws IOException {
    SearchResult byDate =
        service.search(
            SearchRequest.of("financial service suppliers")
                .withSort(SearchRequest.Sort.DATE)
                .folding(true));
    assertEquals(3, byDate.hits().size());
  }

  @Test
  void anExportListsEveryPassage() throws IOException {
    List<ExportRow> rows = new ArrayList<>();
    service.export(
        SearchRequest.of("financial service suppliers").folding(true), 100, false, rows::add);
    assertEquals(3, rows.size());
  }

  private static String which(Hit hit) {
    String text = hit.text();
    return text.contains("financial")
        ? "clause"
        : text.contains("goods") ? "goods" : text.contains("investors") ? "investors" : text;
  }
}
