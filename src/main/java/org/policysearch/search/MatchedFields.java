package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Tells, for each hit of a page, where the query's words were found (its text, its headings, its
 * document's title, parties or whole), so a user sees why a passage that never says "Korea" came
 * back for it.
 */
final class MatchedFields {

  /** For each of {@code ids}, the names of the places {@code node} matches, in a fixed order. */
  List<List<String>> of(IndexSearcher searcher, LuceneQueries queries, QueryNode node, int[] ids)
      throws IOException {
    List<List<String>> found = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      found.add(new ArrayList<>());
    }
    if (node == null || ids.length == 0) {
      return found;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (Map.Entry<String, Query> place : queries.places(node).entrySet()) {
      Weight weight =
          searcher.createWeight(
              searcher.rewrite(place.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (int i = 0; i < ids.length; i++) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(ids[i], leaves));
        if (matches(weight, leaf, ids[i] - leaf.docBase)) {
          found.get(i).add(place.getKey());
        }
      }
    }
    return found;
  }

  private static boolean matches(Weight weight, LeafReaderContext leaf, int doc)
      throws IOException {
    Scorer scorer = weight.scorer(leaf);
    if (scorer == null) {
      return false;
    }
    DocIdSetIterator iterator = scorer.iterator();
    return iterator.advance(doc) == doc;
  }
}
