package org.policysearch.index;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The index-time scoring of chunks: BM25, except that a chunk's {@link Fields#BODY} counts as at
 * least {@link #MIN_BODY_WORDS} words long, so a heading, a label or a one-line item never outranks
 * a passage only for being short.
 *
 * <p>BM25 divides a word's weight by the field's length against the average; chunks are short
 * (median 18 words), and without a floor "Labour Standards" as a heading scores twice the sentence
 * under it that says what the labour standards are. Above the floor lengths count as usual, so a
 * long passage that mentions a word once still ranks below a short one about it.
 */
public final class ChunkSimilarity extends PerFieldSimilarityWrapper {
  /** The length in words below which a chunk's body gains nothing from being shorter. */
  public static final int MIN_BODY_WORDS = 32;

  private static final long MIN_NORM = SmallFloat.intToByte4(MIN_BODY_WORDS);

  private final Similarity standard = new BM25Similarity();
  private final Similarity body =
      new BM25Similarity() {
        @Override
        public long computeNorm(FieldInvertState state) {
          // The norm is BM25's own length encoding, which grows with the length: max is a floor.
          return Math.max(super.computeNorm(state), MIN_NORM);
        }
      };

  @Override
  public Similarity get(String field) {
    return Fields.BODY.equals(field) ? body : standard;
  }
}
