package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossReferencesTest {
  @Test
  void aListOfArticlesByTheirTitlesMostlyCites() {
    assertTrue(
        CrossReferences.mostlyCites(
            "(a) Articles 9.2 (National Treatment), 10.2 (National Treatment), and"));
    assertTrue(CrossReferences.mostlyCites("(d) Article 9 (Expropriation and Compensation);"));
    // The rest of a list begun in the passage before.
    assertTrue(
        CrossReferences.mostlyCites(
            "12.04 (Temporary Entry of Business Persons) and 12.04(1) (Special Provisions)."));
    assertTrue(
        CrossReferences.mostlyCites(
            "Chapter Twenty-One (Institutional Arrangements and Dispute Settlement Procedures)"
                + " does not apply."));
  }

  @Test
  void aPassageThatSaysSomethingBesideItsCitationDoesNotMostlyCite() {
    assertFalse(
        CrossReferences.mostlyCites(
            "Each Party shall accord national treatment to the goods of the other Party in"
                + " accordance with Article III of GATT 1994."));
    assertFalse(
        CrossReferences.mostlyCites(
            "1. The Parties shall make commitments in respect of the temporary entry of business"
                + " persons covered by Article 2 (Scope)."));
  }

  @Test
  void onlyTitlesAfterAProvisionsNumberAreCited() {
    // A letter or number in parentheses is a subparagraph; a parenthesis after a name, an aside.
    assertFalse(CrossReferences.mostlyCites("(a) Article 9(1)(b);"));
    assertFalse(CrossReferences.mostlyCites("3. (Deleted)"));
    assertFalse(
        CrossReferences.mostlyCites(
            "the Investment Canada Act (Revised Statutes of Canada Chapter Twenty-Eight)"));
    // A list of numbers cites only after a provision named in full.
    assertFalse(
        CrossReferences.mostlyCites("Prices rose by 10.2 (Statistics Office), and 8.2 (Bank)"));
  }
}
