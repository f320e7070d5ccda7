package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.search.TestIndexes;

/**
 * {@code GET /api/documents/{id}/find?q=…}: which chunks of one document the words are marked in
 * and how often, across the whole document, as the search's query language reads them.
 */
class FindInDocumentTest {
  @TempDir static Path dir;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    http = Http.serving(TestIndexes.ofFiles(dir, DocumentOutlineTest.corpusWithSectionedReport()));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  @Test
  void countIsTheMarksTheDocumentViewShowsForTheSameWords() throws Exception {
    JsonNode found = find(TestIndexes.US_ROK, "AI");

    Map<Integer, Integer> marked = marksByChunk(TestIndexes.US_ROK, "AI");
    assertEquals(marked, matchesByChunk(found));
    assertEquals(
        marked.values().stream().mapToInt(Integer::intValue).sum(), found.get("total").asInt());
    assertTrue(found.get("total").asInt() > found.get("chunks").size(), found.toString());
  }

  @Test
  void findsEveryChunkOfALongDocumentNotOnlyItsFirstPage() throws Exception {
    JsonNode found = find("sectioned-report", "lattice");

    List<Integer> ordinals = new ArrayList<>(matchesByChunk(found).keySet());
    // Paragraph n is chunk n + 1 + its section's number (the title and headings come first).
    List<Integer> expected = new ArrayList<>();
    for (int n = 0; n < 500; n += DocumentOutlineTest.LATTICE_EVERY) {
      expected.add(n + 1 + n / 100 + 1);
    }
    assertEquals(expected, ordinals);
    assertEquals(expected.size(), found.get("total").asInt());
    assertEquals(marksByChunk("sectioned-report", "lattice"), matchesByChunk(found));
  }

  @Test
  void synonymsAreFoundAsInTheSearch() throws Exception {
    JsonNode chips = find(TestIndexes.NEWS_B, "chips");
    JsonNode semiconductors = find(TestIndexes.NEWS_B, "semiconductors");

    assertEquals(matchesByChunk(semiconductors), matchesByChunk(chips));
    assertEquals(semiconductors.get("total"), chips.get("total"));
    String chipsMarked = markedWords(TestIndexes.NEWS_B, "chips");
    assertTrue(chipsMarked.contains("semiconductor"), chipsMarked);
    assertTrue(chipsMarked.contains("chips"), chipsMarked);
  }

  @Test
  void wordTheDocumentLacksFindsNothing() throws Exception {
    JsonNode found = find(TestIndexes.NEWS_A, "lattice");

    assertEquals(0, found.get("total").asInt());
    assertEquals(0, found.get("chunks").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "q=", "q=%20%20", "q=-chips", "q=country%3AKR", "q=OR"})
  void queryWithNothingToFindIsBadRequest(String query) throws Exception {
    HttpResponse<String> response =
        http.get("/api/documents/" + TestIndexes.NEWS_B + "/find?" + query);

    assertEquals(400, response.statusCode(), response.body());
    JsonNode body = Http.parse(response.body());
    assertEquals("bad_request", body.get("error").asText());
    assertTrue(
        body.get("message").asText().toLowerCase(Locale.ROOT).contains("find"), response.body());
  }

  @Test
  void overlongQueryIsBadRequest() throws Exception {
    HttpResponse<String> response =
        http.get("/api/documents/" + TestIndexes.NEWS_B + "/find?q=" + "chips+".repeat(400));

    assertEquals(400, response.statusCode(), response.body());
    assertEquals("bad_request", Http.parse(response.body()).get("error").asText());
  }

  @Test
  void unknownDocumentIsNotFound() throws Exception {
    HttpResponse<String> response = http.get("/api/documents/no-such-document/find?q=chips");

    assertEquals(404, response.statusCode());
  }

  private static JsonNode find(String id, String query) throws Exception {
    HttpResponse<String> response = http.get("/api/documents/" + id + "/find?q=" + encode(query));
    assertEquals(200, response.statusCode(), response.body());
    return Http.parse(response.body());
  }

  private static Map<Integer, Integer> matchesByChunk(JsonNode found) {
    Map<Integer, Integer> matches = new LinkedHashMap<>();
    found
        .get("chunks")
        .forEach(c -> matches.put(c.get("ordinal").asInt(), c.get("matches").asInt()));
    return matches;
  }

  /** Each chunk's marks in the document view with {@code q}, read page by page. */
  private static Map<Integer, Integer> marksByChunk(String id, String query) throws Exception {
    Map<Integer, Integer> marks = new LinkedHashMap<>();
    for (JsonNode chunk : allChunks(id, query)) {
      int count = chunk.get("text").asText().split("<mark>", -1).length - 1;
      if (count > 0) {
        marks.put(chunk.get("ordinal").asInt(), count);
      }
    }
    return marks;
  }

  private static String markedWords(String id, String query) throws Exception {
    StringBuilder words = new StringBuilder();
    for (JsonNode chunk : allChunks(id, query)) {
      String text = chunk.get("text").asText();
      for (int at = text.indexOf("<mark>"); at >= 0; at = text.indexOf("<mark>", at + 1)) {
        words.append(text, at + 6, text.indexOf("</mark>", at)).append(' ');
      }
    }
    return words.toString().toLowerCase(Locale.ROOT);
  }

  private static List<JsonNode> allChunks(String id, String query) throws Exception {
    List<JsonNode> chunks = new ArrayList<>();
    int total = Integer.MAX_VALUE;
    for (int from = 0; from < total; from += 200) {
      JsonNode page =
          http.json("/api/documents/" + id + "?size=200&from=" + from + "&q=" + encode(query));
      total = page.get("total").asInt();
      page.get("chunks").forEach(chunks::add);
    }
    return chunks;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
