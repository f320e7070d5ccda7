package org.policysearch.solr;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.solr.request.SolrRequestInfo;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.stats.ExactStatsCache;
import org.apache.solr.search.stats.StatsSource;
import org.policysearch.search.lucene.WordStatistics;

/**
 * A word's statistics over the whole collection, as {@link ExactStatsCache} gives a shard while it
 * searches: what the shard's searcher reports for a word it holds, and the collection's figure for
 * a word only other shards hold (the searcher is asked only about words its own index has).
 */
final class CollectionWordStatistics implements WordStatistics {
  static final CollectionWordStatistics INSTANCE = new CollectionWordStatistics();

  private CollectionWordStatistics() {}

  @Override
  public TermStatistics termStatistics(IndexSearcher searcher, Term term) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int local = reader.docFreq(term);
    if (local > 0) {
      return searcher.termStatistics(term, local, reader.totalTermFreq(term));
    }
    StatsSource collection = collectionStatistics(searcher);
    // Without a local searcher the exact source answers only with the collection's figure.
    return collection == null ? null : collection.termStatistics(null, term, 0, 0);
  }

  @Override
  public long docCount(IndexSearcher searcher, String field) throws IOException {
    CollectionStatistics statistics = searcher.collectionStatistics(field);
    return statistics == null ? 0 : statistics.docCount();
  }

  /** The collection's statistics of the request being searched; null outside one. */
  private static StatsSource collectionStatistics(IndexSearcher searcher) {
    SolrRequestInfo request = SolrRequestInfo.getRequestInfo();
    if (!(searcher instanceof SolrIndexSearcher solr)
        || !(solr.getStatsCache() instanceof ExactStatsCache)
        || request == null) {
      return null;
    }
    return (StatsSource) request.getReq().getContext().get(SolrIndexSearcher.STATS_SOURCE);
  }
}
