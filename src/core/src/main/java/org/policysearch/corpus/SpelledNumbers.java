package org.policysearch.corpus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads English numbers written in words, as treaties write the day and year of signature: {@code
 * twenty-fourth}, {@code one thousand nine hundred and ninety-three}, {@code two thousand and
 * four}.
 */
public final class SpelledNumbers {
  private static final Map<String, Integer> CARDINALS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("thousand", 1000));

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30));

  private static final Map<String, Integer> WORDS = words();

  /**
   * The cardinal number words as a regular-expression alternation, longest first so that {@code
   * nineteen} is not read as {@code nine}.
   */
  static final String CARDINAL_WORDS = longestFirst(CARDINALS.keySet());

  /**
   * One number word; the words of a PDF's text layer sometimes run together ({@code thousandnine}),
   * so a word is found by its spelling, longest first, not between spaces.
   */
  private static final Pattern WORD = Pattern.compile(longestFirst(WORDS.keySet()) + "|and");

  private SpelledNumbers() {}

  private static Map<String, Integer> words() {
    Map<String, Integer> words = new HashMap<>(CARDINALS);
    words.putAll(ORDINALS);
    return Map.copyOf(words);
  }

  private static String longestFirst(Set<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .collect(Collectors.joining("|"));
  }

  /** The value of a number in words, or -1 when it is not one. */
  public static int value(String words) {
    Matcher word = WORD.matcher(words.toLowerCase(Locale.ROOT));
    int total = 0;
    int current = 0;
    int at = 0;
    while (word.find()) {
      if (!word.group().equals("and")) {
        int value = WORDS.get(word.group());
        if (value == 100) {
          current = Math.max(current, 1) * 100;
        } else if (value == 1000) {
          total += Math.max(current, 1) * 1000;
          current = 0;
        } else if (current % 100 != 0 && (current % 10 != 0 || value >= 10)) {
          return -1; // "nineteen ninety" or "five six": not one number
        } else {
          current += value;
        }
      }
      if (!words.substring(at, word.start()).matches("[\\s,-]*")) {
        return -1;
      }
      at = word.end();
    }
    return at == 0 || !words.substring(at).isBlank() ? -1 : total + current;
  }
}
