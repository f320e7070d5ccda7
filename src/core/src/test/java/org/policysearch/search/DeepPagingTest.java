package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging far into a large result set: each result once, in one order, whatever the page size. */
class DeepPagingTest {
  private static final List<String> WORDS =
      List.of(
          "tariff",
          "customs",
          "goods",
          "fisheries",
          "services",
          "investment",
          "procedures",
          "cooperation",
          "committee",
          "origin",
          "rules",
          "trade",
          "parties",
          "measures");

  @TempDir static Path dir;
  static SearchService service;

  /** Forty agreements of forty sections each, every section's passage about trade in words. */
  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(11);
    Map<String, String> files = new LinkedHashMap<>();
    for (int d = 0; d < 40; d++) {
      StringBuilder text = new StringBuilder("Agreement number " + d + " on " + word(random));
      text.append("\n\n");
      for (int s = 1; s <= 40; s++) {
        text.append("Article ").append(s).append(' ');
        text.append(capitalised(word(random))).append(' ').append(word(random)).append("\n\n");
        StringBuilder passage = new StringBuilder("The trade");
        for (int w = 0; w < 12 + random.nextInt(30); w++) {
          passage.append(' ').append(word(random));
        }
        text.append(passage).append(".\n\n");
      }
      files.put("agreement-" + d + ".txt", text.toString());
    }
    service = TestIndexes.ofFiles(dir, files);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static String word(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Every result of {@code query}, page after page of {@code size}. */
  private static List<Hit> paged(String query, int size, boolean fold) throws IOException {
    List<Hit> hits = new ArrayList<>();
    SearchResult first = null;
    for (int page = 1; first == null || (page - 1) * size < first.total(); page++) {
      SearchResult result =
          service.search(SearchRequest.of(query).withPage(page, size).folding(fold));
      first = first == null ? result : first;
      hits.addAll(result.hits());
    }
    return hits;
  }

  @Test
  void pagingPastTheRescoredWindowShowsEachResultOnceBestFirst() throws IOException {
    for (boolean fold : List.of(false, true)) {
      List<Hit> hits = paged("trade rules origin", 100, fold);
      assertTrue(hits.size() > 1_200, "enough results to page past a thousand: " + hits.size());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < hits.size(); i++) {
        Hit hit = hits.get(i);
        assertTrue(seen.add(hit.chunkId()), hit.chunkId() + " shown twice, again at " + i);
        if (i > 0) {
          assertTrue(
              hit.score() <= hits.get(i - 1).score(),
              "result " + i + " scores above the one before it");
        }
      }
    }
  }

  @Test
  void theOrderIsTheSameWhateverThePageSize() throws IOException {
    List<String> byHundreds =
        paged("trade customs", 100, false).stream().map(Hit::chunkId).toList();
    List<String> byThirties = paged("trade customs", 30, false).stream().map(Hit::chunkId).toList();
    assertEquals(byHundreds, byThirties);
  }
}
