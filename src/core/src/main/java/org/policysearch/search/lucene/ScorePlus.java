package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;

/**
 * A wrapped query's score plus a constant: what holding one word of the query is worth, on top of
 * how well the chunk matches it, in one pass over the word's postings.
 */
final class ScorePlus extends ScoreFunction {
  private final double constant;

  ScorePlus(double constant) {
    this.constant = constant;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        return scores.doubleValue() + constant;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return scores.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return true;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(constant);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScorePlus plus && plus.constant == constant;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "score + %.3f", constant);
  }
}
