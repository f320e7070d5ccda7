package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.Indexer;

class SearchCommandTest {
  @TempDir static Path index;

  @BeforeAll
  static void indexSeedCorpus() throws IOException {
    Engine.create().index(Path.of("corpus"), index, Indexer.Progress.NONE);
  }

  @Test
  void printsRankedResultsWithMarkedWords() {
    String out = run(0, "search", "cubesat", "--index", index.toString());

    assertTrue(out.startsWith("1 results ("), out);
    assertTrue(out.contains("[us-rok-technology-prosperity-deal:36]"), out);
    assertTrue(
        out.contains(
            "II. Areas of Cooperation › Trusted Technology Leadership › Cooperating on Space"
                + " Exploration"),
        out);
    assertTrue(out.contains("a Korean **cubesat** rideshare on Artemis II"), out);
  }

  @Test
  void jsonOutputIsTheApiAnswerWithFiltersApplied() throws IOException {
    String out =
        run(0, "search", "chips", "--country", "Italy", "--json", "--index", index.toString());

    JsonNode result = new ObjectMapper().readTree(out);
    assertTrue(result.get("total").asInt() > 0);
    for (JsonNode hit : result.get("hits")) {
      assertTrue(hit.get("countries").toString().contains("\"IT\""), hit.toString());
    }
    assertEquals(
        true,
        result.get("facets").get("country").findValues("selected").stream()
            .anyMatch(JsonNode::asBoolean));
  }

  @Test
  void groupDocumentPrintsOneResultPerDocumentWithItsPassages() {
    String out = run(0, "search", "cubesat", "--group", "document", "--index", index.toString());

    assertTrue(out.startsWith("1 results ("), out);
    assertTrue(
        out.contains(
            "[us-rok-technology-prosperity-deal]  1 matching passage" + System.lineSeparator()),
        out);
    assertTrue(out.contains("    - [us-rok-technology-prosperity-deal:36]"), out);
    assertTrue(
        out.contains(
            "      Areas of collaboration include future Artemis contributions, a Korean **cubesat**"),
        out);
  }

  @Test
  void invalidQueryExitsWithAMessage() {
    assertEquals("", run(2, "search", "country:Narnia", "--index", index.toString()));
  }

  private static String run(int expectedExit, String... args) {
    CommandOutput run = CommandOutput.run(args);
    assertEquals(expectedExit, run.exitCode(), run.out());
    return run.out();
  }
}
