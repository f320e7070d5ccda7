package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.policysearch.index.Fields;

/** Reads the stored fields of every live chunk of an index, records left out: for measuring it. */
final class ChunkScan {
  /** Takes one chunk's stored fields. */
  interface Visitor {
    void visit(Document chunk) throws IOException;
  }

  private ChunkScan() {}

  /**
   * Visits every chunk of the index at {@code indexDir}, reading only {@code fields}; returns how
   * many it visited.
   */
  static int each(Path indexDir, Set<String> fields, Visitor visitor) throws IOException {
    int visited = 0;
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        StoredFields stored = leafReader.storedFields();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc, fields);
          if (d.get(Fields.CHUNK_ID) != null) { // not a document's record
            visitor.visit(d);
            visited++;
          }
        }
      }
    }
    return visited;
  }
}
