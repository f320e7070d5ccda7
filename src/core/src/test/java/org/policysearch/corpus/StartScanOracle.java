package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
  /** Words every made-up text may hold besides the caller's: a letter and digits of other kinds. */
  private static final List<String> ODD_WORDS = List.of("x", "é", "\uD835\uDC00", "1", "\u0663");

  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "", "\n", ", ", "  ", "-", ".", ";", ": ", "\r\n", "\t", "\n\n  ");

  private StartScanOracle() {}

  /**
   * Asserts that a scan of {@code pattern} where {@code mayStart} says finds what {@code find}
   * finds (in the region widened to whole characters), in regions from every start of {@code texts}
   * texts made up of {@code words} (each in lower, upper or title case, between spaces, signs and
   * line breaks, or none), and that there were matches to find.
   */
  public static void assertScanFindsWhatFindFinds(
      Pattern pattern, StartScan.Starts mayStart, List<String> words, int texts, long seed) {
    Random random = new Random(seed);
    List<String> all = new ArrayList<>(words);
    all.addAll(ODD_WORDS);
    int matches = 0;
    for (int t = 0; t < texts; t++) {
      String text = madeUp(random, all);
      // Every start, inside words too: there the region's start hides the letter before it.
      for (int from = 0; from <= text.length(); from++) {
        int start = from;
        int to = from + random.nextInt(text.length() - from + 1);
        // An end inside a character is moved out of it, so find is asked about whole characters.
        List<String> expected =
            byFind(
                pattern,
                text,
                isInsidePair(text, from) ? from - 1 : from,
                isInsidePair(text, to) ? to + 1 : to);
        assertEquals(
            expected,
            byScan(pattern, mayStart, text, from, to),
            () -> "from " + start + " to " + to + " in \"" + text + "\"");
        matches += expected.size();
      }
    }
    assertNotEquals(0, matches, "the made-up texts hold something to find");
  }

  private static boolean isInsidePair(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at));
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
