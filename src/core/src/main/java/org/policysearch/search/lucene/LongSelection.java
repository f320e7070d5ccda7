package org.policysearch.search.lucene;

import org.apache.lucene.util.IntroSelector;

/**
 * Finds the value of a given rank in an array of longs by selection, in linear time: cheaper than
 * sorting when only one rank matters, as for the best of a window or the last score of a page.
 */
final class LongSelection {
  private LongSelection() {}

  /**
   * Reorders the first {@code count} of {@code values} so that the one at {@code k} is where an
   * ascending sort would put it, none after it smaller and none before it larger.
   */
  static void select(long[] values, int count, int k) {
    new IntroSelector() {
      private long pivot;

      @Override
      protected void setPivot(int i) {
        pivot = values[i];
      }

      @Override
      protected int comparePivot(int j) {
        return Long.compare(pivot, values[j]);
      }

      @Override
      protected void swap(int i, int j) {
        long swapped = values[i];
        values[i] = values[j];
        values[j] = swapped;
      }
    }.select(0, count, k);
  }
}
