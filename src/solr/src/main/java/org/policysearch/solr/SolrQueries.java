package org.policysearch.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;

/** The plain queries the backend and the sink send, and how they are sent. */
final class SolrQueries {
  /** Every document record and no chunk. */
  static final String RECORDS = "record:document";

  /** Every chunk and no document record. */
  static final String CHUNKS = "chunk_id:[* TO *]";

  private SolrQueries() {}

  /** The answer to {@code query}, posted (a page's ids or acronyms make long requests). */
  static QueryResponse query(SolrClient client, String collection, SolrQuery query)
      throws IOException {
    try {
      return client.query(collection, query, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  /** How many documents match {@code filter}. */
  static long count(SolrClient client, String collection, String filter) throws IOException {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(filter);
    query.setRows(0);
    return query(client, collection, query).getResults().getNumFound();
  }
}
