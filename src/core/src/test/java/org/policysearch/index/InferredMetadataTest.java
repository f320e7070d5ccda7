package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.MetadataInference;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.Label;
import org.policysearch.search.SearchService;
import org.policysearch.search.TestIndexes;

/**
 * The seed documents indexed without their metadata files: what the indexer infers from the texts
 * alone is what their metadata declares.
 */
class InferredMetadataTest {
  private static final Path SEEDS = Path.of("corpus");

  @Test
  void theSeedTextsAloneGiveTheTypesPartiesAndStatementTitleTheirMetadataDeclares(@TempDir Path tmp)
      throws IOException {
    Map<String, String> texts = new TreeMap<>();
    Map<String, JsonNode> declared = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.list(SEEDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String name = file.getFileName().toString();
        texts.put(name, Files.readString(file));
        declared.put(
            name.substring(0, name.length() - 4),
            json.readTree(SEEDS.resolve(name + ".meta.json").toFile()));
      }
    }
    try (SearchService service = TestIndexes.ofFiles(tmp, texts)) {
      List<DocumentSummary> documents = service.documents();
      assertEquals(3, documents.size());
      for (DocumentSummary document : documents) {
        JsonNode meta = declared.get(document.id());
        assertEquals(meta.get("type").asText(), document.type(), document.id());
        List<String> parties = new ArrayList<>();
        meta.get("parties").forEach(party -> parties.add(party.asText()));
        assertEquals(
            parties.stream().sorted().toList(),
            document.parties().stream().map(Label::code).sorted().toList(),
            document.id());
        if (meta.get("type").asText().equals("joint-statement")) {
          // Its title, not the publisher's line above it ("Administration of Donald J. Trump,
          // 2025"), and its date.
          assertEquals(meta.get("title").asText(), document.title());
          assertEquals(meta.get("date").asText(), document.date());
        } else {
          // A news story opening with its first sentence has no title line: no sub-heading
          // ("Trade Power Boost") is taken for one.
          assertEquals(MetadataInference.fileTitle(document.id() + ".txt"), document.title());
        }
      }
    }
  }
}
