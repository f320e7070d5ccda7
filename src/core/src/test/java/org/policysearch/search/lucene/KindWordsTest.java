package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class KindWordsTest {
  private final KindWords kinds = new KindWords();

  @Test
  void kindBesideOtherWordsIsSetApartAsOnePhrase() {
    KindWords.Split split = kinds.split("Japan Thailand Free Trade Agreement");
    assertEquals("Japan Thailand", split.required());
    assertEquals("free trade agreement", split.kinds());
  }

  @Test
  void kindAloneIsWhatTheUserLooksFor() {
    KindWords.Split split = kinds.split("customs union");
    assertFalse(split.hasKinds());
    assertEquals("customs union", split.required());
  }

  @Test
  void kindMatchesOnlyWholeWords() {
    assertFalse(kinds.split("unionised customs unions data").hasKinds());
  }

  @Test
  void hyphenatedKindIsTheSameKind() {
    assertEquals("EU", kinds.split("EU free-trade agreement").required());
  }
}
