package org.policysearch.tagging;

import java.util.Set;

/**
 * The single words that change what a passage commits to when one is swapped, added or dropped: two
 * passages whose other words are nearly the same ("shall" against "may", an added "not") are not
 * one clause to a reader of obligations, whatever else they share.
 *
 * <p>{@code commitment.tsv} tells a passage's strength from phrases, the strongest winning, so it
 * cannot see one "shall" become "may" beside another "shall", nor "shall" become "shall not": both
 * are binding. These words are what it misses; the phrases it reads whole ("shall endeavour",
 * "where possible", "agree to") it tells itself, as a passage's {@link Commitment}.
 */
public final class CommitmentWords {
  /**
   * In three groups, lower case, as a passage's words are compared:
   *
   * <ul>
   *   <li>modal verbs, the strength of a duty or a permission: shall, must, may, might, should,
   *       ought, will, would, can, could, cannot, need ("need not");
   *   <li>negation, which turns a duty into a prohibition or a grant into a denial: not, no, never,
   *       nor, neither, none, nothing ("nothing shall prevent"), without, non
   *       ("non-discriminatory", its hyphen a space);
   *   <li>limiters, which narrow or lift a commitment: only, solely, unless, except,
   *       notwithstanding, subject ("subject to its laws and regulations").
   * </ul>
   *
   * <p>Conditions ("if", "where") and hedges ("appropriate", "possible") are left out: templates
   * reword them in harmless ways too often, and where they weaken a duty the tagger's strength
   * changes. "May" the month and "no." the number sign count too, which only ever lists a passage
   * that could have folded.
   */
  private static final Set<String> WORDS =
      Set.of(
          "shall",
          "must",
          "may",
          "might",
          "should",
          "ought",
          "will",
          "would",
          "can",
          "could",
          "cannot",
          "need",
          "not",
          "no",
          "never",
          "nor",
          "neither",
          "none",
          "nothing",
          "without",
          "non",
          "only",
          "solely",
          "unless",
          "except",
          "notwithstanding",
          "subject");

  private CommitmentWords() {}

  /** Whether {@code word}, in lower case, is one that changes what a passage commits to. */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
