package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --backend solr} follows the corpus folder as it does over its own index: a file
 * added or deleted while it serves is found (or gone) through the API a few seconds on, with no
 * answer kept from before; a cluster that falls away leaves it serving. The cluster is a real
 * SolrCloud in a JVM of its own, the server the real {@code serve} process in another.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeFollowsCollectionTest {
  /** How long a test waits for the server to show a change; a bound, not an expected time. */
  private static final long PATIENCE_SECONDS = 30;

  @TempDir static Path cluster;
  private static SolrClusterProcess solr;

  @TempDir Path tmp;
  private Path corpus;

  @BeforeAll
  static void aCluster() throws Exception {
    solr = SolrClusterProcess.start(cluster);
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  @BeforeEach
  void aCorpusOfOneDocumentAndABrokenFile() throws Exception {
    corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("fisheries.txt"), "Fisheries\n\nThe Parties manage stocks.\n");
    Files.write(
        corpus.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.UTF_8));
  }

  private ServeProcess serve() throws Exception {
    return ServeProcess.start(
        corpus,
        tmp.resolve("index"),
        tmp.resolve("logs"),
        "--backend",
        "solr",
        "--solr-url",
        solr.nodes(),
        "--collection",
        "policy");
  }

  @Test
  @Order(1)
  void aFileDroppedInIsFoundAndAFileDeletedIsGoneWithNoAnswerKeptFromBefore() throws Exception {
    try (ServeProcess server = serve()) {
      assertEquals(List.of("fisheries"), server.documents());
      // Asked before the file comes, so that the answer cache holds "none" for it.
      assertEquals(0, server.total("zanzibar"));

      Files.writeString(
          corpus.resolve("islands.txt"), "Islands\n\nZanzibar joins the programme.\n");

      // The run's summary is printed once the service searches what it sent: from then on the
      // search finds it at once, not the answer kept from before.
      awaitTrue(() -> occurrences(server.output(), "Indexed ") == 2, server);
      assertEquals(1, server.total("zanzibar"), server.output());
      assertEquals(List.of("fisheries", "islands"), server.documents());
      assertEquals(1, server.total("stocks"));
      // The broken file was named by the first run and not again by the second.
      assertEquals(1, occurrences(server.output(), "  broken.pdf: "), server.output());

      Files.delete(corpus.resolve("islands.txt"));

      awaitTrue(() -> occurrences(server.output(), "Indexed ") == 3, server);
      assertEquals(0, server.total("zanzibar"), server.output());
      assertEquals(List.of("fisheries"), server.documents());
      assertEquals(1, occurrences(server.output(), "  broken.pdf: "), server.output());
    }
  }

  @Test
  @Order(2)
  void aCollectionThatHoldsDocumentsIsServedAtOnceAndBroughtInLineBesideServing() throws Exception {
    // Added while no server runs: only the run beside serving can find it.
    Files.writeString(corpus.resolve("lagoon.txt"), "Lagoon\n\nThe lagoon is a reserve.\n");

    try (ServeProcess server = serve()) {
      awaitTrue(() -> occurrences(server.output(), "Indexed ") == 1, server);
      List<String> lines = server.output().lines().toList();
      int serving = indexOf(lines, "policy-search is serving");
      int indexed = indexOf(lines, "Indexed ");
      assertTrue(serving >= 0 && serving < indexed, server.output());
      assertEquals(1, server.total("reserve"), server.output());
      assertEquals(1, server.total("stocks"));
    }
  }

  /** Last: it ends the cluster. */
  @Test
  @Order(3)
  void aClusterThatFallsAwayLeavesTheServerServingAndSaysSoOnce() throws Exception {
    try (ServeProcess server = serve()) {
      assertEquals(1, server.total("stocks"));

      solr.close();
      Files.writeString(corpus.resolve("reef.txt"), "Reef\n\nCoral reefs are protected.\n");

      awaitTrue(() -> server.log().contains("Indexing the corpus stopped ("), server);
      assertTrue(
          server.log().contains("could not be used: nothing answers at that address"),
          server.log());
      assertTrue(server.alive(), server.log());
      // The server answers, saying the collection cannot be reached, as when a cluster is down.
      assertEquals(503, server.status("/api/health"), server.log());
      assertEquals(1, occurrences(server.log(), "Indexing the corpus stopped ("), server.log());
    }
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  private static long occurrences(String text, String part) {
    return text.lines().filter(line -> line.contains(part)).count();
  }

  private static void awaitTrue(Callable<Boolean> condition, ServeProcess server) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "not seen within "
                + PATIENCE_SECONDS
                + " s; output:\n"
                + server.output()
                + server.log());
      }
      Thread.sleep(200);
    }
  }
}
