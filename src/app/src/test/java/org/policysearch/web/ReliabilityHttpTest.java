package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.search.TestIndexes;

/**
 * The HTTP layer under requests no browser sends on its own: malformed escapes, foreign {@code
 * Host} names, {@code HEAD}, oversized heads, heads trickled a line at a time; what each answer
 * carries, and what the access log keeps.
 */
class ReliabilityHttpTest {
  @RegisterExtension static final Http http = Http.onSeedCorpus();

  private static String get(String target, String host) {
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
  }

  private static String get(String target) {
    return get(target, "127.0.0.1:" + http.port());
  }

  /** A JSON {@code {error, message}} answer with every security header. */
  private static JsonNode assertJsonError(int status, Http.Raw answer) throws IOException {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"));
    assertSecurityHeaders(answer);
    JsonNode json = Http.parse(answer.body());
    assertEquals(List.of("error", "message"), fieldNames(json));
    return json;
  }

  private static void assertSecurityHeaders(Http.Raw answer) {
    assertEquals(
        ApiServer.CONTENT_SECURITY_POLICY,
        answer.header("Content-Security-Policy").orElse(null),
        answer.toString());
    assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(null));
    assertEquals("no-referrer", answer.header("Referrer-Policy").orElse(null));
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // Issue 12, point 11: malformed escapes are the client's mistake, said as such.

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents/%u0041", "/%u0041", "/api/search%u0041?q=AI"})
  void percentUEscapeInThePathIsBadRequestJson(String target) throws Exception {
    assertJsonError(400, http.raw(get(target)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?country=IT%",
        "/api/search?q=semiconductors%",
        "/api/search?q=%zzquantum",
        "/api/search?q=AI&sector=ai%2",
        "/api/documents/" + TestIndexes.NEWS_A + "?q=korea%"
      })
  void malformedEscapeInAParameterIsBadRequestJson(String target) throws Exception {
    JsonNode error = assertJsonError(400, http.raw(get(target)));
    assertEquals(
        "The address has a malformed escape: % must be followed by two hexadecimal digits"
            + " (%25 for a percent sign).",
        error.get("message").asText());
  }

  @Test
  void encodedPercentSignIsAPlainCharacter() throws Exception {
    assertEquals(200, http.raw(get("/api/search?q=50%25+quantum")).status());
  }

  // Issue 12, point 12: every answer carries the same headers, Jetty's own included.

  @Test
  void jettysOwnErrorAnswersCarryTheSecurityHeaders() throws Exception {
    String big = "a".repeat(70_000);
    assertJsonError(400, http.raw(get("/api/health") + "No colon here\r\n"));
    assertJsonError(400, http.raw(get("/api/documents/abc%zz")));
    assertJsonError(414, http.raw(get("/api/search?q=" + big)));
    assertJsonError(431, http.raw(get("/api/health") + "X-Big: " + big + "\r\n"));
    assertTrue(ApiServer.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
  }

  @Test
  void methodNotAllowedNamesTheAllowedMethods() throws Exception {
    for (String path : List.of("/api/search?q=AI", "/api/documents/" + TestIndexes.NEWS_A)) {
      HttpResponse<String> answer = http.send("POST", path);
      assertEquals(405, answer.statusCode(), path);
      assertEquals("GET, HEAD", answer.headers().firstValue("Allow").orElse(null), path);
    }
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    Map<String, Integer> statuses =
        Map.of(
            "/api/search?q=quantum", 200,
            "/api/search?q=OR", 400,
            "/api/documents/nothing-here", 404,
            "/api/health", 200,
            "/", 200);
    for (Map.Entry<String, Integer> expected : statuses.entrySet()) {
      String target = expected.getKey();
      Http.Raw head =
          http.raw("HEAD " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + http.port() + "\r\n");
      Http.Raw get = http.raw(get(target));
      assertEquals((int) expected.getValue(), head.status(), target);
      assertEquals(get.status(), head.status(), target);
      assertEquals(get.header("Content-Type"), head.header("Content-Type"), target);
      assertEquals("", head.body(), target);
      assertSecurityHeaders(head);
    }
  }

  // Issue 12, point 13: a page rebinding its own name to this server cannot read the API.

  @ParameterizedTest
  @ValueSource(
      strings = {"localhost", "LOCALHOST", "127.0.0.1", "[::1]", "localhost:", "127.0.0.1:"})
  void loopbackNamesAreServed(String host) throws Exception {
    String withPort = host.endsWith(":") ? host + http.port() : host;
    assertEquals(200, http.raw(get("/api/health", withPort)).status(), withPort);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.example",
        "evil.example:",
        "localhost.evil.example",
        "127.0.0.1.evil.example",
        "10.0.0.1"
      })
  void foreignHostIsMisdirected(String host) throws Exception {
    String withPort = host.endsWith(":") ? host + http.port() : host;
    for (String target : List.of("/api/health", "/api/search?q=AI", "/")) {
      JsonNode error = assertJsonError(421, http.raw(get(target, withPort)));
      assertEquals("misdirected_request", error.get("error").asText());
    }
  }

  @Test
  void allowedHostIsServed(@TempDir Path tmp) throws Exception {
    ServerSettings settings =
        new ServerSettings(List.of("search.example.org"), ServerSettings.HEADER_DEADLINE);
    try (Http server = Http.serving(TestIndexes.seed(tmp), settings)) {
      assertEquals(200, server.raw(get("/api/health", "search.example.org")).status());
      assertEquals(200, server.raw(get("/api/health", "Search.Example.org:443")).status());
      assertEquals(200, server.raw(get("/api/health", "localhost")).status());
      assertEquals(421, server.raw(get("/api/health", "other.example.org")).status());
    }
  }

  // Issue 12, point 14: a head trickled a line at a time is cut off.

  @Test
  void headTrickledALineAtATimeIsCutOffAtTheDeadline(@TempDir Path tmp) throws Exception {
    ServerSettings settings = new ServerSettings(List.of(), Duration.ofSeconds(1));
    try (Http server = Http.serving(TestIndexes.seed(tmp), settings);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(200);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      long started = System.nanoTime();
      out.write(get("/api/health", "localhost").getBytes(StandardCharsets.ISO_8859_1));
      boolean closed = false;
      for (int line = 0; line < 50 && !closed; line++) {
        try {
          out.write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          // Closed without an answer: a half-sent request has nothing to be answered.
          assertEquals(-1, in.read(), "answered instead of closing");
          closed = true;
        } catch (SocketTimeoutException e) {
          // still open: the next line comes after the read's 200 ms
        } catch (IOException e) {
          closed = true; // reset
        }
      }
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      assertTrue(closed, "still open after 10 s of trickled headers");
      assertTrue(seconds < 3, "closed after " + seconds + " s");
    }
  }

  @Test
  void connectionThatSendsNothingIsCutOffAtTheDeadline(@TempDir Path tmp) throws Exception {
    ServerSettings settings = new ServerSettings(List.of(), Duration.ofSeconds(1));
    try (Http server = Http.serving(TestIndexes.seed(tmp), settings);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      long started = System.nanoTime();
      assertEquals(-1, socket.getInputStream().read());
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3_000);
    }
  }

