package org.policysearch.search.lucene;

import org.apache.lucene.search.ScoreDoc;

/** Writes hits as "doc:score" in their order, for comparing two rankings in one assertion. */
final class ScoreDocList {
  private ScoreDocList() {}

  static String describe(ScoreDoc[] hits) {
    StringBuilder out = new StringBuilder();
    for (ScoreDoc hit : hits) {
      out.append(hit.doc).append(':').append(hit.score).append(' ');
    }
    return out.toString();
  }
}
