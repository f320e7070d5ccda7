package org.policysearch.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the words that country names are matched against, keeping each word's case.
 *
 * <p>Country matching cannot use {@code TextAnalyzer}: it lower-cases, so "US" and "us" would be
 * one word, and it splits "U.S." differently from "US".
 */
final class Words {

  /** A word as written ({@code exact}, dots and diacritics removed) and its lower-cased key. */
  record Word(String exact, String key, int start, int end) {}

  // A dotted abbreviation (U.S., R.O.K., D.C.) or a word with inner apostrophes (People's,
  // d'Ivoire).
  private static final Pattern WORD =
      Pattern.compile(
          "\\p{L}(?:\\.\\p{L})+\\.?"
              + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /** The words of {@code text} in order. */
  static List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String exact = normalise(m.group());
      if (!exact.isEmpty()) {
        words.add(new Word(exact, exact.toLowerCase(Locale.ROOT), m.start(), m.end()));
      }
    }
    return words;
  }

  /**
   * The lower-cased words of {@code text} joined by single spaces: the key a name is looked up by.
   */
  static String key(String text) {
    StringBuilder key = new StringBuilder();
    for (Word word : split(text)) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word.key());
    }
    return key.toString();
  }

  private static String normalise(String raw) {
    String word = raw.replace('\u2019', '\'');
    if (word.indexOf('.') >= 0) {
      // "U.S." and "US" are one word: the dots carry no meaning for matching.
      word = word.replace(".", "");
    }
    // Possessives name the same country: "Korea's" is "Korea".
    if (word.endsWith("'s") || word.endsWith("'S")) {
      word = word.substring(0, word.length() - 2);
    }
    return fold(word);
  }

  private static String fold(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        // Côte d'Ivoire and Cote d'Ivoire, Türkiye and Turkiye are written both ways.
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return word;
  }
}
