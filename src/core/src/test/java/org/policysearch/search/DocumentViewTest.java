package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;

class DocumentViewTest {
  @TempDir Path dir;

  private static List<String> texts(SearchService service, String id) throws IOException {
    return service.document(id, null).orElseThrow().chunks().stream()
        .map(DocumentChunk::text)
        .toList();
  }

  @Test
  void changedDocumentShowsOnlyItsNewChunksInOrder() throws IOException {
    Map<String, String> files =
        Map.of(
            "a.txt", "First paragraph of a.\n\nSecond paragraph of a.\n",
            "b.txt", "Only paragraph of b.\n");
    Path corpus = TestIndexes.write(dir.resolve("corpus"), files);
    Path index = dir.resolve("index");
    TestIndexes.index(corpus, index);
    try (SearchService service = Engine.create().searchService(index)) {
      assertEquals(List.of("First paragraph of a.", "Second paragraph of a."), texts(service, "a"));
      // The new version is written after b: its chunks are no longer where the old ones were.
      TestIndexes.write(corpus, Map.of("a.txt", "New one.\n\nNew two.\n\nNew three.\n"));
      TestIndexes.index(corpus, index);
      service.refresh();
      assertEquals(List.of("New one.", "New two.", "New three."), texts(service, "a"));
      assertEquals(List.of("Only paragraph of b."), texts(service, "b"));
      assertTrue(service.document("missing", null).isEmpty());
    }
  }
}
