package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clause with a phrase added in another agreement is folded into the better copy and says it
 * reads nearly the same; other clauses on the same subject, and short texts differing in a number,
 * are listed each.
 */
class NearCopyFoldingTest {
  private static final String CLAUSE =
      "A Party shall accord national treatment to financial service suppliers of the other Party,"
          + " in like circumstances, with respect to the supply of the relevant service";

  @TempDir static Path dir;
  private static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "alpha.txt", "3. " + CLAUSE + ".\n",
                "bravo.txt", "7. " + CLAUSE + " and its related activities.\n",
                "charlie.txt",
                    "A Party may accord national treatment to financial service suppliers of a"
                        + " non-Party only where the other Party agrees in writing.\n",
                "delta.txt", "National treatment applies within 30 days.\n",
                "echo.txt", "National treatment applies within 60 days.\n"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void aClauseWithAPhraseAddedIsFoldedIntoItsBetterCopyAsNearlyTheSame() throws IOException {
    SearchResult folded =
        service.search(SearchRequest.of("national treatment").withPage(1, 10).folding(true));
    List<Hit> clause =
        folded.hits().stream().filter(h -> h.text().contains("relevant service")).toList();
    assertEquals(1, clause.size(), "one hit for the clause and its near copy");
    assertEquals(1, clause.get(0).sameText().size());
    SameTextPassage copy = clause.get(0).sameText().get(0);
    assertTrue(copy.nearly(), "the copy's words differ in places");
    assertEquals(Set.of("alpha", "bravo"), Set.of(clause.get(0).documentId(), copy.documentId()));
    assertEquals(1, folded.folded());
    assertEquals(4, folded.hits().size(), "the other clause and both short texts are listed");
    assertTrue(
        folded.hits().stream().allMatch(h -> h == clause.get(0) || h.sameText().isEmpty()),
        "nothing else folded");

    SearchResult every =
        service.search(SearchRequest.of("national treatment").withPage(1, 10).folding(false));
    assertEquals(5, every.hits().size());
    assertFalse(every.hits().stream().anyMatch(h -> !h.sameText().isEmpty()));
  }
}
