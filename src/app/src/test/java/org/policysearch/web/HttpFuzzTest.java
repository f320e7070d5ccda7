package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.TestIndexes;

/**
 * Thousands of random requests, reproducible from their seed, over the seed corpus: query strings
 * of words and syntax characters, parameters known and unknown with good and bad values, paths,
 * methods and headers. None may be answered with a 5xx, every API error must be JSON, and no answer
 * may show a stack trace, a Java class name or a file path.
 */
class HttpFuzzTest {
  private static final long SEED = 20_251_126L;
  private static final int REQUESTS = 2_000;

  /** At most the server's concurrent searches (2 per core), so none waits and is told busy. */
  private static final int CLIENTS = 2;

  private static final String[] WORDS = {
    "quantum",
    "korea",
    "italy",
    "AI",
    "chips",
    "semicond",
    "supply",
    "chain",
    "MoU",
    "the",
    "of",
    "R&D",
    "U.S.",
    "défense",
    "labour",
    "6G",
    "STEM",
    "x",
    "",
    "😀",
    "\u202e",
    "\u0000",
    "a".repeat(40)
  };
  private static final String[] SYNTAX = {
    "(", ")", "\"", "-", "*", ":", "OR", "AND", "NOT", "~", "~2", "^3", "/", "/re/", "[", "]", "{",
    "}", "\\", "!", "%", "&", "=", "+", "?", "#", "'", ";", "<", ">", "*:*", " ", "  ", "\t", "\n"
  };
  private static final String[] FIELDS = {
    "country:", "sector:", "type:", "year:", "title:", "Country:", "foo:", "country:\"", "title:\""
  };
  private static final String[] PARAMS = {
    "q",
    "page",
    "size",
    "sort",
    "explain",
    "correct",
    "group",
    "country",
    "sector",
    "type",
    "year",
    "callback",
    "format",
    "debug",
    "q[]",
    "Q",
    ""
  };
  private static final String[] VALUES = {
    "1",
    "0",
    "-1",
    "2",
    "10",
    "100",
    "101",
    "99999999999",
    "1e3",
    "0x10",
    "abc",
    "true",
    "false",
    "TRUE",
    "relevance",
    "date",
    "DATE",
    "passages",
    "document",
    "documents",
    "KR",
    "IT",
    "US",
    "Narnia",
    "ai",
    "quantum",
    "news",
    "2025",
    "20251",
    "",
    " ",
    "%",
    "null"
  };
  private static final String[] PATHS = {
    "/api/search",
    "/api/search",
    "/api/search",
    "/api/search",
    "/api/documents",
    "/api/documents/" + TestIndexes.NEWS_A,
    "/api/documents/" + TestIndexes.US_ROK,
    "/api/documents/" + TestIndexes.US_ROK + "/outline",
    "/api/documents/" + TestIndexes.US_ROK + "/find",
    "/api/documents/nothing",
    "/api/documents/",
    "/api/documents/a/b",
    "/api/facets",
    "/api/health",
    "/api/acronyms",
    "/api/openapi.json",
    "/api/",
    "/api",
    "/api/search/",
    "/api/unknown",
    "/",
    "/index.html",
    "/app.js",
    "/nothing.html",
    "/api/documents/%2e%2e",
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/search;jsessionid=1",
    "//api/search"
  };
  private static final String[] METHODS = {
    "GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"
  };
  private static final String[][] HEADERS = {
    {"Accept", "text/html"},
    {"Accept", "*/*"},
    {"Accept", "application/xml"},
    {"Accept-Language", "ko-KR,ko;q=0.9"},
    {"Accept-Encoding", "gzip, br"},
    {"X-Forwarded-For", "10.0.0.1, 127.0.0.1"},
    {"X-Forwarded-Host", "evil.example"},
    {"Range", "bytes=0-10"},
    {"If-None-Match", "\"x\""},
    {"Content-Type", "text/plain"},
    {"Origin", "http://evil.example"},
    {"Cookie", "a=b"},
    {"Referer", "http://x/?q=secret"},
    {"User-Agent", "fuzz/1.0 ${jndi:ldap://x}"},
    {"X-Http-Method-Override", "DELETE"}
  };

  /** Texts that must never reach a client: a trace, a class or package name, a file path. */
  private static final List<String> LEAKS =
      List.of(
          "Exception",
          "\tat ",
          ".java",
          "org.policysearch",
          "org.apache",
          "org.eclipse",
          "io.javalin",
          "/tmp/",
          "/work/",
          "/home/",
          "/root/");

