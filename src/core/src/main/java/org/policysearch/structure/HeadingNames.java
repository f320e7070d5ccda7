package org.policysearch.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the name of a section whose number stands alone on its line: "CHAPTER 1" over "General
 * Provisions", "PART TWO" over "TRADE IN GOODS", "VIII" over "Final Provisions".
 *
 * <p>The name is the next line, or the one after a single blank line when it reads like a title or
 * stands alone between blank lines ("Sub-section 1", blank, "Domestic regulation", blank). It must
 * look like a name, not like the first line of the section's text: it starts with a capital, is at
 * most {@value #MAX_NAME_WORDS} words, is not numbered, a bullet or a date, ends no clause and not
 * with a comma or a word such as "of" or "the", reads like a title or is short ({@value
 * #MAX_PLAIN_NAME_WORDS} words at most, "Trade in goods"), and the line after it does not go on in
 * lower case (as the wrapped first sentence of an unnamed article does).
 */
final class HeadingNames {
  static final int MAX_NAME_WORDS = 20;
  static final int MAX_PLAIN_NAME_WORDS = 8;

  private HeadingNames() {}

  /** The index of the name line of the bare section number at {@code i}, or -1 if none. */
  static int nameAfter(List<SourceLine> lines, int i) {
    int j = i + 1;
    boolean blankBetween = false;
    if (j < lines.size() && lines.get(j).blank()) {
      j++;
      blankBetween = true;
    }
    if (j >= lines.size() || lines.get(j).blank()) {
      return -1;
    }
    String name = lines.get(j).text();
    boolean title = LineShape.titleLike(name, MAX_NAME_WORDS);
    boolean named =
        blankBetween ? title || standsAlone(lines, j) && isPlainName(name) : isName(name, title);
    if (LineShape.of(name).kind() != LineShape.Kind.TEXT || !named) {
      return -1;
    }
    // A plain name set apart must not be the first words of a sentence going on after the blank.
    int next = blankBetween && !title ? j + 2 : j + 1;
    if (next < lines.size() && !lines.get(next).blank()) {
      String after = lines.get(next).text();
      if (Character.isLowerCase(after.codePointAt(0))) {
        return -1;
      }
    }
    return j;
  }

  /**
   * Whether the line at {@code j} has a blank line after it too: "Sub-section 1", blank, "Domestic
   * regulation", blank is a plain name set apart, where a wrapped first sentence runs on.
   */
  private static boolean standsAlone(List<SourceLine> lines, int j) {
    return j + 1 >= lines.size() || lines.get(j + 1).blank();
  }

  /**
   * Whether {@code line} reads like a short name that is no title ("Domestic regulation"), not like
   * the start of a sentence ("The Parties shall").
   */
  static boolean isPlainName(String line) {
    return isName(line, false);
  }

  private static boolean isName(String line, boolean titleLike) {
    int words = LineShape.wordCount(line);
    return Character.isUpperCase(line.codePointAt(0))
        && words <= MAX_NAME_WORDS
        && !LineShape.endsClause(line)
        && !line.endsWith(",")
        && !LineShape.endsWithFunctionWord(line)
        && (titleLike || words <= MAX_PLAIN_NAME_WORDS && !readsLikeASentence(line));
  }

  /**
   * Whether a line that does not read like a title opens or carries a sentence: "Where an increase
   * in imports of a given", "The Contracting Parties shall refrain from".
   */
  private static boolean readsLikeASentence(String line) {
    String[] words = LineShape.SPACES.split(line.toLowerCase(Locale.ROOT));
    if (SENTENCE_OPENERS.contains(words[0])) {
      return true;
    }
    for (String word : words) {
      if (VERBS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "where",
          "if",
          "when",
          "whenever",
          "each",
          "any",
          "all",
          "this",
          "these",
          "those",
          "that",
          "nothing",
          "no",
          "in",
          "for",
          "on",
          "with",
          "such",
          "subject",
          "without",
          "notwithstanding",
          "unless",
          "upon",
          "after",
          "before",
          "as",
          "it",
          "they",
          "there",
          "however",
          "except",
          "within",
          "by",
          "to",
          "at",
          "from",
          "during",
          "following");

  private static final Set<String> VERBS =
      Set.of("shall", "may", "will", "must", "should", "is", "are", "was", "were", "has", "have");
}
