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
import org.apache.lucene.util.NumericUtils;

/**
 * Collects the best {@code size} matches by score, in no particular order, and counts every match:
 * the window that {@link TopWindowRescorer} orders again.
 *
 * <p>Lucene's top-score collector keeps its best in a heap of objects, reordered for every match
 * that enters and emptied in order at the end: a fifteenth of a search for a window of 1,000, spent
 * on an order the rescorer throws away. Here each match that can still enter is one long (its
 * score, then its document inverted, so that a larger key is better and equal scores keep the
 * earlier document, as Lucene's collector does) appended to an array; when the array is full, a
 * selection keeps the best half and raises the floor a match must pass.
 */
final class BestByScore implements CollectorManager<BestByScore.Best, TopDocs> {
  private final int size;

  /** Keeps the best {@code size} matches. */
  BestByScore(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be 1 or more: " + size);
    }
    this.size = size;
  }

  @Override
  public Best newCollector() {
    return new Best(size);
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
        merged.add(best.keys.values[i]);
      }
    }
    return merged.topDocs(total);
  }

  /** One search slice's best matches and count. */
  static final class Best implements Collector {
    private final Keys keys;
    private long total;

    private Best(int size) {
      keys = new Keys(size);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
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
          // Documents come in order: one scoring the floor loses to the earlier one holding it.
          if (score > keys.floor) {
            keys.add(key(score, base + doc));
          }
        }
      };
    }
  }

  /** The keys of the best matches so far, at most twice the size between selections. */
  private static final class Keys {
    private final int size;
    private long[] values = new long[16];
    private int count;
    private float floor = Float.NEGATIVE_INFINITY;

    Keys(int size) {
      this.size = size;
    }

    void add(long key) {
      if (count == values.length) {
        if (count >= 2 * size) {
          keepBest();
        } else {
          // Doubled: grown by an eighth at a time, as ArrayUtil grows, the copies of a window of
          // 1,000 came to nine times its final size, a tenth of what a search allocated.
          values = Arrays.copyOf(values, Math.min(2 * size, 2 * values.length));
        }
      }
      values[count++] = key;
    }

    /** Keeps the best {@code size} keys at the front and raises the floor to the lowest score. */
    private void keepBest() {
      if (count <= size) {
        return;
      }
      int from = count - size;
      LongSelection.select(values, count, from);
      System.arraycopy(values, from, values, 0, size);
      count = size;
      floor = score(values[0]);
    }

    TopDocs topDocs(long total) {
      keepBest();
      ScoreDoc[] best = new ScoreDoc[count];
      for (int i = 0; i < count; i++) {
        best[i] = new ScoreDoc(~(int) values[i], score(values[i]));
      }
      return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), best);
    }
  }

  /** Larger for a higher score, then for an earlier document. */
  private static long key(float score, int doc) {
    return ((long) NumericUtils.floatToSortableInt(score) << 32) | (~doc & 0xFFFFFFFFL);
  }

  private static float score(long key) {
    return NumericUtils.sortableIntToFloat((int) (key >> 32));
  }
}
