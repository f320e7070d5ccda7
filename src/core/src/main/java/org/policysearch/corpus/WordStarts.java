package org.policysearch.corpus;

import java.util.List;

/**
 * Words a pattern's match may start with, found in any case: a table of their first letters answers
 * for nearly every character of a text in one look.
 */
public final class WordStarts {
  private final List<String> words;
  private final boolean[] firstLetters = new boolean[128];

  private WordStarts(List<String> words) {
    this.words = List.copyOf(words);
    for (String word : words) {
      char first = word.charAt(0);
      if (first >= 128 || !Character.isLowerCase(first)) {
        throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
      }
      firstLetters[first] = true;
      firstLetters[Character.toUpperCase(first)] = true;
    }
  }

  /** The words, each starting with a lower-case ASCII letter. */
  public static WordStarts of(String... words) {
    return new WordStarts(List.of(words));
  }

  /**
   * Whether one of the words starts at {@code at}, in any case. A pattern's case-insensitive
   * matching (without {@code UNICODE_CASE}) folds ASCII only, so no other character can start one.
   */
  public boolean at(String text, int at) {
    char c = text.charAt(at);
    if (c >= 128 || !firstLetters[c]) {
      return false;
    }
    for (String word : words) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
