package org.policysearch.search.lucene;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher with the state built for its reader when the reader was opened: what the {@link
 * org.apache.lucene.search.SearcherManager} of {@link LuceneBackend} hands out, so a search finds
 * the state of exactly the reader it searches.
 */
final class ReaderSearcher extends IndexSearcher {
  private final ReaderState state;

  ReaderSearcher(IndexReader reader, ReaderState state) {
    super(reader);
    this.state = state;
  }

  ReaderState state() {
    return state;
  }
}
