package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled English word list. */
class EnglishWordsTest {
  private final EnglishWords words = EnglishWords.bundled();

  @Test
  void knowsWordsInflectionsAndBothSpellings() {
    for (String word :
        List.of("establishment", "establishments", "negotiating", "labour", "labor", "Singapore")) {
      assertTrue(words.contains(word), word);
    }
  }

  @Test
  void halvesOfBrokenWordsAndCompoundsWrittenSolidAreNotWords() {
    for (String word : List.of("estab", "lishment", "tiation", "longterm", "crossborder")) {
      assertFalse(words.contains(word), word);
    }
  }

  @Test
  void aStringLongerThanAnyWordIsNotLookedUp() {
    assertFalse(words.contains("establishment".repeat(4)));
    assertEquals(List.of(), words.roots("negotiation".repeat(5)));
  }

  @Test
  void rootsUndoInflection() {
    assertTrue(words.roots("agreements").contains("agreement"));
  }

  @Test
  void theBundledListIsLoadedOncePerProcess() {
    assertSame(words, EnglishWords.bundled());
  }

  @Test
  void theEmptyListKnowsNoWord() {
    assertFalse(EnglishWords.none().contains("establishment"));
  }
}
