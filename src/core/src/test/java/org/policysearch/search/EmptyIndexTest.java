package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.index.Indexer;

/** A server started on a corpus where nothing could be indexed still answers, with nothing. */
class EmptyIndexTest {
  @TempDir Path tmp;

  @Test
  void indexWithoutChunksAnswersEveryCallEmpty() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("empty.txt"), "");
    Engine engine = Engine.create();
    engine.index(corpus, tmp.resolve("index"), Indexer.Progress.NONE);

    try (SearchService service = engine.searchService(tmp.resolve("index"))) {
      SearchResult result = service.search(SearchRequest.of("quantum"));
      assertEquals(0, result.total());
      assertEquals(List.of(), result.hits());
      assertEquals(
          Map.of(
              "country",
              List.of(),
              "sector",
              List.of(),
              "type",
              List.of(),
              "publisher",
              List.of(),
              "year",
              List.of(),
              "commitment",
              List.of()),
          service.facets());
      assertEquals(List.of(), service.documents());
      assertEquals(new IndexStats(0, 0), service.stats());
      assertEquals(0, service.search(SearchRequest.of("")).total());
    }
  }
}
