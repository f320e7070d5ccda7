package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policysearch.Engine;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchService;
import org.policysearch.search.SearchUnavailableException;

/**
 * A server whose engine cannot be reached (a SolrCloud collection with no node up) answers 503 with
 * the reason and when to ask again, and logs one line, not a fault's stack. The Solr module's tests
 * cannot share this module's class path (Jetty 10 against 12), so the engine here is one that fails
 * as {@code SolrFailoverTest} shows the Solr backend failing with no node left.
 */
class UnavailableEngineTest {
  private static final String REASON =
      "The Solr collection policy could not be reached: ConnectException";

  /** Every read fails as the Solr backend's do when no node answers. */
  private static final class Unreachable implements SearchBackend {
    @Override
    public View view() throws IOException {
      throw new SearchUnavailableException(REASON, new ConnectException());
    }

    @Override
    public View view(Duration budget) throws IOException {
      return view();
    }

    @Override
    public void refresh() {}

    @Override
    public Optional<String> degraded() {
      return Optional.empty();
    }

    @Override
    public String engine() {
      return "solr";
    }

    @Override
    public Optional<String> cluster() throws IOException {
      throw new SearchUnavailableException(REASON, new ConnectException());
    }

    @Override
    public void close() {}
  }

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private Http http;

  @BeforeEach
  void start() {
    originalErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    Engine engine = Engine.create();
    http = Http.serving(new SearchService(new Unreachable(), engine.labels()));
  }

  @AfterEach
  void stop() throws IOException {
    System.setErr(originalErr);
    http.close();
  }

  @Test
  void searchesAndHealthAnswer503WithTheReasonWhenTheEngineCannotBeReached() throws Exception {
    for (String path : new String[] {"/api/search?q=quantum", "/api/health", "/api/facets"}) {
      HttpResponse<String> answer = http.get(path);
      assertEquals(503, answer.statusCode(), path + ": " + answer.body());
      assertEquals(Optional.of("5"), answer.headers().firstValue("Retry-After"), path);
      JsonNode body = Http.parse(answer.body());
      assertEquals("unavailable", body.get("error").asText(), path);
      assertEquals(REASON, body.get("message").asText(), path);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("GET /api/search: " + REASON), logged);
    assertFalse(logged.contains("\tat "), logged);
  }
}
