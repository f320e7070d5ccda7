package org.policysearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A two-node SolrCloud with the project's plugin and an empty collection {@code policy}, run by the
 * Solr module's {@code LocalCluster} in a JVM of its own: Solr brings Jetty 10, which can never
 * share this module's class path with Javalin's Jetty 12.
 */
final class SolrClusterProcess implements AutoCloseable {
  /** The Solr module's build, where its test classes and their class path are. */
  private static final Path SOLR_BUILD = Path.of("src/solr/target");

  private static final Pattern NODES = Pattern.compile("solr nodes: (\\S+)");

  private final Process process;
  private final String nodes;

  private SolrClusterProcess(Process process, String nodes) {
    this.process = process;
    this.nodes = nodes;
  }

  /**
   * Starts the cluster with its nodes' files under {@code dir}, and returns once it says where its
   * nodes answer.
   */
  static SolrClusterProcess start(Path dir) throws IOException, InterruptedException {
    Path classPath = SOLR_BUILD.resolve("test-classpath.txt");
    if (!Files.exists(classPath)) {
      throw new AssertionError(
          "No " + classPath + ": build the Solr module's tests first (mvn test -pl src/app -am).");
    }
    String solr =
        String.join(
            java.io.File.pathSeparator,
            SOLR_BUILD.resolve("test-classes").toString(),
            SOLR_BUILD.resolve("classes").toString(),
            Files.readString(classPath, StandardCharsets.UTF_8).strip());
    Files.createDirectories(dir);
    Path out = dir.resolve("cluster.out");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-Dpolicysearch.exitWith=" + ProcessHandle.current().pid(),
                    "-cp",
                    solr,
                    "org.policysearch.solr.LocalCluster",
                    dir.resolve("nodes").toString()))
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("cluster.err").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher nodes = NODES.matcher(Files.readString(out, StandardCharsets.UTF_8));
      if (nodes.find()) {
        return new SolrClusterProcess(process, nodes.group(1));
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new AssertionError(
        "The cluster did not start; it logged:\n"
            + Files.readString(dir.resolve("cluster.err"), StandardCharsets.UTF_8));
  }

  /** The nodes' addresses, separated by commas, as {@code --solr-url} takes them. */
  String nodes() {
    return nodes;
  }

  /** Ends the cluster at once, as a cluster that falls away does: nothing answers any more. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
