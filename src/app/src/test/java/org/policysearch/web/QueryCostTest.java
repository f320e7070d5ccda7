package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/**
 * What one query may cost (issue 12 point 3): how deep it nests, how many words its prefixes expand
 * to, how long it runs, and how many run at once; each limit answered with JSON saying so.
 */
class QueryCostTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  private static String encoded(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static JsonNode error(int status, HttpResponse<String> answer) throws IOException {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Http.parse(answer.body());
  }

  @Test
  void deeplyNestedQueryIsBadRequestSayingHowDeep() throws Exception {
    // 667 characters that cost over a second of CPU before the parser counted the levels.
    JsonNode error = error(400, http.get("/api/search?q=" + encoded("(-".repeat(333) + "k")));
    assertEquals("bad_request", error.get("error").asText());
    assertEquals(
        "The query nests parentheses too deeply: more than 8 levels.",
        error.get("message").asText());
    String eight = "(".repeat(8) + "quantum OR space" + ")".repeat(8);
    assertEquals(200, http.get("/api/search?q=" + encoded(eight)).statusCode());
    assertEquals(400, http.get("/api/search?q=" + encoded("(" + eight + ")")).statusCode());
  }

  @Test
  void prefixesExpandingToTooManyWordsInAllAreBadRequestNamingThem(@TempDir Path tmp)
      throws Exception {
    // Each prefix alone stays within the 10,000 words a query may expand to; together they do not.
    try (Http server =
        Http.serving(
            TestIndexes.ofFiles(
                tmp,
                Map.of(
                    "q.txt",
                    "Q\n\n" + words("zzq", 6_000),
                    "r.txt",
                    "R\n\n" + words("zzr", 6_000))))) {
      assertEquals(200, server.get("/api/search?q=zzq*").statusCode());
      assertEquals(200, server.get("/api/search?q=zzr*+quantum").statusCode());
      JsonNode error = error(400, server.get("/api/search?q=zzq*+zzr*+zzs*"));
      assertEquals(
          "The query's prefixes match more than 10,000 words in all, the most one search"
              + " expands: zzq* (6,000), zzr* (6,000). Make them longer or use fewer.",
          error.get("message").asText());
      // Each time a prefix is typed it is expanded again.
      assertEquals(400, server.get("/api/search?q=zzq*+OR+zzq*").statusCode());
      assertEquals(400, server.get("/api/search?q=quantum+-zzq*+-zzr*").statusCode());
    }
  }

  /** {@code count} distinct words starting with {@code prefix}. */
  private static String words(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> prefix + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (i / 676))
        .collect(Collectors.joining(" "));
  }

  @Test
  void searchRunningPastItsBudgetIsTimeoutNotAPartialAnswer(@TempDir Path tmp) throws Exception {
    ServerSettings tiny =
        ServerSettings.DEFAULT.withSearchLimits(
            Duration.ofMillis(1), ServerSettings.CONCURRENT_SEARCHES, ServerSettings.QUEUE_WAIT);
    try (Http server = Http.serving(TestIndexes.seed(tmp), tiny)) {
      // A hundred hits highlighted and explained take well over a millisecond.
      JsonNode error =
          error(503, server.get("/api/search?q=korea+OR+italy+OR+quantum&size=100&explain=true"));
      assertEquals("timeout", error.get("error").asText());
      assertEquals(
          "The search took longer than its 1 ms and was stopped. Try fewer or longer prefixes,"
              + " fewer words or phrases, or explain=false.",
          error.get("message").asText());
      assertEquals(200, server.get("/api/health").statusCode());
    }
    assertEquals(
        200,
        http.get("/api/search?q=korea+OR+italy+OR+quantum&size=100&explain=true").statusCode());
  }

  @Test
  void searchFindingNoPermitInTimeIsBusyWithRetryAfter(@TempDir Path tmp) throws Exception {
    SearchPermits permits = new SearchPermits(1, Duration.ofMillis(200));
    SearchService service = TestIndexes.seed(tmp);
    try (Http server =
        Http.serving(ApiServer.create(service, ServerSettings.DEFAULT, permits), service)) {
      permits.enter(); // the one permit, held as a long search would hold it
      try {
        for (String path :
            List.of("/api/search?q=quantum", "/api/documents/" + TestIndexes.NEWS_A)) {
          HttpResponse<String> busy = server.get(path);
          JsonNode error = error(503, busy);
          assertEquals("busy", error.get("error").asText());
          assertEquals(
              "The server is busy with other searches; try again in 1 second.",
              error.get("message").asText());
          assertEquals("1", busy.headers().firstValue("Retry-After").orElse(null));
        }
        // What reads no index passage waits for nobody.
        assertEquals(200, server.get("/api/health").statusCode());
        assertEquals(200, server.get("/api/facets").statusCode());
      } finally {
        permits.leave();
      }
      assertEquals(200, server.get("/api/search?q=quantum").statusCode());
    }
  }
}
