package org.policysearch.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

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
        public TermStatistics termStatistics(IndexSearcher searcher, Term term) throws IOException {
          IndexReader reader = searcher.getIndexReader();
          int docFreq = reader.docFreq(term);
          return docFreq == 0
              ? null
              : searcher.termStatistics(term, docFreq, reader.totalTermFreq(term));
        }

        @Override
        public long docFreq(IndexSearcher searcher, Term term) throws IOException {
          return searcher.getIndexReader().docFreq(term);
        }

        @Override
        public long docCount(IndexSearcher searcher, String field) throws IOException {
          return searcher.getIndexReader().getDocCount(field);
        }

        @Override
        public boolean wholeIndex() {
          return true;
        }
      };

  /**
   * The statistics of {@code term} as a BM25 weight reads them; null when no document holds it (a
   * shard may lack a word other shards hold: then the collection's figures, not null).
   */
  TermStatistics termStatistics(IndexSearcher searcher, Term term) throws IOException;

  /** How many documents hold {@code term}. */
  default long docFreq(IndexSearcher searcher, Term term) throws IOException {
    TermStatistics statistics = termStatistics(searcher, term);
    return statistics == null ? 0 : statistics.docFreq();
  }

  /** How many documents have {@code field}. */
  long docCount(IndexSearcher searcher, String field) throws IOException;

  /**
   * Whether the searcher's index is the whole index: then Lucene's own weights see every word a
   * query names, and a word's alternatives need no {@link ShardAlternatives}.
   */
  default boolean wholeIndex() {
    return false;
  }
}
