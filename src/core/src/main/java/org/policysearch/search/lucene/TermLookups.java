package org.policysearch.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Where each word is in each segment of one reader, looked up once and kept for the reader's life:
 * a search builds the same words into several queries (matching, counting, ranking, highlighting),
 * and each query looked every word up again in every segment's terms dictionary, a tenth of a
 * search's time (JFR, see docs/benchmarks.md).
 *
 * <p>A term query made here carries its word's {@link TermStates}, which Lucene uses in place of
 * its own lookup when the query runs over the same reader (and looks up afresh over any other). The
 * kept lookups are bounded in segment entries, so their memory does not grow with the index: when
 * full, they are dropped and looked up again as searches need them.
 */
final class TermLookups {
  /** At most this many term states, a word in a segment each: a few MB at most. */
  static final int MAX_SEGMENT_ENTRIES = 50_000;

  private final IndexSearcher searcher;
  private final KeptValues<Term, TermStates> known;

  /** Lookups in {@code reader}, which must stay open while queries made here run. */
  TermLookups(IndexReader reader) {
    this(reader, MAX_SEGMENT_ENTRIES);
  }

  /** Lookups in {@code reader}, keeping at most {@code maxSegmentEntries} term states. */
  TermLookups(IndexReader reader, int maxSegmentEntries) {
    this.searcher = new IndexSearcher(reader);
    this.known = new KeptValues<>(maxSegmentEntries / Math.max(1, reader.leaves().size()));
  }

  /** A query for {@code term} whose segment lookups are done once for all searches. */
  TermQuery query(Term term) {
    TermStates states = known.get(term);
    if (states == null) {
      try {
        // A term owns a copy of its bytes, so it can be kept as the key.
        states = known.keep(term, TermStates.build(searcher, term, true));
      } catch (IOException e) {
        // The query then looks the term up when it runs, where the failure is reported as any
        // other reading error of a search.
        return new TermQuery(term);
      }
    }
    return new TermQuery(term, states);
  }

  /** How many words' lookups are kept. */
  int size() {
    return known.size();
  }
}
