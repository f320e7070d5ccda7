package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SourceFiles;
import org.policysearch.corpus.TestPdfs;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/** A document's source file, handed out as the corpus folder holds it, for a reader to open. */
class SourceFileApiTest {
  @TempDir static Path dir;
  private static Path corpus;
  private static Http http;
  private static Http withoutCorpus;

  @BeforeAll
  static void start() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("report.pdf"), TestPdfs.pagedReport());
    Files.writeString(
        corpus.resolve("page.html"),
        "<html><head><title>Quantum page</title><script>fetch('/api/export')</script></head>"
            + "<body><h1>Quantum page</h1><p>Quantum sensing grants for hubs.</p></body></html>");
    Files.write(
        corpus.resolve("résumé.txt"),
        "Quantum sensing: a résumé of the grants.\n".getBytes(Charset.forName("windows-1252")));
    Files.writeString(corpus.resolve("moved.txt"), "Quantum notes that are moved away.\n");
    TestIndexes.index(corpus, dir.resolve("index"));
    Files.delete(corpus.resolve("moved.txt"));
    SearchService service = Engine.create().searchService(dir.resolve("index"));
    http =
        Http.serving(
            ApiServer.create(
                service,
                ServerSettings.DEFAULT,
                SourceFiles.in(corpus, CorpusReader.Links.INSIDE_CORPUS)),
            service);
    SearchService other = Engine.create().searchService(dir.resolve("index"));
    withoutCorpus = Http.serving(other);
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
    withoutCorpus.close();
  }

  private static HttpResponse<byte[]> bytes(Http server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aPdfIsHandedOutAsItIsAndTheDocumentLinksIt() throws Exception {
    JsonNode view = http.json("/api/documents/report?size=1");
    assertEquals("/api/documents/report/file", view.get("original").asText());

    HttpResponse<byte[]> pdf = bytes(http, view.get("original").asText());

    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(Files.readAllBytes(corpus.resolve("report.pdf")), pdf.body());
    assertTrue(
        pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"),
        pdf.headers().toString());
  }

  @Test
  void aWebPageIsHandedOutUnableToRunItsScripts() throws Exception {
    HttpResponse<byte[]> page = bytes(http, "/api/documents/page/file");

    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.startsWith("sandbox;"), policy);
    assertFalse(policy.contains("allow-scripts"), policy);
    assertArrayEquals(Files.readAllBytes(corpus.resolve("page.html")), page.body());
  }

  @Test
  void aTextIsHandedOutInTheCharacterSetItWasReadIn() throws Exception {
    String id = http.json("/api/search?q=résumé").get("hits").get(0).get("documentId").asText();

    HttpResponse<byte[]> text = bytes(http, "/api/documents/" + id + "/file");

    assertEquals(
        "text/plain;charset=windows-1252",
        text.headers()
            .firstValue("Content-Type")
            .orElse("")
            .replace(" ", "")
            .toLowerCase(java.util.Locale.ROOT));
    assertTrue(
        text.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("filename*=UTF-8''r%C3%A9sum%C3%A9.txt"),
        text.headers().toString());
  }

  @Test
  void aFileGoneFromTheCorpusOrAServerWithoutItHandsOutNothing() throws Exception {
    assertFalse(http.json("/api/documents/moved?size=1").has("original"));
    HttpResponse<String> gone = http.get("/api/documents/moved/file");
    assertEquals(404, gone.statusCode());
    assertTrue(gone.body().contains("not in the corpus folder"), gone.body());

    assertFalse(withoutCorpus.json("/api/documents/report?size=1").has("original"));
    assertEquals(404, withoutCorpus.get("/api/documents/report/file").statusCode());
    assertEquals(404, http.get("/api/documents/nothing-here/file").statusCode());
  }
}
