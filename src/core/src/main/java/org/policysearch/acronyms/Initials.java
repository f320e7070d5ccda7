package org.policysearch.acronyms;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that an acronym's letters spell the initials of a run of words: each significant word
 * gives its first letter and maybe more letters from inside it, in order ({@code TBT} = Technical
 * Barriers to Trade, {@code ASEAN} = Association of SouthEast Asian Nations); small words may give
 * their initial or nothing ({@code MoU} = Memorandum of Understanding); {@code &} stands for "and".
 * A part of a hyphenated word after the first, given as {@code -operation}, may give its initial
 * ({@code TRIPS} = Trade-Related …) or nothing ({@code APEC} = Asia-Pacific Economic Co-operation).
 */
final class Initials {
  /** Words an acronym may leave out. */
  static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "and", "on", "for", "in", "to", "a", "an", "at", "by", "&");

  private Initials() {}

  /**
   * How many of {@code acronym}'s letters are word initials when it spells {@code words} (the most
   * any way of spelling them gives), or -1 when it does not spell them; words in {@code alsoSmall}
   * may be left out.
   */
  static int fit(String acronym, List<String> words, Set<String> alsoSmall) {
    String letters = acronym.toLowerCase(Locale.ROOT);
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    return fit(letters, 0, lower, 0, alsoSmall);
  }

  /** Whether {@code word} may be left out of an acronym. */
  static boolean small(String word, Set<String> alsoSmall) {
    String lower = word.toLowerCase(Locale.ROOT);
    return SMALL_WORDS.contains(lower) || alsoSmall.contains(lower);
  }

  private static int fit(
      String letters, int at, List<String> words, int word, Set<String> alsoSmall) {
    if (word == words.size()) {
      return at == letters.length() ? 0 : -1;
    }
    String w = words.get(word);
    boolean joined = w.startsWith("-");
    w = joined ? w.substring(1) : w;
    int best = joined || small(w, alsoSmall) ? fit(letters, at, words, word + 1, alsoSmall) : -1;
    if (w.isEmpty()) {
      return best;
    }
    if (at == letters.length()) {
      return best;
    }
    if (letters.charAt(at) == '&') {
      return (w.equals("and") || w.equals("&"))
          ? Math.max(best, plusOne(fit(letters, at + 1, words, word + 1, alsoSmall)))
          : best;
    }
    if (letters.charAt(at) != w.charAt(0)) {
      return best;
    }
    // The word gives its initial and then any further letters found in it, in order.
    int inside = 1;
    for (int next = at + 1; ; next++) {
      best = Math.max(best, plusOne(fit(letters, next, words, word + 1, alsoSmall)));
      if (next == letters.length()) {
        return best;
      }
      int found = w.indexOf(letters.charAt(next), inside);
      if (found < 0) {
        return best;
      }
      inside = found + 1;
    }
  }

  private static int plusOne(int initials) {
    return initials < 0 ? -1 : initials + 1;
  }
}
