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
  private final PerReader<SortedSetDocValuesReaderState> states;

  FacetStates(FacetsConfig config) {
    this.states = new PerReader<>(reader -> build(reader, config));
  }

  /** The state of {@code current}; null when its index has no facet field (no chunk at all). */
  SortedSetDocValuesReaderState of(IndexReader current) throws IOException {
    return states.of(current);
  }

  private static SortedSetDocValuesReaderState build(IndexReader reader, FacetsConfig config)
      throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
