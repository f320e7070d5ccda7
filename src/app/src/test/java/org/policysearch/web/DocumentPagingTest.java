package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.search.TestIndexes;

/** {@code GET /api/documents/{id}} answers a range of a long document's chunks, never all. */
class DocumentPagingTest {
  @TempDir static Path dir;
  private static Http http;

  /** A report of 500 numbered paragraphs, chunk {@code n} saying "Paragraph n". */
  static String longReport() {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 500; n++) {
      text.append("Paragraph ")
          .append(n)
          .append(" of the long report on quantum research cooperation.\n\n");
    }
    return text.toString();
  }

  @BeforeAll
  static void start() throws IOException {
    http = Http.serving(TestIndexes.ofFiles(dir, Map.of("long-report.txt", longReport())));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  @Test
  void longDocumentAnswersItsFirst200ChunksAndSaysHowManyItHas() throws Exception {
    JsonNode view = http.json("/api/documents/long-report");

    assertEquals(500, view.get("total").asInt());
    assertEquals(0, view.get("from").asInt());
    assertEquals(200, view.get("to").asInt());
    assertEquals(range(0, 200), ordinals(view));
    assertEquals("long-report", view.get("document").get("id").asText());
  }

  @Test
  void fromAndSizeSelectTheRangeAndTheLastPageIsShort() throws Exception {
    JsonNode middle = http.json("/api/documents/long-report?from=250&size=3");
    JsonNode last = http.json("/api/documents/long-report?from=400&size=500");

    assertEquals(List.of(250, 251, 252), ordinals(middle));
    assertEquals(
        "Paragraph 251 of the long report on quantum research cooperation.",
        middle.get("chunks").get(1).get("text").asText());
    assertEquals(253, middle.get("to").asInt());
    assertEquals(range(400, 500), ordinals(last));
    assertEquals(500, last.get("to").asInt());
  }

  @Test
  void rangePastTheEndHoldsNoChunksButTheDocument() throws Exception {
    JsonNode view = http.json("/api/documents/long-report?from=900");

    assertEquals(500, view.get("total").asInt());
    assertEquals(500, view.get("from").asInt());
    assertEquals(500, view.get("to").asInt());
    assertEquals(0, view.get("chunks").size());
    assertEquals("long-report", view.get("document").get("id").asText());
  }

  @Test
  void marksTheQueryInTheRangeAsked() throws Exception {
    JsonNode view = http.json("/api/documents/long-report?q=quantum&from=499");

    assertEquals(
        "Paragraph 499 of the long report on <mark>quantum</mark> research cooperation.",
        view.get("chunks").get(0).get("text").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"from=-1", "from=x", "size=0", "size=501", "size=1.5", "from=1e3"})
  void badRangeIsBadRequest(String range) throws Exception {
    HttpResponse<String> response = http.get("/api/documents/long-report?" + range);

    assertEquals(400, response.statusCode(), response.body());
    assertEquals("bad_request", Http.parse(response.body()).get("error").asText());
  }

  private static List<Integer> ordinals(JsonNode view) {
    List<Integer> ordinals = new ArrayList<>();
    for (JsonNode chunk : view.get("chunks")) {
      String id = chunk.get("chunkId").asText();
      ordinals.add(Integer.parseInt(id.substring(id.lastIndexOf(':') + 1)));
    }
    return ordinals;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> ordinals = new ArrayList<>();
    for (int n = from; n < to; n++) {
      ordinals.add(n);
    }
    return ordinals;
  }
}
