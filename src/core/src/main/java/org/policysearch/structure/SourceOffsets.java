package org.policysearch.structure;

import java.util.Arrays;

/**
 * Where each character of a repaired text came from in the document's normalised text.
 *
 * <p>Kept as runs, each the characters that follow one another in the source as in the text: a run
 * ends only where a line was joined, spaces collapsed or a hyphen dropped, so a block costs a few
 * ints per line rather than one per character (a 30 MB text's blocks took 120 MB of heap).
 */
public final class SourceOffsets {
  /** Where each run begins in the repaired text, ascending, the first at 0. */
  private final int[] runStarts;

  /** The source offset of each run's first character. */
  private final int[] runSources;

  private final int length;

  /** Takes the arrays as they are: {@link RepairedText}, its one maker, hands over fresh copies. */
  SourceOffsets(int[] runStarts, int[] runSources, int length) {
    this.runStarts = runStarts;
    this.runSources = runSources;
    this.length = length;
  }

  /** The source offset of the repaired text's character at {@code index}. */
  public int startOf(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    int at = Arrays.binarySearch(runStarts, index);
    int run = at >= 0 ? at : -at - 2;
    return runSources[run] + index - runStarts[run];
  }

  /** The source offset just past the repaired text's character at {@code index}. */
  public int endOf(int index) {
    return startOf(index) + 1;
  }

  /** The number of characters mapped, the repaired text's length. */
  public int length() {
    return length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceOffsets that
        && length == that.length
        && Arrays.equals(runStarts, that.runStarts)
        && Arrays.equals(runSources, that.runSources);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(runStarts) + Arrays.hashCode(runSources)) + length;
  }

  @Override
  public String toString() {
    return "SourceOffsets[" + length + " chars in " + runStarts.length + " runs]";
  }
}
