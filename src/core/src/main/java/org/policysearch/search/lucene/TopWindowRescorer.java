package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Adds the scores of ranking-only clauses to the best results of a first pass that matched and
 * counted without them, then sorts again: the clauses (title, headings, proximity, the document)
 * cost a third of a search when scored on every match, and change only the order at the top.
 *
 * <p>Unlike Lucene's {@code QueryRescorer}, it keeps the first pass's ties in document order
 * (document id, then chunk ordinal) and its sort values, so a page reads the same either way.
 */
final class TopWindowRescorer {
  /**
   * How many of the first pass's best results get the ranking clauses: every page a user reads is
   * inside it, and a result beyond it would need more from those clauses than they ever add.
   */
  static final int WINDOW = 1000;

  private static final Comparator<FieldDoc> BEST_FIRST =
      Comparator.<FieldDoc>comparingDouble(d -> -d.score)
          .thenComparing(d -> (BytesRef) d.fields[1], Comparator.nullsLast(BytesRef::compareTo))
          .thenComparingLong(d -> (Long) d.fields[2]);

  private TopWindowRescorer() {}

  /**
   * {@code top} (sorted by score, document id and ordinal, each score in {@code score}) with {@code
   * ranking}'s score added to each result it matches, best first.
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] top, Query ranking, int keep)
      throws IOException {
    FieldDoc[] byDoc = Arrays.copyOf(top, top.length, FieldDoc[].class);
    Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(ranking), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    int end = 0;
    int base = 0;
    Scorer scorer = null;
    for (FieldDoc hit : byDoc) {
      while (hit.doc >= end) {
        LeafReaderContext context = leaves.get(++leaf);
        base = context.docBase;
        end = base + context.reader().maxDoc();
        scorer = weight.scorer(context);
      }
      if (scorer == null) {
        continue;
      }
      int target = hit.doc - base;
      int at = scorer.docID();
      if (at < target) {
        at = scorer.iterator().advance(target);
      }
      if (at == target) {
        hit.score += scorer.score();
        hit.fields[0] = hit.score;
      }
    }
    // Only the best {@code keep} are wanted (a page's end): a bounded heap rather than a full sort.
    PriorityQueue<FieldDoc> best = new PriorityQueue<>(Math.max(1, keep), BEST_FIRST.reversed());
    for (FieldDoc hit : byDoc) {
      best.add(hit);
      if (best.size() > keep) {
        best.poll();
      }
    }
    FieldDoc[] kept = best.toArray(new FieldDoc[0]);
    Arrays.sort(kept, BEST_FIRST);
    return kept;
  }
}
