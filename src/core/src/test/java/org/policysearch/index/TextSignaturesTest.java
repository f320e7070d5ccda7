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

  @Test
  void numbersOtherThanProvisionsAndFootnotesMakeAnotherText() {
    String within =
        "The Party shall notify the other Party of its decision within %s days of the request.";
    assertNotEquals(
        TextSignatures.of(within.replace("%s", "30")),
        TextSignatures.of(within.replace("%s", "60")));
    assertNotEquals(
        TextSignatures.of("This Agreement shall enter into force on 1 April 1993 provided that"),
        TextSignatures.of("This Agreement shall enter into force on 1 April 1994 provided that"));
  }

  @Test
  void footnoteMarksAndListsOfProvisionsAreLeftOut() {
    assertEquals(
        TextSignatures.of(
            "each Party shall publish such laws and regulations of general application1 in a"
                + " single official journal"),
        TextSignatures.of(
            "each Party shall publish such laws and regulations of general application in a"
                + " single official journal"));
    assertEquals(
        TextSignatures.of(
            "The obligations of Articles 9.2 and 9.3(1) apply to measures of a Party under this"
                + " Chapter."),
        TextSignatures.of(
            "The obligations of Articles 10.2 and 10.3(1) apply to measures of a Party under this"
                + " Chapter."));
  }
}
