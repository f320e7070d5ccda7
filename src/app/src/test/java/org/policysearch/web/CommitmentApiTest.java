package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The commitment facet over HTTP on the seed corpus: its counts, its filter ticked and typed, its
 * definition, each chunk's value in the document view, and a bad value.
 */
class CommitmentApiTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  @Test
  void everyPassageIsCountedUnderOneCommitment() throws Exception {
    // The seed corpus: two news items (reported, descriptive) and a joint statement whose
    // memorandum's "intend to" and "may" are intent; nothing in it is binding.
    assertEquals("descriptive=62 intent=10", counts(http.json("/api/search?q=")));
    assertEquals("descriptive=62 intent=10", counts(http.json("/api/facets?facet=commitment")));
    assertEquals("descriptive=25 intent=9", counts(http.json("/api/search?q=cooperation")));
    assertEquals(
        "descriptive=3 intent=1", counts(http.json("/api/search?q=cooperation&group=document")));
  }

  @Test
  void tickedOrTypedTheFilterKeepsThosePassages() throws Exception {
    JsonNode ticked = http.json("/api/search?q=&commitment=intent&size=100");
    assertEquals(10, ticked.get("total").asInt());
    assertEquals("descriptive=62 intent=10*", counts(ticked));
    for (JsonNode hit : ticked.get("hits")) {
      assertEquals("us-rok-technology-prosperity-deal", hit.get("documentId").asText());
    }
    JsonNode typed = http.json("/api/search?q=commitment%3AIntent+cooperation");
    assertEquals(9, typed.get("total").asInt());
    assertEquals("commitment", typed.at("/queryFilters/0/facet").asText());
    assertEquals("intent", typed.at("/queryFilters/0/value").asText());
    assertEquals(
        10,
        http.get("/api/export?format=jsonl&commitment=intent").body().strip().split("\n").length);
  }

  @Test
  void theFacetIsDefinedWithItsLabels() throws Exception {
    JsonNode definitions = http.json("/api/facets/definitions").get("facets");
    JsonNode last = definitions.get(definitions.size() - 1);
    assertEquals("commitment", last.get("name").asText());
    assertEquals("Commitment", last.get("heading").asText());
    List<String> labels = new ArrayList<>();
    http.json("/api/facets?facet=commitment")
        .get("commitment")
        .forEach(v -> labels.add(v.get("label").asText()));
    assertEquals(List.of("Descriptive", "Intent"), labels);
  }

  @Test
  void theDocumentViewNamesEachChunksCommitment() throws Exception {
    JsonNode chunks =
        http.json("/api/documents/us-rok-technology-prosperity-deal?from=24&size=1").get("chunks");
    assertEquals("us-rok-technology-prosperity-deal:24", chunks.at("/0/chunkId").asText());
    assertEquals("intent", chunks.at("/0/commitment/code").asText());
    assertEquals("Intent", chunks.at("/0/commitment/label").asText());
  }

  @Test
  void anUnknownCommitmentIsABadRequestNamingTheValues() throws Exception {
    HttpResponse<String> response = http.get("/api/search?q=&commitment=firm");
    assertEquals(400, response.statusCode());
    assertEquals(
        "Unknown commitment \"firm\": use binding, intent or descriptive.",
        Http.parse(response.body()).get("message").asText());
  }

  /** A facet as text: {@code descriptive=62 intent=10*} (a star marks a selected value). */
  private static String counts(JsonNode answer) {
    List<String> values = new ArrayList<>();
    for (JsonNode v : answer.at("/facets/commitment")) {
      values.add(
          v.get("value").asText()
              + "="
              + v.get("count").asInt()
              + (v.path("selected").asBoolean() ? "*" : ""));
    }
    if (values.isEmpty()) {
      answer
          .get("commitment")
          .forEach(v -> values.add(v.get("value").asText() + "=" + v.get("count").asInt()));
    }
    return String.join(" ", values);
  }
}
