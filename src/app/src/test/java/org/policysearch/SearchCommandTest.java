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
  void aMisspeltQueryIsAnsweredByItsCorrectionUnlessAskedForExactly() {
    String corrected = run(0, "search", "quantom", "--index", index.toString());
    assertTrue(corrected.contains("Showing results for: quantum"), corrected);
    assertTrue(corrected.contains("**quantum**"), corrected);

    String exact = run(0, "search", "quantom", "--exact", "--index", index.toString());
    assertTrue(exact.startsWith("0 results ("), exact);
    assertTrue(exact.contains("Did you mean: quantum"), exact);
  }

  @Test
  void aPhraseThatFindsNothingNamesItsWordsWithoutTheQuotes() {
    String out = run(0, "search", "\"semiconductor supply\"", "--index", index.toString());
    assertTrue(out.startsWith("0 results ("), out);
    String words = run(0, "search", "semiconductor supply", "--index", index.toString());
    String total = words.substring(0, words.indexOf(" results"));
    assertTrue(
        out.contains("Without the quotes: semiconductor supply (" + total + " results, "), out);
  }

  @Test
  void searchingWhereThereIsNoIndexSaysSoInOneLine(@TempDir Path empty) {
    CommandOutput run = CommandOutput.run("search", "cubesat", "--index", empty.toString());

    assertEquals(1, run.exitCode(), run.out());
    assertEquals(
        "No index at " + empty.toAbsolutePath() + ": run `index` first, or give --index.",
        run.err().strip());
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
  void commitmentFilterKeepsThePassagesOfThatStrength() throws IOException {
    String out =
        run(
            0,
            "search",
            "cooperation",
            "--commitment",
            "Intent",
            "--json",
            "--index",
            index.toString());

    JsonNode result = new ObjectMapper().readTree(out);
    assertEquals(9, result.get("total").asInt());
    assertEquals(
        "[{\"value\":\"descriptive\",\"label\":\"Descriptive\",\"count\":25,"
            + "\"selected\":false},"
            + "{\"value\":\"intent\",\"label\":\"Intent\",\"count\":9,\"selected\":true}]",
        result.get("facets").get("commitment").toString());
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
  void formatCsvWithAllWritesEveryResultNotThePage() throws IOException {
    String out = run(0, "search", "korea", "--format", "csv", "--all", "--index", index.toString());
    String page = run(0, "search", "korea", "--format", "csv", "--index", index.toString());

    int total =
        new ObjectMapper()
            .readTree(run(0, "search", "korea", "--json", "--index", index.toString()))
            .get("total")
            .asInt();
    assertTrue(total > 10, "more results than a page");
    assertEquals(total, rows(out));
    assertEquals(10, rows(page));
    // The same file as the page's export, byte-order mark and all, for a spreadsheet to open.
    assertTrue(out.startsWith("\uFEFFdocument_id,title,type,date,parties,section_path,text,"), out);
  }

  @Test
  void formatJsonLinesKeepsThePeriodAndThePartiesAsked() throws IOException {
    String out =
        run(
            0,
            "search",
            "cooperation",
            "--format",
            "jsonl",
            "--all",
            "--party",
            "Italy",
            "--party",
            "KR",
            "--index",
            index.toString());
    for (String line : out.strip().split("\\R")) {
      JsonNode row = new ObjectMapper().readTree(line);
      assertTrue(row.get("documentId").asText().startsWith("korea-italy-mou-news-"), line);
    }
    assertEquals(
        "",
        run(
                0,
                "search",
                "cooperation",
                "--format",
                "csv",
                "--all",
                "--from",
                "2030",
                "--index",
                index.toString())
            .lines()
            .skip(1)
            .reduce("", String::concat));
  }

  @Test
  void invalidQueryExitsWithAMessage() {
    assertEquals("", run(2, "search", "country:Narnia", "--index", index.toString()));
  }

  private static int rows(String csv) throws IOException {
    int rows = 0;
    try (var it =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .readerForMapOf(String.class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      while (it.hasNext()) {
        it.next();
        rows++;
      }
    }
    return rows;
  }

  private static String run(int expectedExit, String... args) {
    CommandOutput run = CommandOutput.run(args);
    assertEquals(expectedExit, run.exitCode(), run.out());
    return run.out();
  }
}
