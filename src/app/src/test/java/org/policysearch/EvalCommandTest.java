package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.search.Hit;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchService;

class EvalCommandTest {
  @Test
  void readsAToTaStyleCorpusWithItsMetadata(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("tota/docs"));
    Files.writeString(
        corpus.resolve("pta_7.txt"),
        "Article 1: Fisheries\nThe Parties shall cooperate on the conservation of fish stocks.\n");
    Files.writeString(
        tmp.resolve("tota/metadata.jsonl"),
        "{\"id\": \"tota-pta_7\", \"text_file\": \"pta_7.txt\", \"title\": \"Alpha - Beta\","
            + " \"date\": \"2001-02-03\", \"document_type\": \"trade_agreement\","
            + " \"parties\": [\"NO\", \"IS\"]}\n");
    Path topics = Files.writeString(tmp.resolve("topics.tsv"), "t1\tfish stocks\n");
    Path qrels = Files.writeString(tmp.resolve("qrels.txt"), "t1 0 pta-7:9 3\n");
    Path index = tmp.resolve("index");

    CommandOutput run =
        CommandOutput.run(
            "eval",
            "--corpus",
            tmp.resolve("tota").toString(),
            "--index",
            index.toString(),
            "--topics",
            topics.toString(),
            "--qrels",
            qrels.toString());

    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("1 topics"), run.out());
    // The catalogue's title and parties reached the index: the text alone names neither.
    try (SearchService service = Engine.create().searchService(index)) {
      List<Hit> hits =
          service
              .search(
                  new SearchRequest("fish", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false))
              .hits();
      assertEquals("Alpha - Beta", hits.get(0).title());
      assertTrue(hits.get(0).countries().toString().contains("NO"), hits.get(0).toString());
    }
  }

  @Test
  void aMissingTopicsFileIsNamedInOneLine(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-topics.tsv");

    CommandOutput run =
        CommandOutput.run(
            "eval",
            "--corpus",
            "corpus",
            "--index",
            tmp.resolve("index").toString(),
            "--topics",
            missing.toString(),
            "--qrels",
            missing.toString());

    assertEquals(1, run.exitCode(), run.out());
    assertEquals("No such file: " + missing, run.err().strip());
  }
}
