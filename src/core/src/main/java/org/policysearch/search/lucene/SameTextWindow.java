package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.policysearch.index.Fields;
import org.policysearch.index.TextSketches;
import org.policysearch.search.SameTextFolding;
import org.policysearch.search.SameTextPassage;

/**
 * Reads what folding a ranked window needs: its chunks' text signatures, sketches and commitment
 * numbers, and their ids.
 */
final class SameTextWindow {
  private SameTextWindow() {}

  /**
   * The text signature of each chunk of a window, in the order of {@code inDocOrder}: (doc, index
   * into the window) packed in one long, ascending, as doc values are read.
   */
  static long[] signatures(IndexSearcher searcher, long[] inDocOrder) throws IOException {
    // An index written before signatures has none: each chunk is then a text of its own.
    return values(searcher, inDocOrder, Fields.SAME_TEXT, doc -> ~(long) doc);
  }

  /**
   * The {@link TextSketches} sketch of each chunk of a window, in the order of {@code inDocOrder}
   * as {@link #signatures}; {@link TextSketches#NONE} for a chunk without one.
   */
  static long[] sketches(IndexSearcher searcher, long[] inDocOrder) throws IOException {
    return values(searcher, inDocOrder, Fields.SAME_TEXT_SKETCH, doc -> TextSketches.NONE);
  }

  /**
   * The {@link org.policysearch.index.TextCommitments} number of each chunk of a window, in the
   * order of {@code inDocOrder} as {@link #signatures}; 0 for a chunk without a sketch, which never
   * folds nearly.
   */
  static long[] commitments(IndexSearcher searcher, long[] inDocOrder) throws IOException {
    return values(searcher, inDocOrder, Fields.SAME_TEXT_COMMITMENT, doc -> 0L);
  }

  /**
   * Folds {@code ranked}, chunks best first (similar passages), keeping the first {@code size}
   * texts ({@link SameTextFolding#ranked}).
   */
  static SameTextFolding.Folded foldRanked(IndexSearcher searcher, ScoreDoc[] ranked, int size)
      throws IOException {
    int n = ranked.length;
    long[] inDocOrder = new long[n];
    for (int i = 0; i < n; i++) {
      inDocOrder[i] = ((long) ranked[i].doc << 32) | i;
    }
    Arrays.sort(inDocOrder);
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      scores[i] = ranked[i].score;
    }
    return SameTextFolding.ranked(
        inRankOrder(signatures(searcher, inDocOrder), inDocOrder),
        inRankOrder(sketches(searcher, inDocOrder), inDocOrder),
        inRankOrder(commitments(searcher, inDocOrder), inDocOrder),
        scores,
        size);
  }

  /**
   * Values read in the order of {@code inDocOrder}, put back in the order of the ranks it packs.
   */
  private static long[] inRankOrder(long[] values, long[] inDocOrder) {
    long[] ranked = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      ranked[(int) inDocOrder[i]] = values[i];
    }
    return ranked;
  }

  private static long[] values(
      IndexSearcher searcher, long[] inDocOrder, String field, IntToLongFunction missing)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long[] signatures = new long[inDocOrder.length];
    int leaf = -1;
    int end = 0;
    int base = 0;
    NumericDocValues values = null;
    for (int i = 0; i < inDocOrder.length; i++) {
      int doc = (int) (inDocOrder[i] >>> 32);
      while (doc >= end) {
        LeafReaderContext context = leaves.get(++leaf);
        base = context.docBase;
        end = base + context.reader().maxDoc();
        values = DocValues.getNumeric(context.reader(), field);
      }
      signatures[i] =
          values.advanceExact(doc - base) ? values.longValue() : missing.applyAsLong(doc);
    }
    return signatures;
  }

  /**
   * The text a window's chunk is read as ({@link SameTextFolding#read}) as {@link
   * TopWindowRescorer#rescoreFolding} ranks it.
   */
  static long readAs(ScoreDoc ranked) {
    return (Long) ((FieldDoc) ranked).fields[3];
  }

  /**
   * The text signature of a window's chunk as {@link TopWindowRescorer#rescoreFolding} ranks it.
   */
  static long signature(ScoreDoc ranked) {
    return (Long) ((FieldDoc) ranked).fields[4];
  }

  /**
   * The passage of a window's chunk as ranked by {@link TopWindowRescorer} (whose sort values are
   * its score, its document id and its ordinal), linking to {@code query}, without the title its
   * page gives it.
   */
  static SameTextPassage passage(ScoreDoc ranked, String query) {
    Object[] keys = ((FieldDoc) ranked).fields;
    return SameTextPassage.of(
        ((BytesRef) keys[1]).utf8ToString(), Math.toIntExact((Long) keys[2]), query);
  }
}