  @TempDir Path dir;

  @Test
  void randomRequestsNeverGetA5xxAndAPIErrorsAreCleanJson() throws Exception {
    // What is tested is what each answer says, not how fast: on a loaded machine the standard 2 s
    // budget would make the verdict depend on the load (a 503 timeout is a right answer there).
    ServerSettings patient =
        ServerSettings.DEFAULT.withSearchLimits(
            Duration.ofSeconds(60), ServerSettings.CONCURRENT_SEARCHES, ServerSettings.QUEUE_WAIT);
    try (Http http = Http.serving(TestIndexes.seed(dir), patient)) {
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          Random random = new Random(SEED + c);
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < REQUESTS / CLIENTS; i++) {
                      check(client, http.port(), random);
                    }
                    return null;
                  }));
        }
        for (Future<?> run : done) {
          run.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static void check(HttpClient client, int port, Random random) throws Exception {
    String method = pick(random, METHODS);
    String path = pick(random, PATHS);
    String target = path + query(random);
    List<String[]> headers = new ArrayList<>();
    for (int h = random.nextInt(3); h > 0; h--) {
      headers.add(HEADERS[random.nextInt(HEADERS.length)]);
    }
    Http.Raw answer = send(client, port, method, target, headers);
    String said = method + " " + target + " → " + answer.status() + " " + answer.body();
    assertTrue(answer.status() < 500, said);
    for (String leak : LEAKS) {
      assertTrue(!answer.body().contains(leak), leak + " in " + said);
    }
    if (answer.status() >= 400 && path.startsWith("/api") && !method.equals("HEAD")) {
      assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"), said);
      JsonNode error = Http.parse(answer.body());
      assertEquals(2, error.size(), said);
      assertTrue(!error.path("error").asText().isEmpty(), said);
      assertTrue(!error.path("message").asText().isEmpty(), said);
    }
  }

  /**
   * Sends with {@link HttpClient}; a target it refuses to send (a malformed escape) goes byte for
   * byte on a socket instead, as a hand-written client would send it.
   */
  private static Http.Raw send(
      HttpClient client, int port, String method, String target, List<String[]> headers)
      throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create("http://127.0.0.1:" + port + target);
    } catch (IllegalArgumentException e) {
      StringBuilder head =
          new StringBuilder(
              method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
      headers.forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\r\n"));
      head.append("Connection: close\r\n\r\n");
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
        return Http.Raw.parse(socket.getInputStream().readAllBytes());
      }
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(h -> request.header(h[0], h[1]));
    HttpResponse<String> answer =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Http.Raw(
        answer.statusCode(),
        answer.headers().map().entrySet().stream()
            .collect(
                Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue)),
        answer.body());
  }

  /** A query string of 0 to 5 parameters, mostly a {@code q} of random words and syntax. */
  private static String query(Random random) throws IOException {
    List<String> params = new ArrayList<>();
    if (random.nextInt(10) < 8) {
      params.add("q=" + encoded(random, userQuery(random)));
    }
    for (int n = random.nextInt(4); n > 0; n--) {
      params.add(
          encoded(random, pick(random, PARAMS)) + "=" + encoded(random, pick(random, VALUES)));
    }
    if (random.nextInt(20) == 0) {
      params.add("q=" + encoded(random, userQuery(random))); // a second q
    }
    return params.isEmpty() ? "" : "?" + String.join("&", params);
  }

  private static String userQuery(Random random) {
    StringBuilder query = new StringBuilder();
    for (int n = random.nextInt(12); n >= 0; n--) {
      switch (random.nextInt(4)) {
        case 0 -> query.append(pick(random, SYNTAX));
        case 1 -> query.append(pick(random, FIELDS)).append(pick(random, WORDS));
        default -> query.append(pick(random, WORDS));
      }
      if (random.nextBoolean()) {
        query.append(' ');
      }
    }
    return query.toString();
  }

  /** Percent-encoded, or now and then with a bare {@code %} or a hand-made escape. */
  private static String encoded(Random random, String text) {
    String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
    return switch (random.nextInt(40)) {
      case 0 -> encoded + "%";
      case 1 -> encoded + "%2";
      case 2 -> encoded + "%zz";
      case 3 -> encoded + "%00";
      default -> encoded;
    };
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
