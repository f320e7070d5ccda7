package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordStartsTest {
  private final WordStarts agreeOrIn = WordStarts.of("agree", "in");

  @Test
  void findsItsWordsInAnyCaseWhereTheyStart() {
    assertTrue(agreeOrIn.at("We AGREE as follows", 3));
    assertTrue(agreeOrIn.at("Agreed", 0));
    assertTrue(agreeOrIn.at("done In witness", 5));
    assertTrue(agreeOrIn.at("into", 0), "a word start, not a whole word");
  }

  @Test
  void findsNothingWhereNoWholeWordOfItsStarts() {
    assertFalse(agreeOrIn.at("We AGREE", 2));
    assertFalse(agreeOrIn.at("agre", 0));
    assertFalse(agreeOrIn.at("i", 0));
    assertFalse(agreeOrIn.at("on", 0));
  }

  @Test
  void takesItsWordsInLowerCase() {
    assertThrows(IllegalArgumentException.class, () -> WordStarts.of("Agree"));
  }
}
