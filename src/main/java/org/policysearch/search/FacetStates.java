package org.policysearch.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the current index reader: building them reads every facet value, so they
 * are built once per reader (that is, once per index commit), not once per search.
 */
final class FacetStates {
  private final FacetsConfig config;
  private IndexReader reader;
  private SortedSetDocValuesReaderState state;

  FacetStates(FacetsConfig config) {
    this.config = config;
  }

  /** The state of {@code current}; null when its index has no facet field (no chunk at all). */
  synchronized SortedSetDocValuesReaderState of(IndexReader current) throws IOException {
    if (current != reader) {
      try {
        state = new DefaultSortedSetDocValuesReaderState(current, config);
      } catch (IllegalArgumentException e) {
        state = null;
      }
      reader = current;
    }
    return state;
  }
}
