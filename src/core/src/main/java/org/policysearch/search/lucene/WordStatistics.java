package org.policysearch.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * Where the rarity of a query's words comes from when a searcher rewrites the query: the searcher's
 * own index, or, on a shard of a distributed index, the whole collection's statistics, so that
 * every shard weighs a word as one index holding every shard's chunks would.
 */
public interface WordStatistics {
  /** The index's own statistics, as the embedded engine reads them. */
  WordStatistics LOCAL =
      new WordStatistics() {
        @Override
        public long docFreq(IndexSearcher searcher, Term term) throws IOException {
          return searcher.getIndexReader().docFreq(term);
        }

        @Override
        public long docCount(IndexSearcher searcher, String field) throws IOException {
          return searcher.getIndexReader().getDocCount(field);
        }
      };

  /** How many documents hold {@code term}. */
  long docFreq(IndexSearcher searcher, Term term) throws IOException;

  /** How many documents have {@code field}. */
  long docCount(IndexSearcher searcher, String field) throws IOException;
}
