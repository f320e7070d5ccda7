package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/** A PDF's passages know the page they start on, as a reader citing them needs; a text's do not. */
class PdfPageSearchTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("report.pdf"), TestPdfs.pagedReport());
    Files.writeString(corpus.resolve("note.txt"), "A note on lithium supply.\n");
    TestIndexes.index(corpus, dir.resolve("index"));
    service = Engine.create().searchService(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  /** The best passage for {@code query}. */
  private static Hit best(String query) throws IOException {
    return service.search(SearchRequest.of(query)).hits().get(0);
  }

  @Test
  void aPdfPassageKnowsThePageItStartsOn() throws IOException {
    assertEquals(2, best("grant").page());
    assertEquals(3, best("trusted partners").page());
    assertEquals(1, best("sensing").page());
  }

  @Test
  void aPassageOfATextWithoutPagesHasNone() throws IOException {
    assertNull(best("supply").page());
  }

  @Test
  void theDocumentViewShowsEachPassagesPage() throws IOException {
    List<Integer> pages =
        service.document("report", "").orElseThrow().chunks().stream()
            .map(DocumentChunk::page)
            .toList();
    assertEquals(List.of(1, 1, 2, 2, 3, 3), pages);
  }
}
