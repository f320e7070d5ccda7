package org.policysearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/**
 * A started API server and a plain HTTP client talking to it, as a browser would.
 *
 * <p>A test class that searches the seed corpus registers one as an extension
 * ({@code @RegisterExtension static final Http http = Http.onSeedCorpus();}): it indexes and starts
 * before the class's tests and stops and cleans up after the last.
 */
final class Http implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  // Set when built, or, for an extension, when the class's tests start.
  private Javalin app;
  private SearchService owned;
  private Path work;

  private Http(Javalin app, SearchService owned) {
    this.app = app.start("127.0.0.1", 0);
    this.owned = owned;
  }

  private Http() {}

  /** A server on the seed corpus for a test class, started before its tests as an extension. */
  static Http onSeedCorpus() {
    return new Http();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    work = Files.createTempDirectory("policy-search-http-");
    owned = TestIndexes.seed(work);
    app = ApiServer.create(owned).start("127.0.0.1", 0);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (app != null) {
        close();
      }
    } finally {
      IOUtils.rm(work);
    }
  }

  /** A server answering from {@code service}; closing it closes the service too. */
  static Http serving(SearchService service) {
    return new Http(ApiServer.create(service), service);
  }

  /** A server answering from {@code service} with {@code settings}; closing it closes both. */
  static Http serving(SearchService service, ServerSettings settings) {
    return new Http(ApiServer.create(service, settings), service);
  }

  /** A server running {@code app}, built over {@code service}; closing it closes both. */
  static Http serving(Javalin app, SearchService service) {
    return new Http(app, service);
  }

  int port() {
    return app.port();
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

  /**
   * Sends {@code head} (request line and headers, each line ending in CRLF, without the blank line
   * that ends them) byte for byte on a new connection, adding {@code Connection: close}, and reads
   * the answer to the end: for what {@link HttpClient} refuses to send (a malformed escape, a
   * foreign {@code Host}) or hides (a body sent after {@code HEAD}).
   */
  Raw raw(String head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return Raw.parse(socket.getInputStream().readAllBytes());
    }
  }

  /** An answer read off the wire: status, headers by lower-case name, and the body as sent. */
  record Raw(int status, Map<String, List<String>> headers, String body) {
    Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    static Raw parse(byte[] bytes) throws IOException {
      String all = new String(bytes, StandardCharsets.ISO_8859_1);
      int end = all.indexOf("\r\n\r\n");
      if (end < 0) {
        throw new IOException("no complete answer: " + all);
      }
      String[] lines = all.substring(0, end).split("\r\n");
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).strip());
      }
      byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
      if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
        body = unchunk(body);
      }
      return new Raw(
          Integer.parseInt(lines[0].split(" ")[1]),
          headers,
          new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      InputStream in = new ByteArrayInputStream(chunked);
      while (true) {
        StringBuilder size = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
          if (c < 0) {
            throw new IOException("truncated chunk size");
          }
          size.append((char) c);
        }
        int length = Integer.parseInt(size.toString().strip(), 16);
        if (length == 0) {
          return out.toByteArray();
        }
        out.write(in.readNBytes(length));
        in.skipNBytes(2); // the CRLF after each chunk
      }
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    owned.close();
  }
}
