package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.policysearch.index.Fields;

/**
 * Where each chunk's document comes among the index's documents, by document id: the order that
 * matches of equal score are kept in, so that which of them a search keeps does not depend on the
 * order the documents were written in (by as many indexing threads as cores, or over several runs).
 *
 * <p>Built once per reader ({@link ReaderState}): Lucene's map of each segment's document ids onto
 * the ids of the whole index, one entry per document, not per chunk.
 */
final class DocumentOrder {
  /** The place of a chunk whose segment has no document ids: after every document. */
  private static final int LAST = Integer.MAX_VALUE;

  // Null when the index is one segment (or none): a segment's own order is then the index's.
  private final OrdinalMap segmentsToIndex;

  private DocumentOrder(OrdinalMap segmentsToIndex) {
    this.segmentsToIndex = segmentsToIndex;
  }

  /** The order of the documents of {@code reader}. */
  static DocumentOrder of(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.size() <= 1) {
      return new DocumentOrder(null);
    }
    SortedDocValues[] ids = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      ids[leaf.ord] = DocValues.getSorted(leaf.reader(), Fields.DOC_ID);
    }
    return new DocumentOrder(OrdinalMap.build(null, ids, PackedInts.DEFAULT));
  }

  /** The places of the chunks of one segment, asked in increasing chunk order. */
  interface Places {
    /** The place of chunk {@code doc} (of the segment)'s document, or {@link #LAST}. */
    int of(int doc) throws IOException;
  }

  /** The places of {@code leaf}'s chunks, for one search of it. */
  Places places(LeafReaderContext leaf) throws IOException {
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.DOC_ID);
    LongValues toIndex =
        segmentsToIndex == null ? LongValues.IDENTITY : segmentsToIndex.getGlobalOrds(leaf.ord);
    return doc -> ids.advanceExact(doc) ? (int) toIndex.get(ids.ordValue()) : LAST;
  }
}
