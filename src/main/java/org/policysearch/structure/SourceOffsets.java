package org.policysearch.structure;

import java.util.Arrays;

/** Where each character of a repaired text came from in the document's normalised text. */
public final class SourceOffsets {
  private final int[] offsets;

  SourceOffsets(int[] offsets) {
    this.offsets = offsets.clone();
  }

  /** The source offset of the repaired text's character at {@code index}. */
  public int startOf(int index) {
    return offsets[index];
  }

  /** The source offset just past the repaired text's character at {@code index}. */
  public int endOf(int index) {
    return offsets[index] + 1;
  }

  /** The number of characters mapped, the repaired text's length. */
  public int length() {
    return offsets.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceOffsets that && Arrays.equals(offsets, that.offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return "SourceOffsets[" + offsets.length + " chars]";
  }
}
