package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.FacetRegistry;
import org.policysearch.search.TestIndexes;

class ChunkExportTest {

  @Test
  void everyChunkCarriesTheValuesOfEveryFacetTheOtherEnginesCount(@TempDir Path dir)
      throws IOException {
    Path index = dir.resolve("index");
    TestIndexes.index(
        TestIndexes.write(dir.resolve("corpus"), RawLuceneServerTest.agreements()), index);
    Path lines = dir.resolve("chunks.jsonl");

    int written = ChunkExport.write(index, lines);

    List<String> rows = Files.readAllLines(lines);
    assertEquals(written, rows.size());
    assertTrue(written > 0);
    ObjectMapper json = new ObjectMapper();
    Set<String> commitments = new HashSet<>();
    for (String row : rows) {
      JsonNode chunk = json.readTree(row);
      for (String facet : FacetRegistry.NAMES) {
        assertTrue(chunk.has(facet), () -> facet + " missing from " + row);
      }
      chunk.get("commitment").forEach(v -> commitments.add(v.asText()));
    }
    // The agreements' articles say "shall": Solr is asked to count what the index tagged.
    assertTrue(commitments.contains("binding"), commitments::toString);
  }
}
