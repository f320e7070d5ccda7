package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
    List<Integer> words = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ChunkScan.each(
        indexDir,
        Set.of(Fields.TEXT, Fields.CHUNK_ID),
        d -> {
          words.add(wordCount(d.get(Fields.TEXT)));
          ids.add(d.get(Fields.CHUNK_ID));
        });
    int n = words.size();
    if (n == 0) {
      return new ChunkSizes(0, 0, 0, 0, "", 0);
    }
    int longest = 0;
    for (int i = 1; i < n; i++) {
      if (words.get(i) > words.get(longest)) {
        longest = i;
      }
    }
    double[] sorted = words.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
    int over = (int) Arrays.stream(sorted).filter(w -> w > 1000).count();
    return new ChunkSizes(
        n,
        (int) Latencies.percentile(sorted, 50),
        (int) Latencies.percentile(sorted, 99),
        words.get(longest),
        ids.get(longest),
        over);
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
