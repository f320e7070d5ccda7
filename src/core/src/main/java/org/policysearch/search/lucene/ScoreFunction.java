package org.policysearch.search.lucene;

import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/** A value computed from the score of the query it wraps in a {@code FunctionScoreQuery}. */
abstract class ScoreFunction extends DoubleValuesSource {
  @Override
  public final boolean needsScores() {
    return true;
  }

  @Override
  public final DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }
}
