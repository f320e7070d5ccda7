package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.policysearch.tagging.Commitment;

/** Two passages commit alike when their strength and their commitment words agree, in order. */
class TextCommitmentsTest {
  private static final String CLAUSE =
      "1. Each Party shall make available an extension of the patent term, unless the delay is"
          + " attributable to the applicant.";

  private static long binding(String text) {
    return TextCommitments.of(text, Commitment.BINDING);
  }

  @Test
  void anotherWordOrNumberCommitsAlike() {
    assertEquals(
        binding(CLAUSE),
        binding(
            CLAUSE.replace("1. Each Party", "(c) Each of the Parties").replace("term", "life")));
  }

  @Test
  void aModalNegationOrLimiterChangedCommitsOtherwise() {
    long clause = binding(CLAUSE);
    assertNotEquals(clause, binding(CLAUSE.replace("shall", "may")));
    assertNotEquals(clause, binding(CLAUSE.replace("shall", "shall not")));
    assertNotEquals(clause, binding(CLAUSE.replace("unless", "where")));
    assertNotEquals(clause, binding(CLAUSE.replace("shall make", "shall only make")));
  }

  @Test
  void theSameWordsInAnotherOrderOrOfAnotherStrengthCommitOtherwise() {
    String twice = "A Party may refuse, and shall notify the other Party of its refusal.";
    assertNotEquals(
        binding(twice),
        binding("A Party shall refuse, and may notify the other Party of its refusal."));
    assertNotEquals(binding(CLAUSE), TextCommitments.of(CLAUSE, Commitment.INTENT));
  }
}
