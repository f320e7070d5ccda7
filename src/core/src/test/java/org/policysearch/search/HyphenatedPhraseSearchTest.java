package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.TestPdfs;

/** Phrases whose words a PDF broke across lines and pages are found as the reader wrote them. */
class HyphenatedPhraseSearchTest {
  private static final String PARAGRAPH = "accord:1";

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("accord.pdf"), TestPdfs.hyphenatedAccord());
    TestIndexes.index(corpus, dir.resolve("index"));
    service = Engine.create().searchService(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static List<String> ids(String query) throws IOException {
    return TestIndexes.ids(service.search(SearchRequest.of(query)));
  }

  @Test
  void phraseOverALineBreakIsFound() throws IOException {
    assertEquals(List.of(PARAGRAPH), ids("\"establishment of a joint committee\""));
    assertEquals(List.of(PARAGRAPH), ids("\"the negotiation of long-term arrangements\""));
  }

  @Test
  void phraseOverAPageBreakIsFound() throws IOException {
    assertEquals(List.of(PARAGRAPH), ids("\"to reduce barriers\""));
  }

  @Test
  void aHalfOfABrokenWordFindsNothing() throws IOException {
    assertEquals(List.of(), ids("lishment"));
  }
}
