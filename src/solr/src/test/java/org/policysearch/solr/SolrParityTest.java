package org.policysearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.params.ShardParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.TestPdfs;
import org.policysearch.eval.Topic;
import org.policysearch.eval.Topics;
import org.policysearch.index.Fields;
import org.policysearch.index.IndexSummary;
import org.policysearch.search.ClauseComparison;
import org.policysearch.search.DateRange;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.ExportRow;
import org.policysearch.search.Hit;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;
import org.policysearch.search.SearchTimeoutException;
import org.policysearch.search.TestIndexes;

/**
 * The seed corpus indexed into the embedded engine and into a SolrCloud collection of 2 shards × 2
 * replicas on 2 nodes, with the collection's word statistics (ExactStatsCache): every answer the
 * API gives must be the same, hit for hit, score for score, mark for mark.
 */
class SolrParityTest {
  private static final Path TOPICS = Path.of("src/core/src/test/resources/eval/topics.tsv");
  private static final String COLLECTION = "policy";

  @TempDir static Path dir;
  private static MiniSolrCloudCluster cluster;
  private static SearchService embedded;
  private static SearchService solr;
  private static SolrCollection collection;

  @BeforeAll
  static void indexBoth() throws Exception {
    embedded = TestIndexes.seed(dir);
    cluster = TestClusters.start(dir.resolve("solr"));
    TestClusters.create(cluster, COLLECTION, 2, 2);
    // As serve and index reach it: one node's address, the JDK's HTTP client.
    collection = TestClusters.at(cluster, 0, COLLECTION);
    Engine engine = Engine.create();
    TestClusters.index(engine, collection, TestIndexes.SEED_CORPUS);
    // Every request searched: answers kept for repeats would compare the cache, not Solr.
    solr =
        new SearchService(collection.backend(engine.labels()), engine.labels(), ResultCache.NONE);
  }

  @AfterAll
  static void stop() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
    // The backend before its client and the cluster: its refresh would otherwise go on sending.
    if (solr != null) {
      solr.close();
    }
    if (collection != null) {
      collection.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void solrCollectionRanksTheSeedTopicsAsTheEmbeddedEngine() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (Topic topic : Topics.read(TOPICS)) {
      requests.add(request(topic.query(), topic.filters(), 1, SearchRequest.Sort.RELEVANCE));
    }
    assertEquals(List.of(), differences(requests));
  }

