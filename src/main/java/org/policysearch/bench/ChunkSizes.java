package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.policysearch.index.Fields;

/**
 * How long the indexed chunks are, in words: the sign of pathological chunking (one giant chunk
 * where the text has no sentence ends).
 *
 * @param median median words per chunk
 * @param p99 99th percentile
 * @param max the longest chunk
 * @param longestId the id of the longest chunk
 * @param over1000 chunks of more than 1,000 words
 */
public record ChunkSizes(int chunks, int median, int p99, int max, String longestId, int over1000) {

  /** Reads the stored text of every chunk of the index at {@code indexDir}. */
  public static ChunkSizes of(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      double[] words = new double[reader.numDocs()];
      int n = 0;
      int max = -1;
      String longest = "";
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        StoredFields stored = leafReader.storedFields();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc, java.util.Set.of(Fields.TEXT, Fields.CHUNK_ID));
          if (d.get(Fields.CHUNK_ID) == null) {
            continue; // a document's record, not a chunk
          }
          int count = wordCount(d.get(Fields.TEXT));
          words[n++] = count;
          if (count > max) {
            max = count;
            longest = d.get(Fields.CHUNK_ID);
          }
        }
      }
      double[] sorted = Arrays.copyOf(words, n);
      Arrays.sort(sorted);
      int over = (int) Arrays.stream(sorted).filter(w -> w > 1000).count();
      return n == 0
          ? new ChunkSizes(0, 0, 0, 0, "", 0)
          : new ChunkSizes(
              n,
              (int) Latencies.percentile(sorted, 50),
              (int) Latencies.percentile(sorted, 99),
              max,
              longest,
              over);
    }
  }

  static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
