package org.policysearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/** A started API server and a plain HTTP client talking to it, as a browser would. */
final class Http implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;
  private final AutoCloseable owned;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http(Javalin app, AutoCloseable owned) {
    this.app = app.start("127.0.0.1", 0);
    this.owned = owned;
  }

  /** A server answering from {@code service}; closing it closes the service too. */
  static Http serving(SearchService service) {
    return new Http(ApiServer.create(service), service);
  }

  /** A server on the seed corpus indexed into {@code dir}. */
  static Http onSeedCorpus(Path dir) throws IOException {
    return serving(TestIndexes.seed(dir));
  }

  /** GET {@code pathAndQuery}, sent as typed (already percent-encoded). */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery);
  }

  HttpResponse<String> send(String method, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(30))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GET and parse the JSON body. */
  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    return parse(get(pathAndQuery).body());
  }

  static JsonNode parse(String body) throws IOException {
    return JSON.readTree(body);
  }

  @Override
  public void close() throws Exception {
    app.stop();
    owned.close();
  }
}
