package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The near-copy measure the figures count each text once by: shared word triples. */
class ChunkTextsTest {
  private static final String CLAUSE =
      "A Party shall accord national treatment to financial service suppliers of the other Party,"
          + " in like circumstances, with respect to the supply of the relevant service.";

  @Test
  void aClauseWithAPhraseAddedSharesMostOfItsWordTriples() {
    double shared =
        ChunkTexts.jaccard(
            ChunkTexts.triples("3. " + CLAUSE),
            ChunkTexts.triples("(b) " + CLAUSE.replace(".", " and its related activities.")));
    // 24 triples, 4 more in the copy.
    assertEquals(24.0 / 28, shared, 1e-9);
    assertTrue(shared >= ChunkTexts.NEARLY_SAME);
  }

  @Test
  void anotherClauseOnTheSameSubjectSharesFew() {
    String other =
        "A Party may accord national treatment to financial service suppliers of a non-Party only"
            + " where the other Party agrees in writing.";
    assertTrue(
        ChunkTexts.jaccard(ChunkTexts.triples(CLAUSE), ChunkTexts.triples(other))
            < ChunkTexts.NEARLY_SAME);
  }

  @Test
  void aShortTextIsANearCopyOfNothing() {
    String shortText = "National treatment applies within 30 days.";
    assertEquals(0, ChunkTexts.triples(shortText).size());
    assertEquals(
        0, ChunkTexts.jaccard(ChunkTexts.triples(shortText), ChunkTexts.triples(shortText)));
  }
}
