package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.structure.EnglishWords;

class RespellingTest {
  private static final EnglishWords ENGLISH = EnglishWords.bundled();

  @Test
  void aReplacedWordOfEnglishIsToldFromATypo() {
    Respelling real = Respelling.of("supply chain resilience", "supply chain residence", ENGLISH);
    assertEquals(List.of("resilience"), real.realWords());
    assertTrue(real.replacesAWord());

    Respelling typo = Respelling.of("semiconductr supply", "semiconductor supply", ENGLISH);
    assertFalse(typo.replacesAWord());
  }

  @Test
  void theWordsKeptBesideItAreItsContextAndStopWordsAreNone() {
    assertEquals(
        2,
        Respelling.of("supply chain resilience", "supply chain residence", ENGLISH).otherWords());
    assertFalse(Respelling.of("the pubic", "the public", ENGLISH).inContext());
    assertTrue(Respelling.of("pubic procurement", "public procurement", ENGLISH).inContext());
  }

  @Test
  void aReplacedWordsNeighboursAreTheNearestKeptWordsOnEitherSidePastStopWords() {
    assertEquals(
        List.of(new Respelling.Neighbours("trace Korea", "trade Korea")),
        Respelling.of("trace with Korea", "trade with Korea", ENGLISH).neighbours());
    assertEquals(
        List.of(
            new Respelling.Neighbours("open pubic", "open public"),
            new Respelling.Neighbours("pubic procurement", "public procurement")),
        Respelling.of("the open pubic procurement", "the open public procurement", ENGLISH)
            .neighbours());
    assertEquals(
        List.of(),
        Respelling.of("ecommerce rules", "e-commerce rules", ENGLISH).neighbours(),
        "a hyphen the suggestion adds: no word-for-word neighbours");
  }

  @Test
  void aNameTheWordListKnowsIsAWordOfEnglishInAnyCase() {
    assertTrue(Respelling.of("georgia trade", "geordie trade", ENGLISH).replacesAWord());
    assertFalse(Respelling.of("Giorgia Melone", "Georgia Melone", ENGLISH).replacesAWord());
  }
}
