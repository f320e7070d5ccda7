package org.policysearch.solrbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a single-node Solr 9 with one empty core, {@code chunks}, for the bench to load the
 * index's chunks into and query; prints the core's address and serves until the process is
 * stopped. Arguments: the port (0 or absent: any free port) and the Solr home folder to create
 * (absent: a temporary folder).
 */
public final class SolrChunks {
  private static final List<String> FILES =
      List.of(
          "solr.xml",
          "chunks/core.properties",
          "chunks/conf/solrconfig.xml",
          "chunks/conf/schema.xml",
          "chunks/conf/stopwords.txt",
          "chunks/conf/stem-overrides.txt");

  private SolrChunks() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    Path home = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("solr-chunks");
    writeHome(home);
    JettySolrRunner solr =
        new JettySolrRunner(
            home.toString(),
            JettyConfig.builder().setPort(port).setContext("/solr").useOnlyHttp1(true).build());
    solr.start();
    System.out.println("solr core: " + solr.getBaseUrl() + "/chunks");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    solr.stop();
                  } catch (Exception e) {
                    System.err.println("stopping Solr: " + e);
                  }
                }));
    Thread.currentThread().join();
  }

  private static void writeHome(Path home) throws IOException {
    for (String file : FILES) {
      Path target = home.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = SolrChunks.class.getResourceAsStream("/solrbench/" + file)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
