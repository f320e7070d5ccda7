package org.policysearch.index;

import org.policysearch.tagging.Commitment;
import org.policysearch.tagging.CommitmentWords;

/**
 * What a passage commits to, in one number that near copies of a clause share only when they commit
 * alike: its {@link Commitment} and its {@link CommitmentWords} in order. "Each Party shall make
 * available an extension of the patent term" and "Each Party may make available a restoration of
 * the patent term" read nearly the same by their sketches ({@link TextSketches}), but not here, so
 * the second is not folded under the first as a copy of it.
 */
public final class TextCommitments {
  private TextCommitments() {}

  /**
   * The number for a passage of {@code text} tagged {@code commitment}: the same for two passages
   * with the same commitment and the same commitment words in the same order, whatever their other
   * words; a 32-bit hash, which doc values keep in 4 bytes.
   */
  public static long of(String text, Commitment commitment) {
    return ofSigned(TextSignatures.signed(text).split(" "), commitment);
  }

  /**
   * The number for a passage tagged {@code commitment} whose {@link TextSignatures#signed} words,
   * split at their spaces, are {@code signed}.
   */
  public static long ofSigned(String[] signed, Commitment commitment) {
    int hash = commitment.code().hashCode();
    for (String word : signed) {
      if (CommitmentWords.contains(word)) {
        hash = 31 * hash + word.hashCode();
      }
    }
    return hash;
  }
}
