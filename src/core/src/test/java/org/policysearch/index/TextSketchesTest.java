package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A near copy of a clause reads nearly the same as it; another clause does not. */
class TextSketchesTest {
  private static final String CLAUSE =
      "Each Party shall accord to cross-border financial service suppliers of the other Party"
          + " treatment no less favorable than that it accords, in like circumstances, to its own"
          + " financial service suppliers with respect to the supply of the relevant service.";

  @Test
  void aClauseWithAPhraseAddedReadsNearlyTheSame() {
    // A word changed is found 94 times in 100 (below): this clause spelt "favourable" is one of
    // the others, agreeing in 10 places of 16.
    long sketch = TextSketches.of(CLAUSE);
    assertTrue(
        TextSketches.nearlySame(
            sketch,
            TextSketches.of(CLAUSE.replace(".", ", subject to its laws and regulations."))));
    // Numbering and case aside, as for the signature: the same sketch.
    assertEquals(sketch, TextSketches.of("3. " + CLAUSE.toUpperCase(java.util.Locale.ROOT)));
  }

  @Test
  void anotherClauseOnTheSameSubjectDoesNotReadNearlyTheSame() {
    String mostFavoured =
        "Each Party shall accord to financial service suppliers of the other Party treatment no"
            + " less favorable than that it accords, in like circumstances, to financial service"
            + " suppliers of a non-Party, with respect to the establishment of financial"
            + " institutions.";
    assertFalse(TextSketches.nearlySame(TextSketches.of(CLAUSE), TextSketches.of(mostFavoured)));
  }

  @Test
  void aShortTextHasNoSketchAndReadsNearlyTheSameAsNothing() {
    long short30 = TextSketches.of("The Party shall reply within 30 days of the request.");
    assertEquals(TextSketches.NONE, short30);
    assertFalse(TextSketches.nearlySame(short30, short30));
    assertFalse(TextSketches.nearlySame(TextSketches.of(CLAUSE), TextSketches.NONE));
  }

  @Test
  void mostNearCopiesAreFoundAndFewTextsSharingLittle() {
    Random random = new Random(7);
    int near = 0;
    int far = 0;
    int trials = 300;
    for (int trial = 0; trial < trials; trial++) {
      List<String> words = words(random, 40);
      // One word changed: 35 of the 41 word triples either text holds are shared (0.85).
      List<String> copy = new ArrayList<>(words);
      copy.set(20, "changed" + word(trial));
      // Every other word from the tenth changed: only the first few triples are shared.
      List<String> other = new ArrayList<>(words);
      for (int i = 10; i < other.size(); i += 2) {
        other.set(i, "other" + word(i));
      }
      long sketch = sketch(words);
      near += TextSketches.nearlySame(sketch, sketch(copy)) ? 1 : 0;
      far += TextSketches.nearlySame(sketch, sketch(other)) ? 1 : 0;
    }
    assertTrue(near > trials * 0.85, near + " of " + trials + " near copies found");
    assertTrue(far < trials * 0.02, far + " of " + trials + " other texts taken for near copies");
  }

  @Test
  void sketchesAgreeWhereTheyHoldTheSameFourBits() {
    assertEquals(16, TextSketches.agreeing(0x0123456789ABCDEFL, 0x0123456789ABCDEFL));
    assertEquals(13, TextSketches.agreeing(0x0123456789ABCDEFL, 0x0123F56789ABCD00L));
    assertEquals(0, TextSketches.agreeing(0x0123456789ABCDEFL, 0x123456789ABCDEF0L));
  }

  /** Words of letters only: a number glued to a word is a footnote's, which a text drops. */
  private static List<String> words(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(word(random.nextInt(2_000)));
    }
    return words;
  }

  private static String word(int n) {
    return "w" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26) + (char) ('a' + n / 676);
  }

  private static long sketch(List<String> words) {
    return TextSketches.of(String.join(" ", words));
  }
}
