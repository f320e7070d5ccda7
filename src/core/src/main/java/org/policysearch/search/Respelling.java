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
 * @param neighbours each replaced word of English beside a word the suggestion keeps, as typed and
 *     as suggested: the evidence the texts can give that the word was a typo
 */
public record Respelling(List<String> realWords, int otherWords, List<Neighbours> neighbours) {
  /**
   * A word as "did you mean" reads a query: a hyphen parts two ("e-comerce" is "e" and a typo of
   * "commerce", not a typo of a word "ecommerce"); a facet's value after its colon is none.
   */
  public static final Pattern WORD = Pattern.compile("(?<![\\w:])[\\p{L}][\\p{L}\\p{M}'’]*");

  /**
   * How far apart a replaced word and its neighbour may stand in a passage for the texts to say
   * they go together: "protecting sensitive technology", "market is growing".
   */
  public static final int NEIGHBOUR_SLOP = 3;

  public Respelling {
    realWords = List.copyOf(realWords);
    neighbours = List.copyOf(neighbours);
  }

  /**
   * A replaced word and the nearest word the suggestion keeps before or after it (stop words passed
   * over), as two phrases: {@code typed} "pubic procurement", {@code suggested} "public
   * procurement".
   */
  public record Neighbours(String typed, String suggested) {}

  /** What {@code suggested} changes in {@code typed}, as {@code english} knows the words. */
  public static Respelling of(String typed, String suggested, EnglishWords english) {
    Set<String> kept = new HashSet<>();
    for (String word : words(suggested)) {
      kept.add(word.toLowerCase(Locale.ROOT));
    }
    List<String> realWords = new ArrayList<>();
    int otherWords = 0;
    List<String> typedWords = words(typed);
    for (String word : typedWords) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (kept.contains(lower)) {
        otherWords += StopWords.all().contains(lower) ? 0 : 1;
      } else if (english.containsInAnyCase(lower)) {
        realWords.add(word);
      }
    }
    return new Respelling(
        realWords, otherWords, neighbours(typedWords, words(suggested), realWords));
  }

  /**
   * Each of {@code realWords} with its nearest kept word on either side, where the suggestion
   * replaces word for word (a hyphen it adds splits a word in two: then none).
   */
  private static List<Neighbours> neighbours(
      List<String> typed, List<String> suggested, List<String> realWords) {
    List<Neighbours> pairs = new ArrayList<>();
    if (typed.size() != suggested.size()) {
      return pairs;
    }
    for (int i = 0; i < typed.size(); i++) {
      if (!realWords.contains(typed.get(i))) {
        continue;
      }
      for (int step : new int[] {-1, 1}) {
        int j = keptWord(typed, suggested, i, step);
        if (j >= 0) {
          pairs.add(
              new Neighbours(
                  pair(typed.get(Math.min(i, j)), typed.get(Math.max(i, j))),
                  pair(suggested.get(Math.min(i, j)), suggested.get(Math.max(i, j)))));
        }
      }
    }
    return pairs;
  }

  /** The nearest index from {@code i} in the direction {@code step} of a kept word, or -1. */
  private static int keptWord(List<String> typed, List<String> suggested, int i, int step) {
    for (int j = i + step; j >= 0 && j < typed.size(); j += step) {
      String lower = typed.get(j).toLowerCase(Locale.ROOT);
      if (StopWords.all().contains(lower)) {
        continue;
      }
      return lower.equals(suggested.get(j).toLowerCase(Locale.ROOT)) ? j : -1;
    }
    return -1;
  }

  private static String pair(String first, String second) {
    return first + " " + second;
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
