package org.policysearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.policysearch.Engine;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;

/**
 * In-process SolrCloud clusters with the project's configset, and its corpora indexed into them.
 */
final class TestClusters {
  private static final Path CONFIGSET = Path.of("src/solr/src/main/resources/configset");

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
