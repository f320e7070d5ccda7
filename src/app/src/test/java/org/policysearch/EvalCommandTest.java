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
  void mainContentIsMeasuredOnPagesWhoseArticleIsKnown(@TempDir Path tmp) throws Exception {
    Path page = Files.createDirectories(tmp.resolve("pages/accord"));
    Files.writeString(
        page.resolve("source.html"),
        "<html><head><title>Accord</title></head><body><nav><a href='/'>Home</a></nav>"
            + "<main><p>The accord enters into force.</p></main></body></html>");
    Files.writeString(page.resolve("expected.html"), "<p>The accord enters into force.</p>");
    Files.writeString(page.resolve("expected-metadata.json"), "{\"title\": \"Accord\"}");
    Path details = tmp.resolve("details.tsv");

    CommandOutput run =
        CommandOutput.run(
            "eval",
            "--main-content",
            tmp.resolve("pages").toString(),
            "--details",
            details.toString());
    CommandOutput missing =
        CommandOutput.run("eval", "--main-content", tmp.resolve("none").toString());

    assertEquals(0, run.exitCode(), run.out());
    assertTrue(
        run.out().contains("1 pages; words indexed that are the article's (precision) 1.000"),
        run.out());
    assertTrue(Files.readString(details).contains("accord\t1.000\t1.000\tAccord\tAccord"));
    assertEquals(2, missing.exitCode());
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
