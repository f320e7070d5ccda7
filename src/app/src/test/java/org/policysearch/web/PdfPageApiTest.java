package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.TestPdfs;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/** A PDF passage's page in the API's answers and in its citation, as an analyst cites it. */
class PdfPageApiTest {
  @TempDir static Path dir;
  private static Http http;
  private static SearchService service;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("report.pdf"), TestPdfs.pagedReport());
    Files.writeString(corpus.resolve("note.txt"), "A note on quantum sensing grants.\n");
    TestIndexes.index(corpus, dir.resolve("index"));
    service = Engine.create().searchService(dir.resolve("index"));
    http = Http.serving(service);
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
    service.close();
  }

  @Test
  void aPdfPassageNamesItsPageAndATextsNone() throws Exception {
    JsonNode hits = http.json("/api/search?q=grant").get("hits");

    JsonNode pdf =
        hits.get(0).get("documentId").asText().equals("report") ? hits.get(0) : hits.get(1);
    JsonNode text = pdf == hits.get(0) ? hits.get(1) : hits.get(0);
    assertEquals(2, pdf.get("page").asInt());
    assertFalse(text.has("page"), text.toString());
  }

  @Test
  void aPdfPassagesCitationNamesItsPage() throws Exception {
    String chunkId =
        http.json("/api/search?q=grant+years").get("hits").get(0).get("chunkId").asText();
    JsonNode cite = http.json("/api/cite/" + chunkId);

    assertTrue(cite.get("text").asText().contains("Article 2 Funding. p. 2. "), cite.toString());
    assertTrue(cite.get("ris").asText().contains("SP  - 2\r\n"), cite.toString());
    assertTrue(cite.get("bibtex").asText().contains("pages = {2}"), cite.toString());
  }
}