  @Test
  void keptAliveConnectionServesRequestsSentInTime(@TempDir Path tmp) throws Exception {
    ServerSettings settings = new ServerSettings(List.of(), Duration.ofSeconds(1));
    try (Http server = Http.serving(TestIndexes.seed(tmp), settings)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, server.get("/api/search?q=quantum").statusCode());
        Thread.sleep(400);
      }
    }
  }

  // Issue 12, point 15: what analysts search for stays out of the access log.

  @Test
  void accessLogKeepsThePathButNotTheQueryText() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    String log;
    try {
      assertEquals(200, http.get("/api/search?q=confidential+negotiating+position").statusCode());
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      do {
        Thread.sleep(20);
        log = captured.toString(StandardCharsets.UTF_8);
      } while (!log.contains("GET /api/search 200") && System.nanoTime() < deadline);
    } finally {
      System.setErr(original);
    }
    assertTrue(log.matches("(?s).*INFO .*GET /api/search 200 [0-9.]+ ms.*"), log);
    assertFalse(log.contains("confidential"), log);
  }

  // Issue 12, point 16: a query too large to run is told what was too large.

  @Test
  void synonymHeavyQueryIsToldItsSynonymsAreTooMany() throws Exception {
    String us = IntStream.range(0, 20).mapToObj(i -> "US").collect(Collectors.joining("+"));
    HttpResponse<String> answer = http.get("/api/search?q=" + us);
    assertEquals(400, answer.statusCode(), answer.body());
    assertEquals(
        "The query expands to too many words through synonyms and spelling variants (US also"
            + " searches U.S., USA and United States); search for fewer of them at once.",
        Http.parse(answer.body()).get("message").asText());
  }

  @Test
  void queryOfTooManyPlainWordsIsToldToUseFewerWords() throws Exception {
    // Letters that no synonym, spelling variant or stop word holds: only the count is at fault.
    String words =
        IntStream.range(0, 240)
            .mapToObj(i -> "q" + (char) ('a' + i % 26) + (char) ('a' + i / 26))
            .collect(Collectors.joining("+"));
    HttpResponse<String> answer = http.get("/api/search?sort=date&q=" + words);
    assertEquals(400, answer.statusCode(), answer.body());
    assertEquals(
        "The query has too many words and phrases to search at once; search for fewer.",
        Http.parse(answer.body()).get("message").asText());
  }

  @Test
  void prefixMatchingThousandsOfWordsIsAnsweredAndNeverBlamed(@TempDir Path tmp) throws Exception {
    // A prefix counts as one clause however many words it matches (Lucene rewrites it to a
    // constant-score filter), so it is never what overflows.
    String manyWords =
        IntStream.range(0, 3_000)
            .mapToObj(i -> "zzq" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (i / 676))
            .collect(Collectors.joining(" "));
    try (Http server =
        Http.serving(TestIndexes.ofFiles(tmp, Map.of("many.txt", "Many\n\n" + manyWords)))) {
      HttpResponse<String> prefix = server.get("/api/search?q=zzq*");
      assertEquals(200, prefix.statusCode(), prefix.body());
      assertEquals("many", Http.parse(prefix.body()).get("hits").get(0).get("documentId").asText());
      String us = IntStream.range(0, 20).mapToObj(i -> "US").collect(Collectors.joining("+"));
      HttpResponse<String> both = server.get("/api/search?q=zzq*+" + us);
      assertEquals(400, both.statusCode(), both.body());
      String message = Http.parse(both.body()).get("message").asText();
      assertTrue(message.contains("synonyms"), message);
      assertFalse(message.contains("prefix"), message);
    }
  }
}
