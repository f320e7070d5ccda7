package org.policysearch.solr;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.policysearch.search.FacetLabels;

/**
 * A SolrCloud collection reached through one of its nodes ({@code http://host:8983/solr}), which
 * routes each request to the shards: the JDK's HTTP client, so that no Jetty comes with it onto the
 * classpath of a caller that runs its own (Javalin on Jetty 12; SolrJ's HTTP/2 client is Jetty 10).
 */
public final class SolrCollection implements Closeable {
  private final SolrClient client;
  private final String name;

  private SolrCollection(SolrClient client, String name) {
    this.client = client;
    this.name = name;
  }

  /**
   * The collection {@code name} of the cluster whose nodes answer at {@code solrUrls} (one address,
   * or several separated by commas: a request goes to the next when one does not answer).
   *
   * @throws IllegalArgumentException when an address is not an http(s) URL or the name is blank
   */
  public static SolrCollection at(String solrUrls, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("No collection named: give --collection");
    }
    List<SolrClient> nodes = new ArrayList<>();
    for (String url : solrUrls.split(",")) {
      nodes.add(node(url.strip()));
    }
    return new SolrCollection(new NodeFailover(nodes), name);
  }

  private static SolrClient node(String solrUrl) {
    URI uri;
    try {
      uri = new URI(solrUrl);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a Solr address: " + solrUrl, e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "Not a Solr address: " + solrUrl + " (expected http://host:8983/solr)");
    }
    return new HttpJdkSolrClient.Builder(solrUrl.replaceAll("/+$", ""))
        .useHttp1_1(true)
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withRequestTimeout(60, TimeUnit.SECONDS)
        .build();
  }

  /** The collection searched as the embedded engine searches an index. */
  public SolrBackend backend(FacetLabels labels) throws IOException {
    return new SolrBackend(client, name, labels);
  }

  /** What writes documents' chunks into the collection. */
  public SolrChunkSink sink() {
    return new SolrChunkSink(client, name);
  }

  /** The collection's nodes and replicas in one line. */
  public String state() throws IOException {
    return ClusterState.of(client, name);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
