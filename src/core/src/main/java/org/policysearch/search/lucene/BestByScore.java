package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.IntroSelector;
import org.apache.lucene.util.NumericUtils;

/**
 * Collects the best {@code size} matches by score, in no particular order, and counts every match:
 * the window that {@link TopWindowRescorer} orders again. Equal scores keep the chunk whose
 * document comes first by id ({@link DocumentOrder}), then the earlier chunk: the order the page
 * shows equal scores in, whatever order the documents were written in.
 *
 * <p>Lucene's top-score collector keeps its best in a heap of objects, reordered for every match
 * that enters and emptied in order at the end: a fifteenth of a search for a window of 1,000, spent
 * on an order the rescorer throws away; and of equal scores it keeps the earlier chunk in the
 * index, which two indexes of the same corpus need not agree on. Here each match that can still
 * enter is one long (its score, then its document's place inverted, so that a larger key is better)
 * appended to an array beside its chunk number; when the array is full, a selection keeps the best
 * half and raises the floor a match must pass.
 */
final class BestByScore implements CollectorManager<BestByScore.Best, TopDocs> {
  private final int size;
  private final DocumentOrder order;

  /** Keeps the best {@code size} matches, equal scores in the documents' {@code order}. */
  BestByScore(int size, DocumentOrder order) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be 1 or more: " + size);
    }
    this.size = size;
    this.order = order;
  }

  @Override
  public Best newCollector() {
    return new Best(size, order);
  }

  @Override
  public TopDocs reduce(Collection<Best> collectors) {
    if (collectors.size() == 1) {
      Best only = collectors.iterator().next();
      return only.keys.topDocs(only.total);
    }
    long total = 0;
    Keys merged = new Keys(size);
    for (Best best : collectors) {
      total += best.total;
      for (int i = 0; i < best.keys.count; i++) {
        merged.add(best.keys.keys[i], best.keys.docs[i]);
      }
    }
    return merged.topDocs(total);
  }

  /** One search slice's best matches and count. */
  static final class Best implements Collector {
    private final Keys keys;
    private final DocumentOrder order;
    private long total;

    private Best(int size, DocumentOrder order) {
      this.keys = new Keys(size);
      this.order = order;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int base = context.docBase;
      DocumentOrder.Places places = order.places(context);
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          total++;
          float score = scorer.score();
          // Most matches score below the floor: their document's place is not read.
          if (score >= keys.floorScore) {
            long key = key(score, places.of(doc));
            if (keys.beats(key, base + doc)) {
              keys.add(key, base + doc);
            }
          }
        }
      };
    }
  }

  /**
   * The keys of the best matches so far and their chunks, at most twice the size between
   * selections. Of equal keys (equal scores in one document) the earlier chunk is better.
   */
  private static final class Keys {
    private final int size;
    private long[] keys = new long[16];
    private int[] docs = new int[16];
    private int count;
    // The worst key kept at the last selection, and its chunk: what a match must beat.
    private long floorKey = Long.MIN_VALUE;
    private int floorDoc = Integer.MAX_VALUE;
    private float floorScore = Float.NEGATIVE_INFINITY;

    Keys(int size) {
      this.size = size;
    }

    boolean beats(long key, int doc) {
      return key > floorKey || key == floorKey && doc < floorDoc;
    }

    void add(long key, int doc) {
      if (count == keys.length) {
        if (count >= 2 * size) {
          keepBest();
        } else {
          // Doubled: grown by an eighth at a time, as ArrayUtil grows, the copies of a window of
          // 1,000 came to nine times its final size, a tenth of what a search allocated.
          int grown = Math.min(2 * size, 2 * keys.length);
          keys = Arrays.copyOf(keys, grown);
          docs = Arrays.copyOf(docs, grown);
        }
      }
      keys[count] = key;
      docs[count++] = doc;
    }

    /** Keeps the best {@code size} at the front and raises the floor to the worst of them. */
    private void keepBest() {
      if (count <= size) {
        return;
      }
      int from = count - size;
      new IntroSelector() {
        private long pivotKey;
        private int pivotDoc;

        @Override
        protected void setPivot(int i) {
          pivotKey = keys[i];
          pivotDoc = docs[i];
        }

        @Override
        protected int comparePivot(int j) {
          // Ascending from worst to best: a lower key, or of equal keys the later chunk, first.
          int byKey = Long.compare(pivotKey, keys[j]);
          return byKey != 0 ? byKey : Integer.compare(docs[j], pivotDoc);
        }

        @Override
        protected void swap(int i, int j) {
          long key = keys[i];
          keys[i] = keys[j];
          keys[j] = key;
          int doc = docs[i];
          docs[i] = docs[j];
          docs[j] = doc;
        }
      }.select(0, count, from);
      System.arraycopy(keys, from, keys, 0, size);
      System.arraycopy(docs, from, docs, 0, size);
      count = size;
      floorKey = keys[0];
      floorDoc = docs[0];
      floorScore = score(floorKey);
    }

    TopDocs topDocs(long total) {
      keepBest();
      ScoreDoc[] best = new ScoreDoc[count];
      for (int i = 0; i < count; i++) {
        best[i] = new ScoreDoc(docs[i], score(keys[i]));
      }
      return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), best);
    }
  }

  /** Larger for a higher score, then for a document earlier by id. */
  private static long key(float score, int place) {
    return ((long) NumericUtils.floatToSortableInt(score) << 32) | (~place & 0xFFFFFFFFL);
  }

  private static float score(long key) {
    return NumericUtils.sortableIntToFloat((int) (key >> 32));
  }
}
