package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;
import org.policysearch.web.ApiServer;

/**
 * The raw-Lucene yardstick does the same work as policy-search: over real HTTP, on one index of a
 * few generated agreements, it counts the same chunks holding every word and the same facet values
 * as policy-search's {@code /api/search}.
 */
class RawLuceneServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static SearchService service;
  static RawLuceneSearch raw;
  static Javalin ours;
  static Javalin yardstick;

  @BeforeAll
  static void start() throws IOException {
    Path index = dir.resolve("index");
    TestIndexes.index(TestIndexes.write(dir.resolve("corpus"), agreements()), index);
    service = Engine.create().searchService(index);
    raw = new RawLuceneSearch(index);
    ours = ApiServer.create(service).start("127.0.0.1", 0);
    yardstick = RawLuceneServer.create(raw).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    ours.stop();
    yardstick.stop();
    raw.close();
    service.close();
  }

  /** Six agreements between two countries each, with articles mixing a few trade words. */
  static Map<String, String> agreements() {
    List<String> countries = List.of("Korea", "Chile", "Japan", "Peru", "Italy", "Mexico");
    List<String> topics =
        List.of(
            "fisheries quota for vessels",
            "tariff elimination schedule",
            "fisheries subsidies and tariff measures",
            "customs procedures for goods",
            "quota administration and tariff rates");
    Map<String, String> files = new LinkedHashMap<>();
    for (int d = 0; d < 6; d++) {
      String a = countries.get(d);
      String b = countries.get((d + 1) % 6);
      StringBuilder text = new StringBuilder("Agreement between " + a + " and " + b + "\n\n");
      for (int article = 1; article <= 8; article++) {
        String topic = topics.get((d + article) % topics.size());
        String party = article % 2 == 0 ? a : b;
        text.append("Article ")
            .append(article)
            .append("\n\n")
            .append(party)
            .append(" shall notify the other Party of its ")
            .append(topic)
            .append(".\n\n");
      }
      files.put("agreement-" + d + ".txt", text.toString());
    }
    return files;
  }

  @Test
  void countsTheChunksHoldingEveryWordAndTheirFacetsAsPolicySearchDoes() throws Exception {
    assertSameWork("fisheries quota", "", 9);
    assertSameWork("tariff elimination schedule", "", 10);
  }

  @Test
  void countsTheSameWithAFacetValueTicked() throws Exception {
    assertSameWork("tariff", "&country=KR", 10);
  }

  private static void assertSameWork(String words, String selected, long expected)
      throws Exception {
    String q = URLEncoder.encode(words, StandardCharsets.UTF_8);
    JsonNode policy = get(ours, "/api/search?q=" + q + selected + "&page=1&sort=relevance");
    JsonNode plain = get(yardstick, "/search?q=" + q + selected);
    assertEquals(policy.get("allWordsTotal").asLong(), plain.get("total").asLong(), words);
    assertEquals(expected, plain.get("total").asLong(), words);
    assertEquals(counts(policy.get("facets")), counts(plain.get("facets")), words);
    assertEquals(Math.min(10, expected), plain.get("hits").size());
  }

  /** Each facet's values with a count above zero, by value. */
  private static Map<String, Map<String, Integer>> counts(JsonNode facets) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    facets
        .fields()
        .forEachRemaining(
            facet -> {
              Map<String, Integer> values = new TreeMap<>();
              facet
                  .getValue()
                  .forEach(
                      v -> {
                        if (v.get("count").asInt() > 0) {
                          values.put(v.get("value").asText(), v.get("count").asInt());
                        }
                      });
              counts.put(facet.getKey(), values);
            });
    return counts;
  }

  private static JsonNode get(Javalin app, String pathAndQuery) throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}
