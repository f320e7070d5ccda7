package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policysearch.search.WordDiff.Op;
import org.policysearch.search.WordDiff.Segment;

/** The words that differ between two passages, as the compare view strikes and inserts them. */
class WordDiffTest {
  @Test
  void wordsRewrittenTogetherAreOneDeletedRunThenOneInsertedRun() {
    // Not "shall" struck, "will" inserted, a space kept, "promote" struck, "encourage" inserted.
    assertEquals(
        List.of(
            new Segment(Op.SAME, "the Parties "),
            new Segment(Op.REMOVED, "shall promote"),
            new Segment(Op.ADDED, "will encourage"),
            new Segment(Op.SAME, " joint research")),
        WordDiff.of(
            "the Parties shall promote joint research",
            "the Parties will encourage joint research"));
  }

  @Test
  void aRewrittenSentenceReadsAsWholeRunsAroundTheWordsKept() {
    String source = "Meloni agreed on Monday to deepen cooperation in strategic technologies.";
    String other = "Meloni was signed in Seoul.";
    assertEquals(
        "Meloni [-agreed on Monday to deepen cooperation-]{+was signed+} in"
            + " [-strategic technologies-]{+Seoul+}.",
        marked(WordDiff.of(source, other)));
  }

  @Test
  void theKeptAndRemovedRunsSpellTheSourceAndTheKeptAndAddedOnesTheOther() {
    String source =
        "South Korean President Lee Jae Myung and Italian Prime Minister Giorgia Meloni agreed on"
            + " Monday to deepen cooperation in strategic technologies, particularly artificial"
            + " intelligence (AI) and semiconductors, during a summit in Seoul.";
    String other =
        "A powerful agreement between South Korean President Lee Jae-Myung and Italian Prime"
            + " Minister Giorgina Meloni was signed in Seoul, and it is geared towards a major"
            + " growth in the spheres of artificial intelligence, semiconductor technology.";
    List<Segment> diff = WordDiff.of(source, other);
    assertEquals(source, spelled(diff, Op.REMOVED));
    assertEquals(other, spelled(diff, Op.ADDED));
  }

  /** The diff as text, removed runs in [-…-] and added ones in {+…+}. */
  private static String marked(List<Segment> diff) {
    return diff.stream()
        .map(
            s ->
                switch (s.op()) {
                  case SAME -> s.text();
                  case REMOVED -> "[-" + s.text() + "-]";
                  case ADDED -> "{+" + s.text() + "+}";
                })
        .collect(Collectors.joining());
  }

  private static String spelled(List<Segment> diff, Op changed) {
    return diff.stream()
        .filter(s -> s.op() == Op.SAME || s.op() == changed)
        .map(Segment::text)
        .collect(Collectors.joining());
  }
}
