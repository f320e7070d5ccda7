package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a {@link StartScan} to what {@link Matcher#find} finds: the test each of its uses needs.
 */
public final class StartScanOracle {
  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "", "\n", ", ", "  ", "-", ".", ";", ": ", "\r\n", "\t", "\n\n  ");

  private StartScanOracle() {}

  /**
   * Asserts that a scan of {@code pattern} where {@code mayStart} says finds what {@code find}
   * finds, in regions from every start of {@code texts} texts made up of {@code words} (each in
   * lower, upper or title case, between spaces, signs and line breaks, or none).
   *
   * @return how many matches {@code find} found, for the caller to check the texts hold some
   */
  public static int assertScanFindsWhatFindFinds(
      Pattern pattern, StartScan.Starts mayStart, List<String> words, int texts, long seed) {
    Random random = new Random(seed);
    int matches = 0;
    for (int t = 0; t < texts; t++) {
      String text = madeUp(random, words);
      // Every start, inside words too: there the region's start hides the letter before it.
      for (int from = 0; ; from = text.offsetByCodePoints(from, 1)) {
        int start = from;
        int to = from + random.nextInt(text.length() - from + 1);
        List<String> expected = byFind(pattern, text, from, to);
        assertEquals(
            expected,
            byScan(pattern, mayStart, text, from, to),
            () -> "from " + start + " to " + to + " in \"" + text + "\"");
        matches += expected.size();
        if (from == text.length()) {
          break;
        }
      }
    }
    return matches;
  }

  /** The matches of {@code find} in a region, as {@code start-end}. */
  public static List<String> byFind(Pattern pattern, String text, int from, int to) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }

  /** The matches of a scan of a region, as {@code start-end}. */
  public static List<String> byScan(
      Pattern pattern, StartScan.Starts mayStart, String text, int from, int to) {
    List<String> found = new ArrayList<>();
    StartScan scan = new StartScan(pattern, text, from, to, mayStart);
    while (scan.find()) {
      found.add(scan.start() + "-" + scan.end());
    }
    return found;
  }

  private static String madeUp(Random random, List<String> words) {
    StringBuilder text = new StringBuilder();
    for (int w = random.nextInt(30); w >= 0; w--) {
      String word = words.get(random.nextInt(words.size()));
      text.append(
          switch (random.nextInt(3)) {
            case 0 -> word.toUpperCase(Locale.ROOT);
            case 1 -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            default -> word;
          });
      text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
    }
    return text.toString();
  }
}
