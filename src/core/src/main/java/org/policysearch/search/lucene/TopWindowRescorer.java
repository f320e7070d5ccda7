package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.policysearch.index.Fields;
import org.policysearch.search.SameTextFolding;

/**
 * Adds the scores of ranking-only clauses to the best results of a first pass that matched and
 * counted without them, then sorts again: the clauses (title, headings, proximity, the document)
 * cost a third of a search when scored on every match, and change only the order at the top.
 *
 * <p>The first pass collects by score alone, the cheapest way to keep the best of many matches;
 * unlike Lucene's {@code QueryRescorer}, this then orders equal scores by document id and chunk
 * ordinal, as every other sort does, so a page reads the same whichever way it was ranked.
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
   * {@code top}, the first pass's best by score alone, with {@code ranking}'s score added to each
   * result it matches, best first; equal scores in document order (document id, then ordinal).
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] top, Query ranking, int keep)
      throws IOException {
    Scored scored = Scored.of(searcher, top, ranking);
    float[] scores = scored.scores();
    // Only the best {@code keep} are wanted (a page's end), and the tie-break keys only for them
    // and those tied with the last of them: not for the whole window.
    float lowest =
        keep >= scores.length ? Float.NEGATIVE_INFINITY : nthHighest(scores, Math.max(1, keep));
    List<FieldDoc> best = scored.keyed(searcher, i -> scores[i] >= lowest, null, null);
    best.sort(BEST_FIRST);
    return best.subList(0, Math.min(keep, best.size())).toArray(new FieldDoc[0]);
  }

  /**
   * {@link #rescore}d, for a page folding the results that read the same as a better one, or
   * nearly: of the window, only the results of the texts whose best result can reach the page's end
   * ({@code to} texts, near copies read as one), best first, each with the text it is read as and
   * its own text's signature as its fourth and fifth sort values ({@link SameTextFolding#read}).
   * Folding them gives the page folding the whole window gives, and the tie-break keys are read for
   * those alone.
   */
  static FieldDoc[] rescoreFolding(IndexSearcher searcher, ScoreDoc[] top, Query ranking, int to)
      throws IOException {
    Scored scored = Scored.of(searcher, top, ranking);
    float[] scores = scored.scores();
    long[] signatures = SameTextWindow.signatures(searcher, scored.inDocOrder());
    long[] sketches = SameTextWindow.sketches(searcher, scored.inDocOrder());
    long[] commitments = SameTextWindow.commitments(searcher, scored.inDocOrder());
    SameTextFolding.Reading reading =
        SameTextFolding.read(signatures, sketches, commitments, scores, to);
    // A text whose best result scores below the to-th best text's comes after the page's end,
    // and so do all its results.
    List<FieldDoc> best =
        scored.keyed(searcher, reading.reaching()::get, reading.keys(), signatures);
    best.sort(BEST_FIRST);
    return best.toArray(new FieldDoc[0]);
  }

  /**
   * A window's scores with the ranking clauses', in document order.
   *
   * @param inDocOrder (doc, index into {@code top}) packed in one long, ascending
   * @param scores the full score of each, in the order of {@code inDocOrder}
   */
  private record Scored(long[] inDocOrder, float[] scores) {

    static Scored of(IndexSearcher searcher, ScoreDoc[] top, Query ranking) throws IOException {
      int n = top.length;
      // Document order, as (doc, index into top) packed in one long: a primitive sort.
      long[] inDocOrder = new long[n];
      for (int i = 0; i < n; i++) {
        inDocOrder[i] = ((long) top[i].doc << 32) | i;
      }
      Arrays.sort(inDocOrder);
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      // Each ranking clause on its own: scoring them as one disjunction kept a heap of their
      // iterators in step for every chunk of the window, and checked positions through it. The
      // sum is a double, as Lucene's disjunction sums, so the scores are the same.
      double[] added = new double[n];
      boolean[] window = window(leaves, top, inDocOrder);
      for (Query clause : clauses(searcher.rewrite(ranking))) {
        Weight weight = searcher.createWeight(clause, ScoreMode.COMPLETE, 1f);
        add(weight, leaves, top, inDocOrder, window, added);
      }
      float[] scores = new float[n];
      for (int i = 0; i < n; i++) {
        scores[i] = top[(int) inDocOrder[i]].score + (float) added[i];
      }
      return new Scored(inDocOrder, scores);
    }

    /**
     * Which results (by their place in document order) get the ranking clauses: the first pass's
     * best {@link #WINDOW}, equal scores in document order, however many more were collected. A
     * page past the window (or folding that reads twice the page's end) collects more; were they
     * all rescored, the window would grow with the page, and a result shown on page 50 could rise
     * above the end of page 49 or appear on both. Those after the window keep their first-pass
     * scores, which are no higher than any in the window: they follow it in first-pass order.
     */
    private static boolean[] window(
        List<LeafReaderContext> leaves, ScoreDoc[] top, long[] inDocOrder) throws IOException {
      int n = inDocOrder.length;
      boolean[] window = new boolean[n];
      if (n <= WINDOW) {
        Arrays.fill(window, true);
        return window;
      }
      BytesRef[] documentIds = new BytesRef[n];
      long[] ordinals = new long[n];
      readKeys(leaves, inDocOrder, i -> true, documentIds, ordinals);
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          Comparator.<Integer>comparingDouble(i -> -top[(int) inDocOrder[i]].score)
              .thenComparing(i -> documentIds[i], Comparator.nullsLast(BytesRef::compareTo))
              .thenComparingLong(i -> ordinals[i]));
      for (int i = 0; i < WINDOW; i++) {
        window[order[i]] = true;
      }
      return window;
    }

    /**
     * The results {@code wanted} picks (by their place in document order) with their sort values:
     * score, document id, ordinal and, given {@code keys} and {@code signatures}, the text they are
     * read as and their own text's signature.
     */
    List<FieldDoc> keyed(
        IndexSearcher searcher, IntPredicate wanted, long[] keys, long[] signatures)
        throws IOException {
      int n = inDocOrder.length;
      BytesRef[] documentIds = new BytesRef[n];
      long[] ordinals = new long[n];
      readKeys(searcher.getIndexReader().leaves(), inDocOrder, wanted, documentIds, ordinals);
      List<FieldDoc> best = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!wanted.test(i)) {
          continue;
        }
        int doc = (int) (inDocOrder[i] >>> 32);
        Object[] sortValues =
            signatures == null
                ? new Object[] {scores[i], documentIds[i], ordinals[i]}
                : new Object[] {scores[i], documentIds[i], ordinals[i], keys[i], signatures[i]};
        best.add(new FieldDoc(doc, scores[i], sortValues));
      }
      return best;
    }
  }

  /**
   * The document id and ordinal (the tie-break of equal scores) of each result {@code wanted}
   * picks, by its place in document order ({@code inDocOrder}), into {@code documentIds} and {@code
   * ordinals}: each segment's doc values read once, forwards.
   */
  private static void readKeys(
      List<LeafReaderContext> leaves,
      long[] inDocOrder,
      IntPredicate wanted,
      BytesRef[] documentIds,
      long[] ordinals)
      throws IOException {
    int leaf = -1;
    int end = 0;
    int base = 0;
    SortedDocValues ids = null;
    NumericDocValues places = null;
    for (int i = 0; i < inDocOrder.length; i++) {
      if (!wanted.test(i)) {
        continue;
      }
      int doc = (int) (inDocOrder[i] >>> 32);
      while (doc >= end) {
        LeafReaderContext context = leaves.get(++leaf);
        base = context.docBase;
        end = base + context.reader().maxDoc();
        ids = DocValues.getSorted(context.reader(), Fields.DOC_ID);
        places = DocValues.getNumeric(context.reader(), Fields.ORDINAL);
      }
      int target = doc - base;
      documentIds[i] =
          ids.advanceExact(target) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : null;
      ordinals[i] = places.advanceExact(target) ? places.longValue() : 0L;
    }
  }

  /** The clauses whose scores add up to {@code query}'s: its optional clauses, or itself. */
  private static List<Query> clauses(Query query) {
    if (query instanceof BooleanQuery bool
        && bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
      return bool.clauses().stream().map(BooleanClause::getQuery).toList();
    }
    return List.of(query);
  }

  /**
   * Adds {@code weight}'s score to {@code added[i]} for each chunk of the window it matches,
   * visited in document order ({@code inDocOrder}).
   */
  private static void add(
      Weight weight,
      List<LeafReaderContext> leaves,
      ScoreDoc[] top,
      long[] inDocOrder,
      boolean[] window,
      double[] added)
      throws IOException {
    int leaf = -1;
    int end = 0;
    int base = 0;
    Scorer scorer = null;
    DocIdSetIterator candidates = null;
    TwoPhaseIterator confirm = null;
    for (int i = 0; i < inDocOrder.length; i++) {
      if (!window[i]) {
        continue;
      }
      int doc = top[(int) inDocOrder[i]].doc;
      while (doc >= end) {
        LeafReaderContext context = leaves.get(++leaf);
        base = context.docBase;
        end = base + context.reader().maxDoc();
        scorer = weight.scorer(context);
        // Positions (the proximity phrase) are read for the window's chunks only: advancing the
        // scorer itself would check them on every chunk after each target until one matches.
        confirm = scorer == null ? null : scorer.twoPhaseIterator();
        candidates =
            scorer == null ? null : confirm == null ? scorer.iterator() : confirm.approximation();
      }
      if (scorer == null) {
        continue;
      }
      int target = doc - base;
      int at = candidates.docID();
      if (at < target) {
        at = candidates.advance(target);
      }
      if (at == target && (confirm == null || confirm.matches())) {
        added[i] += scorer.score();
      }
    }
  }

  /**
   * The {@code rank}-th highest of {@code scores} (1: the highest), found by selection: sorting the
   * whole window for one threshold was a twelfth of rescoring.
   */
  static float nthHighest(float[] scores, int rank) {
    long[] keys = new long[scores.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = NumericUtils.floatToSortableInt(scores[i]);
    }
    LongSelection.select(keys, keys.length, keys.length - rank);
    return NumericUtils.sortableIntToFloat((int) keys[keys.length - rank]);
  }
}
