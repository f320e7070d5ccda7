package org.policysearch.search;

import java.util.List;

/**
 * One passage beside the corresponding passages of other agreements: for each, the passage that
 * reads most like it (its words, weighed by rarity, and its headings), and the words that differ.
 *
 * @param source the passage compared, the words it shares with the others marked
 * @param counterparts one per document asked for, in the order asked
 */
public record ClauseComparison(Hit source, List<Counterpart> counterparts) {
  public ClauseComparison {
    counterparts = List.copyOf(counterparts);
  }

  /**
   * A document's corresponding passage.
   *
   * @param passage the passage, or null when the document has none sharing a word or a heading
   * @param diff the passage as the source's text changed into it, word by word; empty without one
   */
  public record Counterpart(
      String documentId, String title, Hit passage, List<WordDiff.Segment> diff) {
    public Counterpart {
      diff = List.copyOf(diff);
    }
  }
}
