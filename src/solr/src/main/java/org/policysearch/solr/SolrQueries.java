package org.policysearch.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.policysearch.search.SearchUnavailableException;

/** The plain queries the backend and the sink send, and how they are sent. */
final class SolrQueries {
  /** Every document record and no chunk. */
  static final String RECORDS = "record:document";

  /** Every chunk and no document record. */
  static final String CHUNKS = "chunk_id:[* TO *]";

  private SolrQueries() {}

  /** One request to the cluster, as SolrJ sends it. */
  @FunctionalInterface
  interface Call<T> {
    T send() throws SolrServerException, IOException;
  }

  /** The answer to {@code query}, posted (a page's ids or acronyms make long requests). */
  static QueryResponse query(SolrClient client, String collection, SolrQuery query)
      throws IOException {
    return send(collection, () -> client.query(collection, query, SolrRequest.METHOD.POST));
  }

  /**
   * The answer to {@code call}, a request about {@code collection}.
   *
   * @throws SearchUnavailableException when no node answered, or the one that did could not serve
   *     (no active replica of a shard, a node stopping): the cluster's state, not the request's
   */
  static <T> T send(String collection, Call<T> call) throws IOException {
    try {
      return call.send();
    } catch (SolrServerException | IOException e) {
      throw new SearchUnavailableException(
          "The Solr collection " + collection + " could not be reached: " + reason(e), e);
    } catch (SolrException e) {
      if (e.code() >= 500) {
        throw new SearchUnavailableException(
            "The Solr collection " + collection + " could not answer: " + reason(e), e);
      }
      throw e;
    }
  }

  /** What went wrong in one line: the innermost cause's words when the outer ones have none. */
  private static String reason(Throwable e) {
    Throwable named = e;
    while (named.getMessage() == null && named.getCause() != null) {
      named = named.getCause();
    }
    return named.getMessage() == null ? named.getClass().getSimpleName() : named.getMessage();
  }

  /** How many documents match {@code filter}. */
  static long count(SolrClient client, String collection, String filter) throws IOException {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(filter);
    query.setRows(0);
    return query(client, collection, query).getResults().getNumFound();
  }
}
