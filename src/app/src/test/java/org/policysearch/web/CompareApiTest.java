package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policysearch.search.TestIndexes;

/** {@code /api/compare}: one passage beside the corresponding passage of other agreements. */
class CompareApiTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  @Test
  void eachDocumentGivesThePassageThatReadsMostLikeTheSourceWithTheWordsThatDiffer()
      throws Exception {
    // The first news item's summary of the MoU, set beside the second news item's.
    String chunk = null;
    for (JsonNode hit :
        http.json("/api/search?q=%22memorandum+of+understanding%22+semiconductors&country=IT")
            .get("hits")) {
      if (chunk == null && hit.get("documentId").asText().equals(TestIndexes.NEWS_A)) {
        chunk = hit.get("chunkId").asText();
      }
    }
    assertTrue(chunk != null, "the first news item tells of the MoU");
    JsonNode comparison =
        http.json("/api/compare?chunk=" + chunk + "&documents=" + TestIndexes.NEWS_B);

    assertEquals(chunk, comparison.at("/source/chunkId").asText());
    JsonNode other = comparison.at("/counterparts/0");
    assertEquals(TestIndexes.NEWS_B, other.get("documentId").asText());
    assertEquals(TestIndexes.NEWS_B, other.at("/passage/documentId").asText());
    // The diff spells both passages: same + added the other, same + removed the source.
    StringBuilder target = new StringBuilder();
    StringBuilder source = new StringBuilder();
    boolean shared = false;
    for (JsonNode segment : other.get("diff")) {
      String op = segment.get("op").asText();
      if (!op.equals("REMOVED")) {
        target.append(segment.get("text").asText());
      }
      if (!op.equals("ADDED")) {
        source.append(segment.get("text").asText());
      }
      shared |= op.equals("SAME") && segment.get("text").asText().strip().length() > 3;
    }
    assertEquals(plain(other.at("/passage/text").asText()), target.toString());
    assertEquals(plain(comparison.at("/source/text").asText()), source.toString());
    assertTrue(shared, "the two accounts share words");
  }

  @Test
  void aPassageOfTheDocumentItselfIsItsOwnBestCounterpart() throws Exception {
    String chunk = TestIndexes.chunkId("us:32");
    JsonNode comparison =
        http.json("/api/compare?chunk=" + chunk + "&documents=" + TestIndexes.US_ROK);
    JsonNode same = comparison.at("/counterparts/0");
    assertEquals(chunk, same.at("/passage/chunkId").asText());
    assertEquals(1, same.get("diff").size());
    assertEquals("SAME", same.at("/diff/0/op").asText());
  }

  @Test
  void badComparisonsSayWhy() throws Exception {
    String chunk = TestIndexes.chunkId("us:32");
    assertEquals(
        404, http.get("/api/compare?chunk=nope:1&documents=" + TestIndexes.NEWS_A).statusCode());
    for (String bad :
        List.of(
            "/api/compare?documents=" + TestIndexes.NEWS_A,
            "/api/compare?chunk=" + chunk,
            "/api/compare?chunk=" + chunk + "&documents=a,b,c,d,e",
            "/api/compare?chunk=" + chunk + "&documents=no-such-document",
            // What is no passage id at all is a mistake in the request, as for /api/cite.
            "/api/compare?chunk=garbage&documents=" + TestIndexes.NEWS_A)) {
      assertEquals(400, http.get(bad).statusCode(), bad);
    }
    assertFalse(
        http.get("/api/compare?chunk=" + chunk + "&documents=no-such-document")
            .body()
            .contains("Exception"));
  }

  @Test
  void aDocumentNamedTwiceOrAnEmptyNameIsBadRequest() throws Exception {
    String chunk = TestIndexes.chunkId("us:32");
    String twice = TestIndexes.NEWS_A + "," + TestIndexes.NEWS_A;
    HttpResponse<String> repeated = http.get("/api/compare?chunk=" + chunk + "&documents=" + twice);
    assertEquals(400, repeated.statusCode(), repeated.body());
    assertEquals(
        "documents names " + TestIndexes.NEWS_A + " twice: name each document once.",
        Http.parse(repeated.body()).get("message").asText());
    for (String names :
        List.of(
            TestIndexes.NEWS_A + ",," + TestIndexes.NEWS_B,
            TestIndexes.NEWS_A + ",",
            "," + TestIndexes.NEWS_A,
            TestIndexes.NEWS_A + ",%20")) {
      HttpResponse<String> empty = http.get("/api/compare?chunk=" + chunk + "&documents=" + names);
      assertEquals(400, empty.statusCode(), names);
      assertEquals(
          "documents has an empty name: document ids separated by single commas.",
          Http.parse(empty.body()).get("message").asText(),
          names);
    }
  }

  private static String plain(String marked) {
    return org.jsoup.parser.Parser.unescapeEntities(
        marked.replace("<mark>", "").replace("</mark>", ""), false);
  }
}
