package org.policysearch.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the documents an index holds, each through its first chunk (which carries its metadata).
 */
public final class IndexedDocuments {
  private IndexedDocuments() {}

  /** The first stored chunk of each document id, in id order: the one that stores its metadata. */
  public static Map<String, Document> oneChunkEach(IndexReader reader) throws IOException {
    Map<String, Document> documents = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.DOC_ID);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum ids = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef id = ids.next(); id != null; id = ids.next()) {
        if (documents.containsKey(id.utf8ToString())) {
          continue;
        }
        postings = ids.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            Document stored = leaf.reader().storedFields().document(doc);
            if (stored.get(Fields.CHUNK_ID) != null) { // a chunk, not the document's record
              documents.put(id.utf8ToString(), stored);
              break;
            }
          }
        }
      }
    }
    return documents;
  }
}
