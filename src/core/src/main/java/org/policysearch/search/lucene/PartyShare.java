package org.policysearch.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.policysearch.index.Fields;

/**
 * How well a document's parties are the parties a query names: the overlap (the wrapped query's
 * score, one per named party the document has) over the union of both sets, so the agreement
 * between exactly Japan and Thailand scores 1 for "Japan Thailand", and one of forty parties that
 * include both scores 2/40.
 */
final class PartyShare extends ScoreFunction {
  private final int named;

  /** For a query that names {@code named} parties. */
  PartyShare(int named) {
    this.named = named;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues overlap) throws IOException {
    NumericDocValues counts = DocValues.getNumeric(ctx.reader(), Fields.PARTY_COUNT);
    return new DoubleValues() {
      private long parties;

      @Override
      public double doubleValue() throws IOException {
        double shared = overlap.doubleValue();
        return shared / Math.max(1, parties + named - shared);
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        parties = counts.advanceExact(doc) ? counts.longValue() : 0;
        return overlap.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, Fields.PARTY_COUNT);
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(named);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartyShare share && share.named == named;
  }

  @Override
  public String toString() {
    return "share of " + named + " named parties";
  }
}
