package org.policysearch.solr;

import java.io.IOException;
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
 * answers that it cannot serve, or answers a search without its results: any node routes a request
 * to the collection's shards, so one node stopping costs a retry, not an error. SolrJ's own
 * balancing clients run on its Jetty client, which the app cannot have (see {@link
 * SolrCollection}).
 */
final class NodeFailover extends SolrClient {
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
    int first = answering.get();
    Exception last = null;
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
        if (e.code() < 500) {
          throw e; // the request itself is wrong: every node would say so
        }
        last = e; // the node is stopping, or lost its view of the cluster
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
