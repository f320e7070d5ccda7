package org.policysearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts made of pieces drawn at random, the same for the same seed: to check a hand-written scanner
 * against the pattern it stands for on the odd mixtures of letters, digits and punctuation a corpus
 * holds.
 */
public final class RandomTexts {
  private RandomTexts() {}

  /** {@code count} texts of up to 23 pieces each, drawn from {@code pieces} with {@code seed}. */
  public static List<String> of(String[] pieces, int count, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
