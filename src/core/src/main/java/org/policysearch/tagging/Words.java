package org.policysearch.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /**
   * The words of {@code text} in order: a dotted abbreviation (U.S., R.O.K., D.C.), a French
   * article or preposition elided before a word ({@code l'}, {@code d'}), or a run of letters,
   * marks and digits that starts with a letter or digit, apostrophes inside it included (People's,
   * O'Neill). Scanned by hand: every chunk's text is split, and with a regular expression splitting
   * was about a twentieth of indexing ({@code WordsTest} holds the two equal).
   */
  static List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      boolean letter = Character.isLetter(c);
      int end = letter ? dotted(text, next) : -1;
      if (end < 0 && elided(text, c, next)) {
        end = next;
      }
      if (end < 0 && (letter || isNumber(c))) {
        end = word(text, next);
      }
      if (end < 0) {
        i = next;
        continue;
      }
      String exact = normalise(text.substring(i, end));
      if (!exact.isEmpty()) {
        words.add(new Word(exact, exact.toLowerCase(Locale.ROOT), i, end));
      }
      i = end;
    }
    return words;
  }

  /**
   * Whether {@code c}, ending at {@code next}, is a French article or preposition elided before a
   * word ({@code l'Allemagne}, {@code d'Égypte}, {@code Côte d'Ivoire}): a word of its own, so that
   * the country's name after it is found.
   */
  private static boolean elided(String text, int c, int next) {
    return (c == 'l' || c == 'L' || c == 'd' || c == 'D')
        && next + 1 < text.length()
        && (text.charAt(next) == '\'' || text.charAt(next) == '\u2019')
        && Character.isLetter(text.codePointAt(next + 1));
  }

  /** The end of a dotted abbreviation whose first letter ends at {@code from}, or -1. */
  private static int dotted(String text, int from) {
    int end = from;
    while (end + 1 < text.length()
        && text.charAt(end) == '.'
        && Character.isLetter(text.codePointAt(end + 1))) {
      end += 1 + Character.charCount(text.codePointAt(end + 1));
    }
    if (end == from) {
      return -1;
    }
    return end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
  }

  /** The end of a word whose first letter or digit ends at {@code from}. */
  private static int word(String text, int from) {
    int end = inner(text, from);
    while (end + 1 < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && isInner(text.codePointAt(end + 1))) {
      end = inner(text, end + 1);
    }
    return end;
  }

  /** The end of the letters, marks and digits from {@code from}. */
  private static int inner(String text, int from) {
    int end = from;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (!isInner(c)) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  private static boolean isInner(int c) {
    return Character.isLetter(c) || isNumber(c) || isMark(c);
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether only white space stands between {@code before} and {@code after} in {@code text}. */
  static boolean spaced(String text, Word before, Word after) {
    return text.substring(before.end(), after.start()).isBlank();
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
