package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;

/** "Did you mean" knows the words of the documents in the index, and only those. */
class SpellingVocabularyTest {
  private final Engine engine = Engine.create();

  @TempDir Path tmp;

  private String suggestion(Path index, String query) throws IOException {
    try (SearchService service = engine.searchService(index)) {
      return service.search(SearchRequest.of(query)).suggestion();
    }
  }

  @Test
  void aWordIsKnownFromAnyChunkOfItsDocumentAndForgottenWithTheDocument() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    Files.writeString(
        corpus.resolve("chips.md"),
        "# Semiconductors\n\nThe parties shall cooperate on semiconductor supply chains.\n");
    StringBuilder hydrogen = new StringBuilder("# Hydrogen\n\n");
    for (int i = 1; i <= 40; i++) {
      hydrogen.append("## Article ").append(i).append("\n\n");
      hydrogen.append("Each party shall report on its offshore wind programme number ");
      hydrogen.append(i).append(" and on the ports that serve it.\n\n");
    }
    // Said once, in the last of many chunks.
    hydrogen.append("## Article 41\n\nThe parties shall build electrolysers together.\n");
    Files.writeString(corpus.resolve("hydrogen.md"), hydrogen);
    engine.index(corpus, index, Indexer.Progress.NONE);

    assertEquals("electrolysers", suggestion(index, "electrolysrs"));
    assertEquals("semiconductor", suggestion(index, "semiconductr"));

    Files.delete(corpus.resolve("hydrogen.md"));
    engine.index(corpus, index, Indexer.Progress.NONE);

    assertNull(suggestion(index, "electrolysrs"));
    assertEquals("semiconductor", suggestion(index, "semiconductr"));
  }
}
