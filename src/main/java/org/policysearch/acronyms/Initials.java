package org.policysearch.acronyms;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that an acronym's letters spell the initials of a run of words: each significant word
 * gives its first letter and maybe more letters from inside it, in order ({@code TBT} = Technical
 * Barriers to Trade, {@code ASEAN} = Association of SouthEast Asian Nations); small words may give
 * their initial or nothing ({@code MoU} = Memorandum of Understanding); {@code &} stands for "and".
 */
final class Initials {
  /** Words an acronym may leave out. */
  static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "and", "on", "for", "in", "to", "a", "an", "at", "by", "&");

  private Initials() {}

  /** Whether {@code acronym} spells {@code words}; words in {@code alsoSmall} may be left out. */
  static boolean fit(String acronym, List<String> words, Set<String> alsoSmall) {
    String letters = acronym.toLowerCase(Locale.ROOT);
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    return fit(letters, 0, lower, 0, alsoSmall);
  }

  /** Whether {@code word} may be left out of an acronym. */
  static boolean small(String word, Set<String> alsoSmall) {
    String lower = word.toLowerCase(Locale.ROOT);
    return SMALL_WORDS.contains(lower) || alsoSmall.contains(lower);
  }

  private static boolean fit(
      String letters, int at, List<String> words, int word, Set<String> alsoSmall) {
    if (word == words.size()) {
      return at == letters.length();
    }
    String w = words.get(word);
    boolean small = small(w, alsoSmall);
    if (small && fit(letters, at, words, word + 1, alsoSmall)) {
      return true;
    }
    if (at == letters.length()) {
      return false;
    }
    if (letters.charAt(at) == '&') {
      return (w.equals("and") || w.equals("&")) && fit(letters, at + 1, words, word + 1, alsoSmall);
    }
    if (letters.charAt(at) != w.charAt(0)) {
      return false;
    }
    // The word gives its initial and then any further letters found in it, in order.
    int inside = 1;
    for (int next = at + 1; ; next++) {
      if (fit(letters, next, words, word + 1, alsoSmall)) {
        return true;
      }
      if (next == letters.length()) {
        return false;
      }
      int found = w.indexOf(letters.charAt(next), inside);
      if (found < 0) {
        return false;
      }
      inside = found + 1;
    }
  }
}
