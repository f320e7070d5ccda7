package org.policysearch.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * Sends each request to one node of the cluster, and to the next when that node does not answer,
 * answers that it cannot serve, or answers a search without its results, and once more round them
 * all after a pause: any node routes a request to the collection's shards, so one node stopping
 * costs a retry, not an error. SolrJ's own balancing clients run on its Jetty client, which the app
 * cannot have (see {@link SolrCollection}).
 */
final class NodeFailover extends SolrClient {
  /**
   * How many times each node is asked before a request fails: a second pass after {@link #PAUSE}
   * finds a node that has caught up with a change of the cluster (another node stopping) that the
   * first pass met in the middle.
   */
  private static final int PASSES = 2;

  private static final Duration PAUSE = Duration.ofMillis(250);

  /** The words of Solr's refusal of a replica on a node it no longer counts as live. */
  private static final String NOT_LIVE = "is neither a live node of the cluster";

  private final List<SolrClient> nodes;

  /** The node that answered last, tried first. */
  private final AtomicInteger answering = new AtomicInteger();

  NodeFailover(List<SolrClient> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no Solr node to send to");
    }
    this.nodes = List.copyOf(nodes);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    Exception last = null;
    for (int pass = 0; pass < PASSES; pass++) {
      if (pass > 0) {
        pause();
      }
      int first = answering.get();
      for (int i = 0; i < nodes.size(); i++) {
        int node = (first + i) % nodes.size();
        try {
          NamedList<Object> answer = nodes.get(node).request(request, collection);
          if (isSearch(request) && answer.get("response") == null) {
            // Seen once from a node as it stopped: an answer with a header and no results, which
            // would read as a search that found nothing, or fail on the results it lacks.
            last = new SolrServerException("a node answered a search without its results");
            continue;
          }
          answering.set(node);
          return answer;
        } catch (SolrServerException | IOException e) {
          last = e; // no answer: the node is down or unreachable
        } catch (SolrException e) {
          if (!isClusterState(e)) {
            throw e; // the request itself is wrong: every node would say so
          }
          last = e;
        }
      }
    }
    if (last instanceof SolrServerException e) {
      throw e;
    }
    if (last instanceof IOException e) {
      throw e;
    }
    throw (SolrException) last;
  }

  /**
   * Whether {@code e} says what the cluster is going through rather than what is wrong with the
   * request: a node stopping or that lost its view of the cluster (5xx), or one refusing, for a
   * moment, a replica it counts as active on a node it no longer counts as live. Solr checks the
   * two against its live nodes one after the other while a node stops (its URL allow-list, 403):
   * seen once in some thirty runs of {@link SolrFailoverTest}.
   */
  private static boolean isClusterState(SolrException e) {
    return e.code() >= 500
        || e.code() == SolrException.ErrorCode.FORBIDDEN.code
            && String.valueOf(e.getMessage()).contains(NOT_LIVE);
  }

  private void pause() throws IOException {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted between two passes over the nodes");
    }
  }

  /** Whether {@code request} is a search, whose every answer holds its results. */
  private static boolean isSearch(SolrRequest<?> request) {
    return request instanceof QueryRequest && "/select".equals(request.getPath());
  }

  @Override
  public void close() throws IOException {
    for (SolrClient node : nodes) {
      node.close();
    }
  }
}
