package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The analyst's views of a search on the seed corpus: country pairs × sectors, the parties'
 * network, the timeline, and the party filter their cells and edges link to.
 */
class AnalysisApiTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  @Test
  void matrixCountsTheDocumentsAndPassagesOfEachPairInEachSector() throws Exception {
    JsonNode matrix = http.json("/api/matrix?q=ai");

    assertEquals(List.of("IT-KR", "KR-US"), pairs(matrix));
    JsonNode italyKorea = matrix.get("rows").get(0);
    assertEquals(2, italyKorea.get("documents").asInt());
    assertEquals(2, italyKorea.at("/cells/ai/documents").asInt());
    assertEquals(10, italyKorea.at("/cells/ai/passages").asInt());
    JsonNode koreaUs = matrix.get("rows").get(1);
    assertEquals(1, koreaUs.at("/cells/ai/documents").asInt());
    assertEquals(11, koreaUs.at("/cells/ai/passages").asInt());
    assertEquals(3, matrix.get("documents").asInt());
    assertFalse(matrix.has("other"), "every pair is a row");
  }

  @Test
  void everyCellCountsWhatItsLinkFinds() throws Exception {
    JsonNode matrix = http.json("/api/matrix?q=ai");
    for (JsonNode row : matrix.get("rows")) {
      String parties =
          "&party=" + row.at("/pair/0/code").asText() + "&party=" + row.at("/pair/1/code").asText();
      var cells = row.get("cells").fields();
      while (cells.hasNext()) {
        var cell = cells.next();
        String link = "/api/search?q=ai" + parties + "&sector=" + cell.getKey();
        JsonNode passages = http.json(link + "&size=100");
        JsonNode documents = http.json(link + "&group=document");
        assertEquals(cell.getValue().get("passages").asInt(), passages.get("total").asInt(), link);
        assertEquals(
            cell.getValue().get("documents").asInt(), documents.get("total").asInt(), link);
      }
    }
  }

  @Test
  void aCountryTurnsTheMatrixIntoItsPartnersBySector() throws Exception {
    JsonNode partners = http.json("/api/matrix?q=ai&party=US");

    assertEquals(List.of("KR-US"), pairs(partners));
    assertEquals(1, partners.get("documents").asInt());
  }

  @Test
  void partyFilterKeepsTheDocumentsEveryNamedCountryIsPartyTo() throws Exception {
    Set<String> italyKorea =
        documentIds("/api/search?q=cooperation&party=IT&party=South+Korea&size=100");
    assertEquals(Set.of("korea-italy-mou-news-a", "korea-italy-mou-news-b"), italyKorea);
    assertEquals(0, http.json("/api/search?q=cooperation&party=IT&party=US").get("total").asInt());
    assertEquals(
        1, http.json("/api/search?q=cooperation&party=US&group=document").get("total").asInt());
  }

  @Test
  void networkJoinsPartiesByTheDocumentsBetweenThem() throws Exception {
    JsonNode network = http.json("/api/network?q=ai");

    List<String> edges = new ArrayList<>();
    network
        .get("edges")
        .forEach(
            e ->
                edges.add(
                    e.get("source").asText()
                        + "-"
                        + e.get("target").asText()
                        + ":"
                        + e.get("documents").asInt()));
    assertEquals(List.of("IT-KR:2", "KR-US:1"), edges);
    List<String> nodes = new ArrayList<>();
    network
        .get("nodes")
        .forEach(n -> nodes.add(n.get("code").asText() + ":" + n.get("documents").asInt()));
    assertEquals(List.of("KR:3", "IT:2", "US:1"), nodes);
    assertEquals(0, network.get("moreEdges").asInt());
  }

  @Test
  void timelinePutsDatedDocumentsInDateOrderAndTheUndatedApart() throws Exception {
    JsonNode timeline = http.json("/api/timeline?q=ai");

    assertEquals(3, timeline.get("total").asInt());
    assertEquals(1, timeline.get("documents").size());
    JsonNode deal = timeline.get("documents").get(0);
    assertEquals("us-rok-technology-prosperity-deal", deal.get("documentId").asText());
    assertEquals("2025-10-29", deal.get("date").asText());
    assertEquals("/?doc=us-rok-technology-prosperity-deal", deal.get("url").asText());
    assertTrue(deal.get("sectors").size() > 0);
    assertEquals(2, timeline.get("undated").size());
    assertFalse(timeline.get("truncated").asBoolean());
    JsonNode cut = http.json("/api/timeline?q=ai&limit=1");
    assertTrue(cut.get("truncated").asBoolean());
    assertEquals(3, cut.get("total").asInt());
  }

  @Test
  void badViewParametersAreBadRequests() throws Exception {
    for (String bad :
        List.of(
            "/api/matrix?q=ai&rows=0",
            "/api/matrix?q=ai&rows=51",
            "/api/network?q=ai&edges=501",
            "/api/timeline?q=ai&limit=x",
            "/api/matrix?q=ai&party=Narnia",
            "/api/search?q=ai&party=Narnia")) {
      HttpResponse<String> response = http.get(bad);
      assertEquals(400, response.statusCode(), bad + ": " + response.body());
    }
  }

  private static List<String> pairs(JsonNode matrix) {
    List<String> pairs = new ArrayList<>();
    matrix
        .get("rows")
        .forEach(
            r -> pairs.add(r.at("/pair/0/code").asText() + "-" + r.at("/pair/1/code").asText()));
    return pairs;
  }

  private static Set<String> documentIds(String path) throws Exception {
    Set<String> ids = new HashSet<>();
    http.json(path).get("hits").forEach(h -> ids.add(h.get("documentId").asText()));
    return ids;
  }
}
