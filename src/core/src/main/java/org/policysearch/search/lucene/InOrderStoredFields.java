package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads the stored fields of chunks in index order, each compressed block of the index decompressed
 * once for all the chunks it holds: what a document's view, its outline and a search within it
 * read, a document's chunks being one run of the index.
 *
 * <p>Lucene's reader for random access decompresses, for each chunk, the part of its block that
 * holds it, again for the next chunk of the same block. The reader Lucene merges segments with
 * keeps the whole block; on ToTA, reading chunks in order took 2.4 µs a chunk with the first and
 * 1.3 µs with the second (docs/benchmarks.md). For chunks read in no order, as a page's hits are,
 * the first is the cheaper: each would cost a whole block.
 */
final class InOrderStoredFields extends StoredFields {
  private final List<LeafReaderContext> leaves;
  private LeafReaderContext leaf;
  private StoredFields fields;

  InOrderStoredFields(IndexSearcher searcher) {
    this.leaves = searcher.getIndexReader().leaves();
  }

  /** Visits the stored fields of chunk {@code doc}: a number at or after the last one asked for. */
  @Override
  public void document(int doc, StoredFieldVisitor visitor) throws IOException {
    if (leaf == null || doc < leaf.docBase || doc >= leaf.docBase + leaf.reader().maxDoc()) {
      leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      fields = inOrder(leaf.reader());
    }
    fields.document(doc - leaf.docBase, visitor);
  }

  private static StoredFields inOrder(LeafReader reader) throws IOException {
    if (reader instanceof CodecReader codec && codec.getFieldsReader() != null) {
      // A clone of the segment's reader: this request's alone, its buffers with it.
      return codec.getFieldsReader().getMergeInstance();
    }
    return reader.storedFields();
  }
}
