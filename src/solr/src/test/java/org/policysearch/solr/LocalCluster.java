package org.policysearch.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A two-node SolrCloud with the plugin and an empty collection {@code policy} (2 shards, 1 replica
 * each), in this process, for {@code bench --compare cloud} on a machine without a Solr
 * distribution, and for the app's tests of {@code serve --backend solr}; prints the nodes'
 * addresses and serves until stopped. Not a test: run with the module's test class path
 * (docs/solrcloud.md; {@code target/test-classpath.txt} holds its jars). Argument: the folder to
 * keep the nodes in (absent: a temporary one). With {@code -Dpolicysearch.exitWith=PID} it stops
 * once that process has ended, so that a test's JVM that dies leaves no cluster behind.
 */
public final class LocalCluster {
  private LocalCluster() {}

  public static void main(String[] args) throws Exception {
    String parent = System.getProperty("policysearch.exitWith");
    if (parent != null) {
      ProcessHandle.of(Long.parseLong(parent))
          .ifPresentOrElse(
              process -> process.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("policy-cloud");
    MiniSolrCloudCluster cluster = TestClusters.start(dir);
    TestClusters.create(cluster, "policy", 2, 1);
    List<String> nodes = new ArrayList<>();
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      nodes.add(node.getBaseUrl().toString());
    }
    System.out.println("solr nodes: " + String.join(",", nodes));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.shutdown();
                  } catch (Exception e) {
                    System.err.println("stopping the cluster: " + e);
                  }
                }));
    Thread.currentThread().join();
  }
}
