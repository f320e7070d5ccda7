package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionNumberTest {

  private static boolean follows(String heading, String previous) {
    return SectionNumber.of(heading).follows(SectionNumber.of(previous));
  }

  @Test
  void aSectionFollowsTheOneNumberedJustBeforeItHoweverTheNumberIsWritten() {
    assertTrue(follows("CHAPTER FOUR Rules of Origin", "CHAPTER THREE"));
    assertTrue(follows("CHAPTER TWENTY-ONE", "CHAPTER TWENTY"));
    assertTrue(follows("CHAPTER TWENTY ONE Exceptions", "CHAPTER TWENTY"));
    assertTrue(follows("Chapter IV", "Chapter III"));
    assertTrue(follows("CHAPTER C National Treatment", "CHAPTER B General Definitions"));
    assertTrue(follows("Article 4.13", "Article 4.12: Definitions"));
    assertTrue(follows("ARTICLE 709: Scope", "ARTICLE 708"));
  }

  @Test
  void aSectionFurtherOnOrInAnotherChapterDoesNotFollow() {
    assertFalse(follows("CHAPTER 5", "CHAPTER 3"));
    assertFalse(follows("Chapter 1", "Chapter 2"));
    assertFalse(follows("Article 5.1", "Article 4.12"));
    assertFalse(follows("Article 4.13", "Article 12"));
  }

  @Test
  void anAnnexLabelIsNoPlaceInASequence() {
    assertNull(SectionNumber.of("Annex 3B"));
    assertNull(SectionNumber.of("ANNEX 10-A"));
    assertNull(SectionNumber.of("Trade in goods"));
  }
}
