package org.policysearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.policysearch.Engine;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;

/**
 * In-process SolrCloud clusters with the project's configset, and its corpora indexed into them.
 */
final class TestClusters {
  private static final Path CONFIGSET = Path.of("src/solr/src/main/resources/configset");

  /** How long a node's stop may take before the threads are shown: seconds, when all is well. */
  private static final Duration SLOW_STOP = Duration.ofSeconds(30);

  /** The configset's name in ZooKeeper. */
  static final String CONFIG = "policy";

  private TestClusters() {}

  /** Two nodes and an embedded ZooKeeper under {@code dir}, with the configset uploaded. */
  static MiniSolrCloudCluster start(Path dir) throws Exception {
    return new MiniSolrCloudCluster.Builder(2, dir).addConfig(CONFIG, CONFIGSET).build();
  }

  /** Creates collection {@code name} of the configset and waits until every replica is active. */
  static void create(MiniSolrCloudCluster cluster, String name, int shards, int replicas)
      throws IOException, SolrServerException, InterruptedException {
    CollectionAdminRequest.createCollection(name, CONFIG, shards, replicas)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(name, shards, shards * replicas);
  }

  /**
   * Stops node {@code node}, as a restart would. Solr's own shutdown has been seen to wait two
   * minutes for a task that would not end and then fail, once in some sixty runs under load; when a
   * stop takes longer than {@code SLOW_STOP}, what every thread was doing then goes to the test's
   * output, so that the next such run says which task it was.
   */
  static JettySolrRunner stop(MiniSolrCloudCluster cluster, int node) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread watch =
        new Thread(
            () -> {
              try {
                if (!stopped.await(SLOW_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                  System.err.println(threadDump("stopping node " + node + " is slow"));
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "slow-stop watch");
    watch.setDaemon(true);
    watch.start();
    try {
      return cluster.stopJettySolrRunner(node);
    } finally {
      stopped.countDown();
    }
  }

  private static String threadDump(String why) {
    StringBuilder dump = new StringBuilder(why).append(": the JVM's threads\n");
    Thread.getAllStackTraces()
        .forEach(
            (thread, frames) -> {
              dump.append('"').append(thread.getName()).append("\" ").append(thread.getState());
              dump.append('\n');
              for (StackTraceElement frame : frames) {
                dump.append("    at ").append(frame).append('\n');
              }
            });
    return dump.toString();
  }

  /** The collection {@code name} reached through node {@code node}'s address, as serve does. */
  static SolrCollection at(MiniSolrCloudCluster cluster, int node, String name) {
    return SolrCollection.at(cluster.getJettySolrRunner(node).getBaseUrl().toString(), name);
  }

  /** Brings {@code collection} in line with the files of {@code corpus}, as index does. */
  static IndexSummary index(Engine engine, SolrCollection collection, Path corpus)
      throws IOException {
    try (SolrChunkSink sink = collection.sink()) {
      return engine
          .indexer()
          .run(
              CorpusReader.forHeap(
                  Runtime.getRuntime().maxMemory(), CorpusReader.Links.INSIDE_CORPUS),
              corpus,
              sink,
              Indexer.Progress.NONE);
    }
  }
}
