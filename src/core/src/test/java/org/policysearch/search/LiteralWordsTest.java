package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A passage with the words as typed ranks above one that matches only through an expansion. */
class LiteralWordsTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    // The acronym is defined in the corpus (a-citation), so "TBT" also finds "Technical Barriers
    // to Trade"; BM25 alone weighs the expansion's several words above the one acronym.
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                "a-citation.txt",
                "Notes\n\nThe Parties reaffirm the Agreement on Technical Barriers to Trade"
                    + " (TBT).\n",
                "b-cited.txt",
                "Notes\n\nThe Technical Barriers to Trade committee shall meet once a year.\n",
                "c-committee.txt",
                "Notes\n\nThe TBT committee shall meet once a year.\n"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void acronymAsTypedOutranksItsExpansion() throws IOException {
    SearchResult result =
        service.search(
            new SearchRequest("TBT", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false));
    List<String> documents = result.hits().stream().map(Hit::documentId).toList();
    // Every passage matches, but of the two alike committee passages the one saying "TBT" leads.
    assertEquals(List.of("a-citation", "c-committee", "b-cited"), documents);
  }
}
