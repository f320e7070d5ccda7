package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;

/** A passage's permalink survives a re-index of unchanged text and changes with its text. */
class PermalinkTest {
  @TempDir Path dir;

  private static final String TEXT =
      "First paragraph on fisheries.\n\nSecond paragraph on quantum research.\n\n"
          + "Third paragraph on trade.\n";

  @Test
  void permalinkIsStableAcrossAReindexOfUnchangedTextAndChangesWithTheText() throws IOException {
    Path corpus = TestIndexes.write(dir.resolve("corpus"), Map.of("note.txt", TEXT));
    Path index = dir.resolve("index");
    List<String> before = permalinks(corpus, index);
    // A second run over the same files, and a fresh index of them, give the same links.
    assertEquals(before, permalinks(corpus, index));
    assertEquals(before, permalinks(corpus, dir.resolve("fresh")));

    Files.writeString(
        corpus.resolve("note.txt"), TEXT.replace("quantum research", "quantum computing"));
    List<String> after = permalinks(corpus, index);

    assertEquals(before.size(), after.size());
    assertEquals(before.get(0), after.get(0));
    assertNotEquals(before.get(1), after.get(1));
    // Same document and chunk, another text: only the hash tells the links apart.
    assertEquals(withoutHash(before.get(1)), withoutHash(after.get(1)));
    assertEquals(before.get(2), after.get(2));
  }

  @Test
  void hitsAndTheDocumentViewGiveTheSamePermalink() throws IOException {
    Path corpus = TestIndexes.write(dir.resolve("corpus"), Map.of("note.txt", TEXT));
    try (SearchService service = open(corpus, dir.resolve("index"))) {
      Hit hit = service.search(SearchRequest.of("quantum")).hits().get(0);
      DocumentChunk chunk = service.document("note", null).orElseThrow().chunks().get(1);

      assertEquals(chunk.chunkId(), hit.chunkId());
      assertEquals(chunk.permalink(), hit.permalink());
      assertTrue(hit.permalink().matches("/\\?doc=note&chunk=note%3A1&h=[0-9a-f]{8}"));
    }
  }

  private static List<String> permalinks(Path corpus, Path index) throws IOException {
    try (SearchService service = open(corpus, index)) {
      return service.document("note", null).orElseThrow().chunks().stream()
          .map(DocumentChunk::permalink)
          .toList();
    }
  }

  private static SearchService open(Path corpus, Path index) throws IOException {
    TestIndexes.index(corpus, index);
    return Engine.create().searchService(index);
  }

  private static String withoutHash(String permalink) {
    return permalink.substring(0, permalink.indexOf("&h="));
  }
}
