package org.policysearch.tagging;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a word of a sector phrase must be written in a text to match, where its stem alone would
 * match too much: an acronym as an acronym, a quoted word as that very word.
 *
 * <p>Analysis lower-cases and stems, so the phrase "AI" matches a scan's "Ais" (for "As"), and
 * "electricity" matches "electric" and "electrical" (one Porter stem); the form of the word as
 * written tells them apart.
 */
final class WrittenForm {
  // A word of five letters or more that opens in lower case: the text is no heading in title case.
  private static final Pattern LOWER_CASE_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}\\p{L}{4}");

  private WrittenForm() {}

  /**
   * Whether a phrase's word is an acronym: two letters or more, all capitals ("AI", "WTO"; not
   * "5G", whose one letter is no acronym of its own).
   */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * Whether a text's word is written as an acronym: in capitals, a lower-case plural "s" or a
   * possessive allowed ("AIs", "AI's", not "Ais"); or capitalised in a heading in title case, which
   * writes every word so ("Amendment Of The Wto Agreement").
   */
  static boolean asAcronym(String word, String text) {
    String stem = withoutEnding(word);
    if (isAcronym(stem)) {
      return true;
    }
    return stem.length() >= 2
        && Character.isUpperCase(stem.charAt(0))
        && stem.substring(1).equals(stem.substring(1).toLowerCase(Locale.ROOT))
        && inTitleCase(text);
  }

  /** The word as a quoted phrase word must match it: lower case, without a possessive. */
  static String exact(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("'s") || lower.endsWith("’s")
        ? lower.substring(0, lower.length() - 2)
        : lower;
  }

  /** Whether {@code text} has no long word opening in lower case, as a heading in title case. */
  static boolean inTitleCase(String text) {
    return !LOWER_CASE_WORD.matcher(text).find();
  }

  /** {@code word} without a possessive or a lower-case plural "s" ("AI's", "AIs" → "AI"). */
  private static String withoutEnding(String word) {
    String bare =
        word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    return bare.length() > 2 && bare.endsWith("s") ? bare.substring(0, bare.length() - 1) : bare;
  }
}
