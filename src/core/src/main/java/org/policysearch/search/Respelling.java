package org.policysearch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.analysis.StopWords;
import org.policysearch.structure.EnglishWords;

/**
 * What a "did you mean" suggestion changes in a query: the typed words it replaces that are words
 * of English ("resilience" offered as "residence", "pubic" as "public"), which only the texts can
 * say were typos, and the query's other words, which can say so.
 *
 * @param realWords the typed words the suggestion replaces that the English word list knows
 * @param otherWords how many of the query's words the suggestion keeps, stop words left out
 */
public record Respelling(List<String> realWords, int otherWords) {
  /**
   * A word as "did you mean" reads a query: a hyphen parts two ("e-comerce" is "e" and a typo of
   * "commerce", not a typo of a word "ecommerce"); a facet's value after its colon is none.
   */
  public static final Pattern WORD = Pattern.compile("(?<![\\w:])[\\p{L}][\\p{L}\\p{M}'’]*");

  public Respelling {
    realWords = List.copyOf(realWords);
  }

  /** What {@code suggested} changes in {@code typed}, as {@code english} knows the words. */
  public static Respelling of(String typed, String suggested, EnglishWords english) {
    Set<String> kept = new HashSet<>();
    for (String word : words(suggested)) {
      kept.add(word.toLowerCase(Locale.ROOT));
    }
    List<String> realWords = new ArrayList<>();
    int otherWords = 0;
    for (String word : words(typed)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (kept.contains(lower)) {
        otherWords += StopWords.all().contains(lower) ? 0 : 1;
      } else if (english.containsInAnyCase(lower)) {
        realWords.add(word);
      }
    }
    return new Respelling(realWords, otherWords);
  }

  /**
   * Whether the suggestion replaces a word of English: a typo only if the texts say the suggestion
   * more than what was typed.
   */
  public boolean replacesAWord() {
    return !realWords.isEmpty();
  }

  /**
   * Whether the texts' evidence for the suggestion can be of the query's other words too: a word of
   * English typed alone ("patient") is a search for it, however many passages hold the word the
   * suggestion puts in its place ("patent").
   */
  public boolean inContext() {
    return otherWords > 0;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }
}
