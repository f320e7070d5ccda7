package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hit says where the query was found, as its marked headings show it. */
class MatchedOnTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "split.md",
                "# Services and National\n\n## Treatment of investors\n\n"
                    + "Each Party shall accord national treatment to investors of the other Party.\n",
                "heading.md",
                "# Investment\n\n## National Treatment\n\n"
                    + "Each Party shall accord national treatment to investors of the other Party.\n"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void aPassageIsFoundThroughItsDocumentsPartiesOnlyWhereItDoesNotSayTheWord(@TempDir Path tmp)
      throws IOException {
    try (SearchService agreement =
        TestIndexes.ofFiles(
            tmp,
            Map.of(
                "jp-th.txt",
                "AGREEMENT BETWEEN JAPAN AND THE KINGDOM OF THAILAND\n\n"
                    + "Article 1 Customs\n\n"
                    + "The Parties shall simplify their customs procedures.\n\n"
                    + "Article 2 Cooperation\n\n"
                    + "Japan shall assist Thailand in modernising customs laboratories.\n"))) {
      Map<String, List<String>> matchedOn =
          agreement.search(SearchRequest.of("customs japan")).hits().stream()
              .filter(h -> h.kind().equals("paragraph"))
              .collect(
                  Collectors.toMap(
                      h -> h.text().replaceAll("<[^>]+>", "").split(" ")[0], Hit::matchedOn));

      assertTrue(matchedOn.get("The").contains("parties"), matchedOn.toString());
      assertFalse(matchedOn.get("Japan").contains("parties"), matchedOn.toString());
    }
  }

  @Test
  void aStopWordIsNoReasonAPassageWasFoundThroughItsParties(@TempDir Path tmp) throws IOException {
    try (SearchService agreement =
        TestIndexes.ofFiles(
            tmp,
            Map.of(
                "tt.txt",
                "AGREEMENT BETWEEN CANADA AND TRINIDAD AND TOBAGO\n\n"
                    + "Article 1 Customs\n\n"
                    + "Each Party shall simplify its customs procedures.\n"))) {
      // "AND" typed as analysts type it is a stop word: "Trinidad and Tobago" holding it is no
      // reason the passage came back.
      for (Hit hit : agreement.search(SearchRequest.of("customs AND")).hits()) {
        assertFalse(hit.matchedOn().contains("parties"), hit.toString());
      }
    }
  }

  @Test
  void aPhraseIsFoundInTheHeadingsOnlyWhereOneHeadingSaysIt() throws IOException {
    SearchResult result = service.search(SearchRequest.of("\"national treatment\""));
    Map<String, List<String>> matchedOn =
        result.hits().stream()
            .filter(h -> h.kind().equals("paragraph"))
            .collect(Collectors.toMap(Hit::documentId, Hit::matchedOn));
    assertEquals(List.of("text", "headings", "document"), matchedOn.get("heading"));
    // "National" ends one heading and "Treatment" starts the next: not the phrase.
    assertEquals(List.of("text", "document"), matchedOn.get("split"));
  }
}