  /** With spelling correction on, as the page searches: misspelt topics are answered corrected. */
  @Test
  void solrCollectionCorrectsTheSeedTopicsAsTheEmbeddedEngine() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (Topic topic : Topics.read(TOPICS)) {
      requests.add(
          new SearchRequest(
              topic.query(), topic.filters(), 1, 10, SearchRequest.Sort.RELEVANCE, false, true));
    }
    assertEquals(List.of(), differences(requests));
  }

  @Test
  void misspeltWordsAreCorrectedOnSolrAsOnTheEmbeddedEngine() throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String typed :
        List.of("semiconductr", "quantom", "Giorgia Melone", "artifical inteligence")) {
      SearchRequest request =
          new SearchRequest(typed, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false, true);
      String suggestion = embedded.search(request).suggestion();
      assertNotNull(suggestion, typed);
      expected.add(typed + " -> " + suggestion);
      actual.add(typed + " -> " + solr.search(request).suggestion());
    }
    assertEquals(expected, actual);
  }

  @Test
  void solrCollectionAnswersFilteredSortedAndPagedQueriesAsTheEmbeddedEngine() throws IOException {
    assertEquals(List.of(), differences(filteredSortedAndPaged()));
  }

  /** Searches with facet values, periods, parties, sorts and pages. */
  private static List<SearchRequest> filteredSortedAndPaged() {
    return List.of(
        request("energy", Map.of("country", List.of("KR", "IT")), 1, SearchRequest.Sort.RELEVANCE),
        request("trade", Map.of("type", List.of("agreement")), 1, SearchRequest.Sort.RELEVANCE),
        request("country:Italy cooperation", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("semiconductor supply chains", Map.of(), 2, SearchRequest.Sort.RELEVANCE),
        request("AI", Map.of(), 1, SearchRequest.Sort.DATE),
        request("cooperation", Map.of(), 1, SearchRequest.Sort.NEWEST),
        request("", Map.of("country", List.of("KR")), 1, SearchRequest.Sort.NEWEST),
        request("quant*", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        // Its words' stems ("cooper", "technolog") are shorter than the prefix typed.
        request("cooperat* technolog*", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("\"rules of origin\" OR tariffs", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("fisheries -quota", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        // A filter inside an OR group: passages only, never a document's record.
        request("country:KR OR country:IT", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("quantum OR sector:ai", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("", Map.of("country", List.of("KR")), 1, SearchRequest.Sort.RELEVANCE),
        // A period, counted with the year facet; undated documents as a year value.
        request("cooperation", Map.of(), 1, SearchRequest.Sort.RELEVANCE)
            .within(DateRange.of("2025-10", "2025")),
        request(
                "cooperation",
                Map.of("year", List.of("2025", "undated")),
                1,
                SearchRequest.Sort.DATE)
            .within(DateRange.of(null, "2025-10-29")),
        request("", Map.of("year", List.of("undated")), 1, SearchRequest.Sort.RELEVANCE),
        request("korea", Map.of(), 1, SearchRequest.Sort.RELEVANCE)
            .within(DateRange.of("2026", null)),
        // The documents every named country is party to.
        request("cooperation", Map.of(), 1, SearchRequest.Sort.RELEVANCE)
            .between(List.of("IT", "South Korea")),
        request("ai", Map.of("sector", List.of("ai")), 1, SearchRequest.Sort.RELEVANCE)
            .between(List.of("US")),
        request("cooperation", Map.of(), 1, SearchRequest.Sort.RELEVANCE)
            .between(List.of("IT", "US")),
        // The publisher, ticked and typed in another case.
        request(
            "cooperation",
            Map.of("publisher", List.of("Administration of Donald J. Trump, 2025")),
            1,
            SearchRequest.Sort.RELEVANCE),
        request(
            "ai publisher:\"administration of donald j. trump, 2025\"",
            Map.of(),
            1,
            SearchRequest.Sort.RELEVANCE),
        // The commitment of each passage, ticked and typed.
        request("", Map.of("commitment", List.of("binding")), 1, SearchRequest.Sort.RELEVANCE),
        request(
            "commitment:intent cooperation",
            Map.of("commitment", List.of("binding")),
            1,
            SearchRequest.Sort.RELEVANCE));
  }

  /** The queries the HTTP API's tests send (src/app/src/test/java/org/policysearch/web). */
  @Test
  void solrCollectionAnswersTheApiTestsQueriesAsTheEmbeddedEngine() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (String query :
        List.of(
            "quantum",
            "cooperation",
            "AI",
            "semiconductors",
            "Meloni quantum",
            "Artemis leadership",
            "Artemis memorandum",
            "confidential negotiating position",
            "50% quantum",
            "script OR img",
            "quantum -zzq* -zzr*",
            "zzr* quantum",
            "\"korea mou\"~4",
            "\"supply resilience\"~8 minerals",
            // The seeds write "high-tech": found typed closed only through the joined word.
            "hightech",
            "high-tech industries")) {
      requests.add(request(query, Map.of(), 1, SearchRequest.Sort.RELEVANCE));
    }
    Map<String, List<String>> none = Map.of();
    requests.add(sized("korea OR italy OR quantum", none, 1, 100, SearchRequest.Sort.RELEVANCE));
    requests.add(sized("cooperation", none, 1, 100, SearchRequest.Sort.RELEVANCE));
    requests.add(sized("AI", none, 2, 5, SearchRequest.Sort.DATE));
    requests.add(request("", none, 1, SearchRequest.Sort.DATE));
    requests.add(request("", Map.of("country", List.of("IT")), 1, SearchRequest.Sort.RELEVANCE));
    requests.add(request("", Map.of("country", List.of("KR")), 2, SearchRequest.Sort.RELEVANCE));
    requests.add(
        request("", Map.of("country", List.of("IT", "US")), 1, SearchRequest.Sort.RELEVANCE));
    requests.add(
        request(
            "AI",
            Map.of("country", List.of("IT"), "sector", List.of("semiconductors")),
            1,
            SearchRequest.Sort.DATE));
    for (String country : List.of("KR", "US")) {
      requests.add(
          request("quantum", Map.of("country", List.of(country)), 1, SearchRequest.Sort.RELEVANCE));
    }
    requests.add(
        request(
            "quantum", Map.of("country", List.of("KR", "IT")), 1, SearchRequest.Sort.RELEVANCE));
    requests.add(
        request("cooperation", Map.of("country", List.of("IT")), 1, SearchRequest.Sort.RELEVANCE));
    assertEquals(List.of(), differences(requests));
  }

  @Test
  void aSearchPastItsBudgetIsStoppedRatherThanAnsweredInPart() throws IOException {
    SearchRequest quantum = request("quantum", Map.of(), 1, SearchRequest.Sort.RELEVANCE);
    assertThrows(SearchTimeoutException.class, () -> solr.search(quantum, Duration.ofNanos(1)));
    assertNull(difference(embedded.search(quantum), solr.search(quantum, Duration.ofSeconds(30))));
  }

  @Test
  void solrCollectionGroupsTheSeedTopicsByDocumentAsTheEmbeddedEngine() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (Topic topic : Topics.read(TOPICS)) {
      requests.add(
          request(topic.query(), topic.filters(), 1, SearchRequest.Sort.RELEVANCE)
              .withGroup(SearchRequest.Group.DOCUMENT));
    }
    assertEquals(List.of(), differences(requests));
  }

  /**
   * Grouped by document: filtered, by date, newest first (the Atom feed's search), paged one
   * document at a time, with words no document holds all of (relaxed), and with every word held by
   * some documents only (those holding them all first, then the others).
   */
  @Test
  void solrCollectionAnswersGroupedSearchesAsTheEmbeddedEngine() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (SearchRequest request : filteredSortedAndPaged()) {
      requests.add(request.withGroup(SearchRequest.Group.DOCUMENT));
    }
    SearchRequest.Group documents = SearchRequest.Group.DOCUMENT;
    for (String query :
        List.of("", "cooperation", "AI", "quantum", "semiconductor supply chains", "trade")) {
      // As FeedController asks: newest first, twice the feed's entries.
      requests.add(
          SearchRequest.of(query)
              .withGroup(documents)
              .withSort(SearchRequest.Sort.NEWEST)
              .withPage(1, 40));
    }
    for (int page = 1; page <= 4; page++) {
      requests.add(SearchRequest.of("quantum cooperation").withGroup(documents).withPage(page, 1));
      requests.add(SearchRequest.of("").withGroup(documents).withPage(page, 1));
    }
    requests.add(SearchRequest.of("quantum fisheries").withGroup(documents));
    requests.add(SearchRequest.of("Artemis memorandum").withGroup(documents));
    requests.add(SearchRequest.of("korea OR italy OR quantum").withGroup(documents));
    requests.add(SearchRequest.of("quant* -zzr*").withGroup(documents));
    assertEquals(List.of(), differences(requests));
    SearchResult relaxed = solr.search(SearchRequest.of("quantum fisheries").withGroup(documents));
    assertTrue(relaxed.relaxed() && relaxed.total() > 0, "a relaxed search is compared");
    SearchResult split = solr.search(SearchRequest.of("Artemis memorandum").withGroup(documents));
    assertTrue(
        split.allWordsTotal() > 0 && split.allWordsTotal() < split.total(),
        "a search with both tiers is compared: " + split.allWordsTotal() + "/" + split.total());
  }

  /** With explain=true each hit carries the explanation of its score by the whole collection. */
  @Test
  void solrCollectionExplainsScoresAsTheEmbeddedEngine() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (String query :
        List.of(
            "quantum",
            "semiconductor supply chains",
            "space exploration",
            "korea OR italy OR quantum",
            "quant* cooperation",
            "\"rules of origin\" OR tariffs")) {
      SearchRequest explained =
          new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, true, false);
      requests.add(explained);
      requests.add(explained.withGroup(SearchRequest.Group.DOCUMENT));
    }
    assertEquals(List.of(), differences(requests));
    Hit first = solr.search(requests.get(0)).hits().get(0);
    assertTrue(
        first.explanation() != null && first.explanation().contains("idf"), first.explanation());
  }

  /**
   * Prefixes matching more than 10,000 words of the collection in all are refused as in-process,
   * with the same message; a word both shards hold counts once (summed per shard, zzq* alone would
   * match 12,000). A collection of its own, as its words would change every other comparison's
   * statistics.
   */
  @Test
  void prefixesMatchingTooManyWordsAreRefusedOnSolrAsInProcess(@TempDir Path tmp) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : List.of("q1", "q2", "q3", "q4", "q5")) {
      files.put(name + ".txt", "Q\n\n" + words("zzq", 6_000));
    }
    files.put("r.txt", "R\n\n" + words("zzr", 6_000));
    onCollectionOfItsOwn(
        tmp,
        "costs",
        files,
        (local, remote) -> {
          for (String shard : List.of("shard1", "shard2")) {
            SolrQuery held = new SolrQuery("{!prefix f=" + Fields.BODY + "}zzq");
            held.set(ShardParams.SHARDS, shard);
            held.setRows(0);
            assertTrue(
                SolrQueries.query(cluster.getSolrClient(), "costs", held).getResults().getNumFound()
                    > 0,
                "zzq words on " + shard);
          }
          for (String query :
              List.of(
                  "zzq*", "zzr* quantum", "zzq* zzr* zzs*", "zzq* OR zzq*", "zzq -zzq* -zzr*")) {
            assertEquals(outcome(local, query), outcome(remote, query), query);
          }
          assertEquals(
              "refused: The query's prefixes match more than 10,000 words in all, the most one"
                  + " search expands: zzq* (6,000), zzr* (6,000). Make them longer or use fewer.",
              outcome(remote, "zzq* zzr* zzs*"));
          assertTrue(outcome(remote, "zzq*").startsWith("total "), outcome(remote, "zzq*"));
        });
  }

  /** A comparison of the same texts searched in process and on a collection. */
  private interface Comparison {
    void run(SearchService local, SearchService remote) throws Exception;
  }

  /**
   * Runs {@code comparison} on {@code files} indexed in process and into the collection {@code
   * name} of 2 shards, made for them.
   */
  private static void onCollectionOfItsOwn(
      Path tmp, String name, Map<String, String> files, Comparison comparison) throws Exception {
    TestClusters.create(cluster, name, 2, 1);
    Engine engine = Engine.create();
    try (SearchService local = TestIndexes.ofFiles(tmp, files);
        SolrCollection own = TestClusters.at(cluster, 0, name)) {
      TestClusters.index(engine, own, tmp.resolve("corpus"));
      try (SearchService remote =
          new SearchService(own.backend(engine.labels()), engine.labels(), ResultCache.NONE)) {
        comparison.run(local, remote);
      }
    }
  }

  /** A PDF passage names its page on Solr as in process, in hits, documents and citations. */
  @Test
  void aPdfPassagesPageComesThroughSolrAsInProcess(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.write(corpus.resolve("report.pdf"), TestPdfs.pagedReport());
    TestIndexes.index(corpus, tmp.resolve("index"));
    TestClusters.create(cluster, "pages", 2, 1);
    Engine engine = Engine.create();
    try (SearchService local = engine.searchService(tmp.resolve("index"));
        SolrCollection own = TestClusters.at(cluster, 0, "pages")) {
      TestClusters.index(engine, own, corpus);
      try (SearchService remote =
          new SearchService(own.backend(engine.labels()), engine.labels(), ResultCache.NONE)) {
        SearchRequest request = SearchRequest.of("grant");
        List<String> expected =
            local.search(request).hits().stream().map(h -> h.chunkId() + " p" + h.page()).toList();
        assertEquals(List.of("report:3 p2"), expected);
        assertEquals(
            expected,
            remote.search(request).hits().stream()
                .map(h -> h.chunkId() + " p" + h.page())
                .toList());
        assertEquals(
            local.document("report", null).orElseThrow().chunks().stream()
                .map(DocumentChunk::page)
                .toList(),
            remote.document("report", null).orElseThrow().chunks().stream()
                .map(DocumentChunk::page)
                .toList());
        assertEquals(
            local.passage("report:3").orElseThrow().page(),
            remote.passage("report:3").orElseThrow().page());
      }
    }
  }

  /**
   * A typo two texts share, beside the word 120 texts spell right: suggested and answered corrected
   * on a collection of 2 shards as in process, the word's rarity summed over the shards. A
   * collection of its own, for the same reason as above.
   */
  @Test
  void aTypoAFewTextsShareIsCorrectedOnSolrAsInProcess(@TempDir Path tmp) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 2; i++) {
      files.put("typo" + i + ".txt", "Notes\n\nThe tarrifs of Party " + i + " apply.\n");
    }
    for (int i = 0; i < 120; i++) {
      String verb = i < 60 ? "apply" : "hold";
      files.put("a" + i + ".txt", "Notes\n\nThe tariffs of Party " + i + " " + verb + ".\n");
    }
    onCollectionOfItsOwn(
        tmp,
        "typos",
        files,
        (local, remote) -> {
          for (String query : List.of("tarrifs apply", "tarrifs", "tarrif hold")) {
            assertEquals(corrected(local, query), corrected(remote, query), query);
          }
          assertEquals("tariffs apply, answered: 60 whole", corrected(remote, "tarrifs apply"));
        });
  }

  /**
   * A passage that mostly cites other provisions by their titles ranks as a heading on Solr too.
   */
  @Test
  void aPassageThatMostlyCitesRanksOnSolrAsInProcess(@TempDir Path tmp) throws Exception {
    Map<String, String> files =
        Map.of(
            "investment.txt",
            "Article 9 Expropriation and Compensation\n\n"
                + "No Party shall expropriate a covered investment except for a public purpose and"
                + " on payment of compensation. Compensation for an expropriation shall be paid"
                + " without delay.\n\n"
                + "Article 12 Transfers\n\n"
                + "Each Party shall permit transfers relating to:\n\n"
                + "(d) Article 9 (Expropriation and Compensation);\n");
    onCollectionOfItsOwn(
        tmp,
        "citations",
        files,
        (local, remote) -> {
          SearchRequest request = SearchRequest.of("expropriation and compensation");
          List<Hit> expected = local.search(request).hits();
          assertTrue(expected.get(0).text().contains("covered investment"), expected.toString());
          assertEquals(
              expected.stream().map(h -> h.chunkId() + " " + h.score()).toList(),
              remote.search(request).hits().stream()
                  .map(h -> h.chunkId() + " " + h.score())
                  .toList());
        });
  }

  /**
   * The same clause in several agreements, spread over the collection's two shards, and its near
   * copies, are folded into its best copy on Solr as in process, page after page; a near copy that
   * commits otherwise ("may" for "shall") is listed on its own on both.
   */
  @Test
  void theSameClauseInSeveralAgreementsIsFoldedOnSolrAsInProcess(@TempDir Path tmp)
      throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      files.put(
          "party" + i + ".txt",
          (i + 2)
              + ". A Party shall accord national treatment to financial service suppliers of the"
              + " other Party in like circumstances.\n\n"
              + "Under Article "
              + (i + 10)
              + ", a Party also accords national treatment to goods"
              + " ".repeat(i)
              + " of the other Party"
              + (i % 2 == 0 ? "." : " in like circumstances.")
              + "\n");
      files.put("party" + i + ".txt.meta.json", "{\"title\": \"Agreement " + i + "\"}");
    }
    // Nearly the clause, but permitting what it requires: listed on its own.
    files.put(
        "permissive.txt",
        "A Party may accord national treatment to financial service suppliers of the other Party"
            + " in like circumstances.\n");
    files.put("other.txt", "The treatment of investors is set out in an annex.\n");
    onCollectionOfItsOwn(
        tmp,
        "folding",
        files,
        (local, remote) -> {
          List<Integer> folded = new ArrayList<>();
          for (int page = 1; page <= 3; page++) {
            SearchRequest request =
                SearchRequest.of("national treatment").withPage(page, 2).folding(true);
            SearchResult expected = local.search(request);
            assertEquals(folds(expected), folds(remote.search(request)), "page " + page);
            expected.hits().forEach(h -> folded.add(h.sameText().size()));
          }
          // The goods sentence in all five, "goods." in three and its near copy "goods in like
          // circumstances." in two; the clause in all five, and its permissive variant alone.
          assertEquals(List.of(4, 4, 0, 0), folded);
        });
  }

  /** A search's hits, each with its score and the passages folded into it, and its total. */
  private static String folds(SearchResult result) {
    return result.total()
        + " "
        + result.hits().stream()
            .map(
                h ->
                    h.chunkId()
                        + " "
                        + h.score()
                        + " "
                        + h.sameText().stream()
                            .map(s -> s.chunkId() + " " + s.title() + (s.nearly() ? " ~" : ""))
                            .toList())
            .toList();
  }

  /** A search's suggestion, whether its answer is the suggestion's, and how many hold it whole. */
  private static String corrected(SearchService service, String query) throws IOException {
    SearchResult result = service.search(SearchRequest.of(query));
    return result.suggestion()
        + (result.correctedQuery() != null ? ", answered: " : ", as typed: ")
        + result.allWordsTotal()
        + " whole";
  }

  /** {@code count} distinct words starting with {@code prefix}. */
  private static String words(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> prefix + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (i / 676))
        .collect(Collectors.joining(" "));
  }

  /** A search's total, or why it was refused. */
  private static String outcome(SearchService service, String query) throws IOException {
    try {
      return "total " + service.search(SearchRequest.of(query)).total();
    } catch (InvalidQueryException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** An export streams its rows; grouped by document, each row a document with its best passage. */
  @Test
  void solrCollectionExportsAsTheEmbeddedEngine() throws IOException {
    for (SearchRequest.Group group : SearchRequest.Group.values()) {
      for (SearchRequest request :
          List.of(
              SearchRequest.of("cooperation"),
              SearchRequest.of("quantum cooperation"),
              SearchRequest.of("").withSort(SearchRequest.Sort.NEWEST),
              SearchRequest.of("AI").withFilter("country", List.of("KR", "IT")))) {
        List<ExportRow> expected = new ArrayList<>();
        List<ExportRow> actual = new ArrayList<>();
        SearchRequest grouped = request.withGroup(group);
        embedded.export(grouped, 500, false, expected::add);
        solr.export(grouped, 500, false, actual::add);
        assertTrue(!expected.isEmpty(), request.query());
        assertEquals(expected, actual, group + " " + request.query());
      }
    }
  }

  @Test
  void similarPassagesOnSolrAreTheEmbeddedEnginesFromOtherDocuments() throws IOException {
    for (String source :
        List.of(TestIndexes.NEWS_A + ":4", TestIndexes.US_ROK + ":10", TestIndexes.NEWS_B + ":3")) {
      List<Hit> expected = embedded.similar(source, 10, null).orElseThrow();
      List<Hit> actual = solr.similar(source, 10, null).orElseThrow();
      assertTrue(!actual.isEmpty(), source);
      String own = source.substring(0, source.indexOf(':'));
      for (Hit hit : actual) {
        assertTrue(!hit.documentId().equals(own), hit.chunkId());
        assertTrue(hit.url().contains("&chunk="), hit.url());
      }
      // The same words asked of the whole collection: the same passages, scored alike.
      assertEquals(
          expected.stream().map(Hit::chunkId).toList(),
          actual.stream().map(Hit::chunkId).toList(),
          source);
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-4f, source);
      }
    }
    assertEquals(Optional.empty(), solr.similar(TestIndexes.NEWS_A + ":99999", 5, null));
  }

  @Test
  void comparingAPassageAcrossAgreementsOnSolrFindsTheEmbeddedEnginesCounterparts()
      throws IOException {
    int compared = 0;
    for (String source :
        List.of(
            TestIndexes.NEWS_A + ":4",
            TestIndexes.NEWS_B + ":3",
            TestIndexes.US_ROK + ":10",
            TestIndexes.US_ROK + ":0")) {
      List<String> others =
          List.of(TestIndexes.NEWS_A, TestIndexes.NEWS_B, TestIndexes.US_ROK).stream()
              .filter(d -> !source.startsWith(d + ":"))
              .toList();
      ClauseComparison expected = embedded.compare(source, others).orElseThrow();
      ClauseComparison actual = solr.compare(source, others).orElseThrow();
      assertEquals(expected.source().chunkId(), actual.source().chunkId());
      assertEquals(expected.source().text().replaceAll("</?mark>", ""), actual.source().text());
      for (int i = 0; i < others.size(); i++) {
        ClauseComparison.Counterpart want = expected.counterparts().get(i);
        ClauseComparison.Counterpart got = actual.counterparts().get(i);
        assertEquals(want.documentId(), got.documentId(), source);
        assertEquals(
            want.passage() == null ? null : want.passage().chunkId(),
            got.passage() == null ? null : got.passage().chunkId(),
            source + " in " + want.documentId());
        // The words that differ, spelt alike: the diff is of the texts without their marks.
        assertEquals(want.diff(), got.diff(), source + " in " + want.documentId());
        compared += got.passage() == null ? 0 : 1;
      }
    }
    assertTrue(compared >= 6, "counterparts found: " + compared);
    assertEquals(
        Optional.empty(), solr.compare(TestIndexes.NEWS_A + ":99999", List.of(TestIndexes.US_ROK)));
  }

  /** A file added beside one of the same name leaves it its id on a collection too. */
  @Test
  void aFileAddedBesideAnotherOfTheSameNameLeavesTheOtherItsIdOnSolr(@TempDir Path tmp)
      throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("bravo.txt"), "Bravo\n\nThe Parties cooperate on customs.\n");
    TestClusters.create(cluster, "ids", 1, 1);
    Engine engine = Engine.create();
    try (SolrCollection own = TestClusters.at(cluster, 0, "ids")) {
      TestClusters.index(engine, own, corpus);
      Files.writeString(corpus.resolve("bravo.md"), "# Bravo\n\nThe Parties trade quantum.\n");
      IndexSummary again = TestClusters.index(engine, own, corpus);
      assertEquals(List.of(1, 1, 0), List.of(again.added(), again.unchanged(), again.updated()));
      try (SearchService remote =
          new SearchService(own.backend(engine.labels()), engine.labels(), ResultCache.NONE)) {
        assertEquals(
            List.of("bravo", "bravo-md"),
            remote.documents().stream().map(DocumentSummary::id).sorted().toList());
        assertEquals(
            "bravo", remote.search(SearchRequest.of("customs")).hits().get(0).documentId());
      }
    }
  }

  @Test
  void indexingAnUnchangedCorpusAgainSendsNothing() throws IOException {
    IndexSummary again = TestClusters.index(Engine.create(), collection, TestIndexes.SEED_CORPUS);
    assertEquals(
        List.of(3, 0, 0, 0),
        List.of(again.unchanged(), again.added(), again.updated(), again.deleted()));
  }

  @Test
  void healthReportsTheEngineAndEveryReplicaActive() throws IOException {
    assertEquals("solr", solr.engine());
    assertEquals(
        Optional.of("2 live nodes; shard1: 2 of 2 replicas active; shard2: 2 of 2 replicas active"),
        solr.cluster());
    assertEquals("lucene", embedded.engine());
    assertEquals(Optional.empty(), embedded.cluster());
  }

  /**
   * The comparisons above take the collection-wide statistics path: words of the compared queries
   * that one shard lacks (then a shard holding them must still weigh them against every shard's
   * chunks, not its own).
   */
  @Test
  void someComparedWordsAreHeldByOneShardOnly() throws IOException {
    for (String word : List.of("explor", "myung")) {
      List<Long> perShard = new ArrayList<>();
      for (String shard : List.of("shard1", "shard2")) {
        SolrQuery query = new SolrQuery("{!term f=" + Fields.TEXT + "}" + word);
        query.set(ShardParams.SHARDS, shard);
        query.setRows(0);
        perShard.add(
            SolrQueries.query(cluster.getSolrClient(), COLLECTION, query)
                .getResults()
                .getNumFound());
      }
      assertEquals(1, perShard.stream().filter(n -> n == 0).count(), word + " " + perShard);
    }
  }

  @Test
  void solrCollectionListsDocumentsStatsAndFacetsAsTheEmbeddedEngine() throws IOException {
    assertEquals(embedded.stats(), solr.stats());
    assertEquals(embedded.documents(), solr.documents());
    assertEquals(embedded.facets(), solr.facets());
    assertEquals(embedded.acronyms(), solr.acronyms());
    String id = embedded.documents().get(0).id();
    assertEquals(embedded.document(id, "cooperation"), solr.document(id, "cooperation"));
    assertEquals(embedded.document(id, null, 3, 5), solr.document(id, null, 3, 5));
  }

  @Test
  void solrCollectionOutlinesAndFindsInADocumentAsTheEmbeddedEngine() throws IOException {
    for (String id : List.of(TestIndexes.US_ROK, TestIndexes.NEWS_B)) {
      assertEquals(embedded.outline(id), solr.outline(id), id);
      for (String query : List.of("AI", "chips", "\"supply chains\"", "semicond*")) {
        assertEquals(embedded.find(id, query), solr.find(id, query), id + " " + query);
      }
    }
    assertEquals(Optional.empty(), solr.outline("no-such-document"));
    assertEquals(Optional.empty(), solr.find("no-such-document", "chips"));
  }

  @Test
  void solrCollectionCountsPairsNetworksAndTimelinesAsTheEmbeddedEngine() throws IOException {
    for (SearchRequest request :
        List.of(
            SearchRequest.of("ai"),
            SearchRequest.of("cooperation").between(List.of("KR")),
            SearchRequest.of("semiconductors supply").withFilter("country", List.of("IT")),
            SearchRequest.of(""))) {
      assertEquals(embedded.matrix(request, 10), solr.matrix(request, 10), request.query());
      assertEquals(embedded.network(request, 100), solr.network(request, 100), request.query());
      assertEquals(embedded.timeline(request, 500), solr.timeline(request, 500), request.query());
    }
  }

  private static SearchRequest request(
      String query, Map<String, List<String>> filters, int page, SearchRequest.Sort sort) {
    return sized(query, filters, page, 10, sort);
  }

  private static SearchRequest sized(
      String query,
      Map<String, List<String>> filters,
      int page,
      int size,
      SearchRequest.Sort sort) {
    return new SearchRequest(query, filters, page, size, sort, false, false);
  }

  /** One line per request whose answers differ, saying what differs first. */
  private static List<String> differences(List<SearchRequest> requests) throws IOException {
    List<String> found = new ArrayList<>();
    for (SearchRequest request : requests) {
      SearchResult expected = embedded.search(request);
      SearchResult actual = solr.search(request);
      String what = difference(expected, actual);
      if (what != null) {
        found.add(
            request.query()
                + " "
                + request.filters()
                + " "
                + request.group().code()
                + " "
                + request.sort()
                + " page "
                + request.page()
                + ": "
                + what);
      }
    }
    return found;
  }

  /** {@code hit} with its explanation as {@link #explained} reads it. */
  private static Hit comparable(Hit hit) {
    if (hit.explanation() == null) {
      return hit;
    }
    return new Hit(
        hit.chunkId(),
        hit.documentId(),
        hit.title(),
        hit.type(),
        hit.date(),
        hit.publisher(),
        hit.sectionPath(),
        hit.kind(),
        hit.countries(),
        hit.sectors(),
        hit.score(),
        hit.allWords(),
        hit.matchedOn(),
        hit.text(),
        hit.snippet(),
        hit.titleHighlighted(),
        hit.sectionPathHighlighted(),
        hit.url(),
        hit.permalink(),
        explained(hit.explanation()),
        hit.sameText(),
        hit.page());
  }

  private static DocumentHit comparable(DocumentHit document) {
    return new DocumentHit(
        document.documentId(),
        document.title(),
        document.titleHighlighted(),
        document.type(),
        document.date(),
        document.publisher(),
        document.countries(),
        document.sectors(),
        document.score(),
        document.matchingPassages(),
        document.chunks(),
        document.url(),
        document.passages().stream().map(SolrParityTest::comparable).toList());
  }

  /**
   * An explanation without what differs between two indexes of the same chunks: Lucene's internal
   * document numbers, the similarity's class name (the same scoring by another name in Solr's
   * schema, or the shard's wrapper that weighs a synonym with the collection's figures), and how a
   * clause that only filters explains its match (the embedded engine's query cache explains it as a
   * constant, Solr's searcher, which has no such cache, as a weight times 0). Every score, every
   * word's statistics and every clause that scores stay.
   */
  private static String explained(String explanation) {
    StringBuilder kept = new StringBuilder();
    int filterDepth = -1;
    for (String line : explanation.split("\n")) {
      int depth = line.length() - line.stripLeading().length();
      if (filterDepth >= 0 && depth > filterDepth) {
        continue;
      }
      filterDepth = line.contains("match on required clause") ? depth : -1;
      kept.append(
              line.replaceAll(" in \\d+\\)", ")")
                  .replaceAll(" \\[\\w+\\], result of", ", result of")
                  .replaceAll("parent document \\d+", "parent document"))
          .append('\n');
    }
    return kept.toString();
  }

  private static String difference(SearchResult expected, SearchResult actual) {
    if (expected.total() != actual.total() || expected.allWordsTotal() != actual.allWordsTotal()) {
      return "totals "
          + expected.total()
          + "/"
          + expected.allWordsTotal()
          + " vs "
          + actual.total()
          + "/"
          + actual.allWordsTotal();
    }
    List<String> expectedIds = expected.hits().stream().map(h -> h.chunkId()).toList();
    List<String> actualIds = actual.hits().stream().map(h -> h.chunkId()).toList();
    if (!expectedIds.equals(actualIds)) {
      return "hits " + expectedIds + " vs " + actualIds;
    }
    for (int i = 0; i < expected.hits().size(); i++) {
      if (!comparable(expected.hits().get(i)).equals(comparable(actual.hits().get(i)))) {
        return "hit " + i + ": " + expected.hits().get(i) + " vs " + actual.hits().get(i);
      }
    }
    List<DocumentHit> expectedDocuments =
        Objects.requireNonNullElse(expected.documents(), List.of());
    List<DocumentHit> actualDocuments = Objects.requireNonNullElse(actual.documents(), List.of());
    if (expectedDocuments.size() != actualDocuments.size()) {
      return "documents "
          + expectedDocuments.stream().map(DocumentHit::documentId).toList()
          + " vs "
          + actualDocuments.stream().map(DocumentHit::documentId).toList();
    }
    for (int i = 0; i < expectedDocuments.size(); i++) {
      if (!comparable(expectedDocuments.get(i)).equals(comparable(actualDocuments.get(i)))) {
        return "document " + i + ": " + expectedDocuments.get(i) + " vs " + actualDocuments.get(i);
      }
    }
    if (!Objects.equals(expected.facets(), actual.facets())) {
      return "facets " + expected.facets() + " vs " + actual.facets();
    }
    if (!Objects.equals(expected.suggestion(), actual.suggestion())
        || !Objects.equals(expected.correctedQuery(), actual.correctedQuery())) {
      return "did you mean "
          + expected.suggestion()
          + "/"
          + expected.correctedQuery()
          + " vs "
          + actual.suggestion()
          + "/"
          + actual.correctedQuery();
    }
    if (expected.relaxed() != actual.relaxed()
        || !expected.queryFilters().equals(actual.queryFilters())) {
      return "relaxed or query filters";
    }
    return null;
  }
}
