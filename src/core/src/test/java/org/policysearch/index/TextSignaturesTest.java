package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Passages that read the same share a signature, whatever their numbering. */
class TextSignaturesTest {
  private static final String CLAUSE =
      "For purposes of the national treatment obligations in Article 12.5.1, a Party shall accord"
          + " to cross-border financial service suppliers of the other Party treatment no less"
          + " favorable than that it accords to its own financial service suppliers.";

  @Test
  void theSameClauseNumberedOtherwiseInAnotherAgreementHasTheSameSignature() {
    String elsewhere =
        "2. FOR PURPOSES of the national treatment obligations in Article 11.5.1, a Party shall"
            + " accord to cross-border financial service suppliers of the other Party treatment"
            + " no less favorable than that it accords to its own financial service suppliers";
    assertEquals(TextSignatures.of("3. " + CLAUSE), TextSignatures.of(elsewhere));
    assertEquals(TextSignatures.of("(a) " + CLAUSE), TextSignatures.of("(iv) " + CLAUSE));
  }

  @Test
  void aClauseWithOtherWordsHasAnotherSignature() {
    assertNotEquals(
        TextSignatures.of(CLAUSE), TextSignatures.of(CLAUSE.replace("national", "most-favoured")));
    assertNotEquals(
        TextSignatures.of(CLAUSE), TextSignatures.of(CLAUSE.replace("cross-border ", "")));
  }

  @Test
  void aShortTextKeepsItsNumbers() {
    assertNotEquals(
        TextSignatures.of("Article 5 [Reserved]"), TextSignatures.of("Article 6 [Reserved]"));
    assertNotEquals(
        TextSignatures.of("0101.21 Pure-bred breeding horses 0"),
        TextSignatures.of("0101.29 Pure-bred breeding horses 5"));
    assertEquals(
        TextSignatures.of("Article 5 [Reserved]"), TextSignatures.of("ARTICLE 5 - Reserved"));
  }
}
