package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.policysearch.search.QueryNode;

/**
 * Tells, for each hit of a page, where the query's words were found (its text, its headings, its
 * document's title, parties or whole), so a user sees why a passage that never says "Korea" came
 * back for it. The text, headings and title are told by the hit's marks, which the page shows
 * anyway; the parties and the document, which no mark shows, by their queries.
 */
final class MatchedFields {

  /** Where each hit was found: its own marks, then {@code beyond} ({@link #beyond}), in order. */
  static List<String> of(Highlighting.Marked marks, List<String> beyond) {
    List<String> found = new ArrayList<>(5);
    if (marked(marks.text())) {
      found.add("text");
    }
    if (marks.headings().sectionPath().stream().anyMatch(MatchedFields::marked)) {
      found.add("headings");
    }
    if (marked(marks.headings().title())) {
      found.add("title");
    }
    found.addAll(beyond);
    return found;
  }

  /** Whether highlighted {@code text} (escaped, so no tag of its own) marks a match. */
  private static boolean marked(String text) {
    return text != null && text.contains("<mark>");
  }

  /**
   * For each of {@code ids}, the places beyond the chunk that {@code node} matches (its document's
   * parties, the document), in a fixed order.
   */
  List<List<String>> beyond(
      IndexSearcher searcher, LuceneQueries queries, QueryNode node, int[] ids) throws IOException {
    List<List<String>> found = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      found.add(new ArrayList<>());
    }
    if (node == null || ids.length == 0) {
      return found;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    // Hits in index order, so that one scorer per segment advances through them.
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> ids[i]));
    for (Map.Entry<String, Query> place : queries.documentPlaces(node).entrySet()) {
      Weight weight =
          searcher.createWeight(
              searcher.rewrite(place.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      int leafIndex = -1;
      DocIdSetIterator candidates = null;
      TwoPhaseIterator twoPhase = null;
      for (int i : order) {
        int leaf = ReaderUtil.subIndex(ids[i], leaves);
        LeafReaderContext context = leaves.get(leaf);
        if (leaf != leafIndex) {
          leafIndex = leaf;
          Scorer scorer = weight.scorer(context);
          // Through the two-phase view: advancing a phrase's own iterator would look past a hit
          // it does not match for the next one it does, checking positions all the way.
          twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
          candidates =
              scorer == null
                  ? null
                  : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }
        int doc = ids[i] - context.docBase;
        if (candidates == null) {
          continue;
        }
        int at = candidates.docID() < doc ? candidates.advance(doc) : candidates.docID();
        if (at == doc && (twoPhase == null || twoPhase.matches())) {
          found.get(i).add(place.getKey());
        }
      }
    }
    return found;
  }
}
