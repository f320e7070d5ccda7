package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.TestIndexes;

/**
 * The start page's list of documents ({@code /api/documents}) and a search without words list the
 * newest documents first, as a reader of a library of agreements expects, not in the string order
 * of their ids (pta-1, pta-10, pta-100, pta-2).
 */
class DocumentListOrderTest {
  @TempDir static Path dir;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    Map<String, String> files = new HashMap<>();
    Map<String, String> dates =
        Map.of("pta-1", "2001", "pta-10", "2015", "pta-2", "2015-06", "pta-11", "2015-06-30");
    for (String id : List.of("pta-1", "pta-10", "pta-100", "pta-11", "pta-2", "pta-3")) {
      files.put(id + ".txt", "Agreement " + id + "\n\nThe Parties shall cooperate on fisheries.\n");
      String date = dates.get(id);
      files.put(
          id + ".txt.meta.json",
          "{\"title\": \"Agreement "
              + id
              + "\""
              + (date == null ? "" : ", \"date\": \"" + date + "\"")
              + "}");
    }
    http = Http.serving(TestIndexes.ofFiles(dir, files));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  /**
   * Newest first (a month before the days of its month, a year before its months), undated last.
   */
  private static final List<String> NEWEST_FIRST =
      List.of("pta-11", "pta-2", "pta-10", "pta-1", "pta-100", "pta-3");

  @Test
  void theDocumentListIsNewestFirstUndatedLast() throws Exception {
    List<String> ids = new ArrayList<>();
    http.json("/api/documents").forEach(document -> ids.add(document.get("id").asText()));
    assertEquals(NEWEST_FIRST, ids);
  }

  @Test
  void aSearchWithoutWordsListsTheNewestDocumentsFirst() throws Exception {
    List<String> documents = new ArrayList<>();
    http.json("/api/search?group=document&size=10")
        .get("documents")
        .forEach(document -> documents.add(document.get("documentId").asText()));
    assertEquals(NEWEST_FIRST, documents);

    List<String> passages = new ArrayList<>();
    JsonNode hits = http.json("/api/search?type=agreement&size=20").get("hits");
    hits.forEach(hit -> passages.add(hit.get("chunkId").asText()));
    // Each document's passages stay together and in order.
    assertEquals(
        List.of(
            "pta-11:0",
            "pta-11:1",
            "pta-2:0",
            "pta-2:1",
            "pta-10:0",
            "pta-10:1",
            "pta-1:0",
            "pta-1:1",
            "pta-100:0",
            "pta-100:1",
            "pta-3:0",
            "pta-3:1"),
        passages);
  }
}
