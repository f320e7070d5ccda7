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

  @Test
  void aQuestionsFramingWordsRankWithoutBeingRequired() {
    KindWords.Split split = kinds.split("which agreements cover quantum with South Korea?");
    assertEquals("which quantum with South Korea?", split.required());
    assertEquals("agreements cover", split.kinds());
  }

  @Test
  void framingWordsOutsideAQuestionArePlainWords() {
    assertFalse(kinds.split("agreements that cover quantum").hasKinds());
  }

  @Test
  void aQuestionOfNothingButItsFrameAsksForTheFrame() {
    KindWords.Split split = kinds.split("what does the agreement say?");
    assertFalse(split.hasKinds());
    assertEquals("what does the agreement say?", split.required());
  }

  @Test
  void aQuestionsAuxiliaryVerbFramesIt() {
    KindWords.Split split = kinds.split("how can a party withdraw from the agreement");
    assertEquals("how a party withdraw from the", split.required());
    assertEquals("can agreement", split.kinds());
  }

  @Test
  void aQuestionsWordForAPartOfATextFramesIt() {
    KindWords.Split split = kinds.split("what are the provisions on state-owned enterprises?");
    assertEquals("what are the on state-owned enterprises?", split.required());
    assertEquals("provisions", split.kinds());
  }
}
