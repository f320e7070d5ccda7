package org.policysearch.index;

import java.util.Arrays;

/**
 * A small sketch of a passage's words that tells a near copy of a clause from another text: the
 * same template clause with a word changed, a spelling of its own or a phrase added ("in like
 * circumstances") reads nearly the same, and its sketch agrees with the original's in most places.
 *
 * <p>A sketch is a MinHash of the passage's word triples, as {@link TextSignatures} reads its words
 * (provision numbers and the paragraph's own mark aside): 16 independent minima, of which each
 * keeps its lowest 4 bits, packed in one long. Two texts agree in a place with probability J + (1 −
 * J)/16, J the share of their word triples they hold in common (Jaccard), so agreeing in {@value
 * #NEARLY_SAME} of 16 places means about 70 % of their triples are shared: a clause with a word
 * changed (J ≈ 0.85) reads nearly the same 94 times in 100, two texts sharing half their triples 6
 * times. Folding another text would hide it, so the line leans to the side of missing a copy; 16
 * places of 4 bits miss fewer and take fewer others for copies than 8 of 8.
 */
public final class TextSketches {
  /** The sketch of a text too short to have one: such a text is folded only with its exact copy. */
  public static final long NONE = 0L;

  /**
   * Below this many words a passage has no sketch: a short text differing in a word ("within 30
   * days", a heading's other number) is another text, not a near copy.
   */
  public static final int FEWEST_WORDS = 12;

  /** How many of the sketch's 16 places two texts must agree in to read nearly the same. */
  static final int NEARLY_SAME = 12;

  private static final int PLACES = 16;

  private static final int BITS = 4;

  private static final long LOW_BITS = 0x7777777777777777L;

  private TextSketches() {}

  /**
   * The words a sketch of {@code text} is made of, as its signature reads them ({@link
   * TextSignatures#signed}); none when it has fewer than 12, too short to be a near copy.
   */
  public static String[] words(String text) {
    String[] words = TextSignatures.signed(text).split(" ");
    return words.length < FEWEST_WORDS ? new String[0] : words;
  }

  /** The sketch of {@code text}, or {@link #NONE} when it has fewer than 12 words. */
  public static long of(String text) {
    return ofSigned(TextSignatures.signed(text).split(" "));
  }

  /**
   * The sketch of a text whose {@link TextSignatures#signed} words, split at their spaces, are
   * {@code words}; {@link #NONE} when they are fewer than 12.
   */
  public static long ofSigned(String[] words) {
    if (words.length < FEWEST_WORDS) {
      return NONE;
    }
    long[] minima = new long[PLACES];
    Arrays.fill(minima, -1L);
    for (int i = 0; i + 2 < words.length; i++) {
      long triple =
          mix(mix(mix(words[i].hashCode()) ^ words[i + 1].hashCode()) ^ words[i + 2].hashCode());
      for (int place = 0; place < PLACES; place++) {
        // One hash function per place: the triple's hash mixed with the place's own constant.
        long hash = mix(triple + (place + 1) * 0x9E3779B97F4A7C15L);
        if (Long.compareUnsigned(hash, minima[place]) < 0) {
          minima[place] = hash;
        }
      }
    }
    long sketch = 0;
    for (int place = 0; place < PLACES; place++) {
      sketch |= (minima[place] & 0xF) << (BITS * place);
    }
    // A text's sketch is never NONE, which would make it unfoldable.
    return sketch == NONE ? 1L : sketch;
  }

  /** Whether two texts of these sketches read nearly the same; never when either has none. */
  public static boolean nearlySame(long sketch, long other) {
    return sketch != NONE && other != NONE && agreeing(sketch, other) >= NEARLY_SAME;
  }

  /** In how many of their 16 places two sketches hold the same 4 bits. */
  static int agreeing(long sketch, long other) {
    long differ = sketch ^ other;
    // The high bit of each place of `nonzero` is set when that place of `differ` is not zero.
    long nonzero = ((differ & LOW_BITS) + LOW_BITS) | differ;
    return PLACES - Long.bitCount(nonzero & ~LOW_BITS);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit moves every output bit. */
  private static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
