package org.policysearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.eval.Topic;
import org.policysearch.eval.Topics;
import org.policysearch.index.IndexSummary;
import org.policysearch.search.Hit;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;
import org.policysearch.search.SearchUnavailableException;
import org.policysearch.search.TestIndexes;

/**
 * The seed corpus on 2 nodes, 2 shards × 2 replicas: the node the backend sends to stops in the
 * middle of a run of searches, every search still gives the answer it gave before, indexing resumes
 * once the node is back, the searches asked before answer as a fresh index of the new corpus would,
 * the node that returned answers alone when the other stops, and with no node left a search says
 * the collection cannot be reached; and a backend closed has stopped reading the collection.
 */
// The failover test leaves no node running: it goes last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrFailoverTest {
  private static final Path TOPICS = Path.of("src/core/src/test/resources/eval/topics.tsv");
  private static final String COLLECTION = "policy";

  /** How many searches run before the node stops, and at least how many after. */
  private static final int SEARCHES_EACH_SIDE = 30;

  @TempDir static Path dir;
  private static MiniSolrCloudCluster cluster;
  private static SolrCollection collection;
  private static SearchService solr;

  /** The same collection served as serve serves it, keeping the answers to repeated searches. */
  private static SearchService cached;

  private static Path corpus;
  private static final Engine ENGINE = Engine.create();

  @BeforeAll
  static void index() throws Exception {
    cluster = TestClusters.start(dir.resolve("solr"));
    TestClusters.create(cluster, COLLECTION, 2, 2);
    collection =
        SolrCollection.at(
            cluster.getJettySolrRunner(0).getBaseUrl()
                + ","
                + cluster.getJettySolrRunner(1).getBaseUrl(),
            COLLECTION);
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    try (var files = Files.list(TestIndexes.SEED_CORPUS)) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    indexCorpus();
    // Every request searched, so that the run of searches goes through the stopping node.
    solr =
        new SearchService(collection.backend(ENGINE.labels()), ENGINE.labels(), ResultCache.NONE);
    cached =
        new SearchService(collection.backend(ENGINE.labels()), ENGINE.labels(), new ResultCache(4));
  }

  @AfterAll
  static void stop() throws Exception {
    // The backend first: its refresh would otherwise go on sending to nodes on their way down.
    if (solr != null) {
      solr.close();
    }
    if (cached != null) {
      cached.close();
    }
    if (collection != null) {
      collection.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  @Order(2)
  void searchesAnswerThroughNodesStoppingAndReturningUntilNoneIsLeft() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (Topic topic : Topics.read(TOPICS)) {
      requests.add(
          new SearchRequest(
              topic.query(), topic.filters(), 1, 10, SearchRequest.Sort.RELEVANCE, false, false));
    }
    List<List<Hit>> before = hits(solr, requests);
    assertEquals(before, hits(cached, requests));

    AtomicInteger searches = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> load =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; running.get(); i = (i + 1) % requests.size()) {
                try {
                  SearchResult answer = solr.search(requests.get(i));
                  if (!answer.hits().equals(before.get(i))) {
                    failures.add(requests.get(i).query() + ": another answer");
                  }
                } catch (IOException | RuntimeException e) {
                  failures.add(requests.get(i).query() + ": " + e);
                }
                searches.incrementAndGet();
              }
            });
    awaitSearches(searches, SEARCHES_EACH_SIDE);
    // The first node is the one the backend sends to: its requests move to the other node.
    JettySolrRunner stopped = TestClusters.stop(cluster, 0);
    int atStop = searches.get();
    awaitSearches(searches, atStop + SEARCHES_EACH_SIDE);
    running.set(false);
    load.get();

    assertEquals(List.of(), failures);
    assertTrue(
        solr.cluster().orElseThrow().startsWith("1 live nodes"), solr.cluster().orElseThrow());

    // Back at its own address, as a real node restarts; on a new port the client could never reach
    // it again, and the node that stayed up would do everything that follows on its own.
    cluster.startJettySolrRunner(stopped, true);
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    Files.writeString(
        corpus.resolve("failover-note.txt"),
        "Failover note\n\nThe zebrafish registry survives a node restart.\n");
    IndexSummary resumed = indexCorpus();
    assertEquals(List.of(1, 3), List.of(resumed.added(), resumed.unchanged()));
    // Nobody tells the backend: it sees the collection change, as serve beside another process's
    // index run would.
    long deadline = System.nanoTime() + 30_000_000_000L;
    while ((solr.stats().documents() < 4 || cached.stats().documents() < 4)
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    // Says why when it fails: a read that failed leaves its reason, one that hung leaves nothing.
    assertEquals(
        4, solr.stats().documents(), "refresh: " + solr.degraded().orElse("no failure reported"));
    assertTrue(solr.documents().stream().anyMatch(d -> d.id().equals("failover-note")));
    SearchRequest zebrafish =
        new SearchRequest("zebrafish", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false, false);
    SearchResult found = solr.search(zebrafish);
    assertEquals(List.of("failover-note"), found.hits().stream().map(Hit::documentId).toList());

    // Every topic was asked before the note came, so each shard has answered it once already: it
    // is answered now as an index of the four documents answers it, not with the word statistics
    // of three (a shard whose own chunks did not change keeps its searcher, and kept its answers).
    List<List<Hit>> fresh;
    Path index = dir.resolve("index");
    TestIndexes.index(corpus, index);
    try (SearchService embedded = ENGINE.searchService(index)) {
      fresh = hits(embedded, requests);
    }
    assertEquals(fresh, hits(solr, requests));
    // Kept answers too: the collection's change made them a new generation's.
    assertEquals(fresh, hits(cached, requests));

    // Now the node that stayed up stops: the one that returned answers alone, with what it has
    // been sent since it came back.
    TestClusters.stop(cluster, 0);
    assertEquals(fresh, hits(solr, requests));
    assertEquals(found.hits(), solr.search(zebrafish).hits());

    // No node left: the collection cannot be reached, which the API answers 503, not a fault.
    TestClusters.stop(cluster, 0);
    SearchUnavailableException down =
        assertThrows(SearchUnavailableException.class, () -> solr.search(zebrafish));
    assertTrue(
        down.getMessage().startsWith("The Solr collection policy could not be reached: "),
        down.getMessage());
    assertThrows(SearchUnavailableException.class, () -> solr.cluster());
    // What serve keeps is still given, as of the collection's last state read; anything else not.
    assertEquals(fresh, hits(cached, requests));
    assertThrows(SearchUnavailableException.class, () -> cached.search(zebrafish));
  }

  private static List<List<Hit>> hits(SearchService service, List<SearchRequest> requests)
      throws IOException {
    List<List<Hit>> hits = new ArrayList<>();
    for (SearchRequest request : requests) {
      hits.add(service.search(request).hits());
    }
    return hits;
  }

  @Test
  @Order(1)
  void aClosedBackendHasStoppedItsRefresh() throws Exception {
    String name = "solr-refresh " + COLLECTION;
    Set<Thread> before = refreshThreads(name);
    SearchService backend = new SearchService(collection.backend(ENGINE.labels()), ENGINE.labels());
    Set<Thread> started = refreshThreads(name);
    started.removeAll(before);
    assertEquals(1, started.size(), "the backend reads the collection again on its own thread");
    backend.close();
    // Closed, nothing of it sends through the client, which the caller may close next.
    assertFalse(started.iterator().next().isAlive());
  }

  /** The live threads named {@code name}: getAllStackTraces lists live threads only. */
  private static Set<Thread> refreshThreads(String name) {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(name)) {
        threads.add(thread);
      }
    }
    return threads;
  }

  private static IndexSummary indexCorpus() throws IOException {
    return TestClusters.index(ENGINE, collection, corpus);
  }

  private static void awaitSearches(AtomicInteger searches, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (searches.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
