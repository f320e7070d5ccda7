package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartScanTest {
  /**
   * Words of dates and what stands around them: odd cases, signs, a letter and a digit outside
   * ASCII.
   */
  private static final List<String> WORDS =
      List.of(
          "14",
          "3rd",
          "1st",
          "22nd",
          "10thdayof",
          "2025",
          "1993",
          "March",
          "MAY",
          "may",
          "sept.",
          "Sept.",
          "jan.",
          "December",
          "twenty",
          "twenty-",
          "Twenty-first",
          "thirtyfirst",
          "fifth",
          "Eighth",
          "ninth",
          "day",
          "of",
          "the",
          "month",
          "year",
          "in",
          "two",
          "thousand",
          "and",
          "nine",
          "hundred",
          "ninety-three",
          "2025-03-14",
          "1999-12-31",
          "12-31",
          "x",
          "é",
          "\uD835\uDC00",
          "\u0663",
          ",",
          ".",
          "-",
          "(",
          "'",
          // Whole dates, so that some run into the words and signs around them.
          "March 14, 2025",
          "sept. 3 1999",
          "14 March 2025",
          "3rd day of April 2007",
          "twenty-first day of May in the year two thousand and seven",
          // Every month as a month-first date, and every day in words as a day-first one.
          "january 3, 2001",
          "february 3, 2001",
          "april 3, 2001",
          "june 3, 2001",
          "july 3, 2001",
          "august 3, 2001",
          "september 3, 2001",
          "october 3, 2001",
          "november 3, 2001",
          "feb. 3, 2001",
          "mar. 3, 2001",
          "apr. 3, 2001",
          "jun. 3, 2001",
          "jul. 3, 2001",
          "aug. 3, 2001",
          "sep. 3, 2001",
          "oct. 3, 2001",
          "nov. 3, 2001",
          "dec. 3, 2001",
          "first day of May 2001",
          "second day of May 2001",
          "third day of May 2001",
          "fourth day of May 2001",
          "sixth day of May 2001",
          "seventh day of May 2001",
          "tenth day of May 2001",
          "eleventh day of May 2001",
          "twelfth day of May 2001",
          "thirteenth day of May 2001",
          "fourteenth day of May 2001",
          "fifteenth day of May 2001",
          "sixteenth day of May 2001",
          "seventeenth day of May 2001",
          "eighteenth day of May 2001",
          "nineteenth day of May 2001",
          "twentieth day of May 2001",
          "thirtieth day of May 2001",
          "thirty first day of May 2001");

  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "", "\n", ", ", "  ", "-");

  private record Case(String name, Pattern pattern, StartScan.Starts mayStart) {}

  private static final List<Case> CASES =
      List.of(
          new Case("day first", DatePhrases.DAY_FIRST, DatePhrases::mayStartDay),
          new Case("month first", DatePhrases.MONTH_FIRST, DatePhrases::mayStartMonth),
          new Case("ISO", DatePhrases.ISO, DatePhrases::mayStartIso));

  @Test
  void findsTheMatchesFindFindsInEveryRegionOfMadeUpDateText() {
    Random random = new Random(11);
    int matches = 0;
    for (int t = 0; t < 600; t++) {
      String text = madeUp(random);
      // Every start, inside words too: there the region's start hides the letter before it.
      for (int from = 0; from <= text.length(); from = text.offsetByCodePoints(from, 1)) {
        int start = from;
        int to = from + random.nextInt(text.length() - from + 1);
        for (Case c : CASES) {
          List<String> expected = byFind(c.pattern(), text, from, to);
          assertEquals(
              expected,
              byScan(c, text, from, to),
              () -> c.name() + " from " + start + " to " + to + " in \"" + text + "\"");
          matches += expected.size();
        }
        if (from == text.length()) {
          break;
        }
      }
    }
    assertNotEquals(0, matches, "the made-up texts hold dates");
  }

  @Test
  void aStartTheScanIsNotToldOfIsMissed() {
    // What the test above guards: a day word added to the pattern but not to its first letters.
    String text = "on the twenty-first day of May 2007";
    Case tooNarrow = new Case("digits only", DatePhrases.DAY_FIRST, DatePhrases::mayStartIso);
    assertEquals(List.of("7-35"), byFind(DatePhrases.DAY_FIRST, text, 0, text.length()));
    assertEquals(List.of(), byScan(tooNarrow, text, 0, text.length()));
  }

  private static String madeUp(Random random) {
    StringBuilder text = new StringBuilder();
    for (int w = random.nextInt(30); w >= 0; w--) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
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

  private static List<String> byFind(Pattern pattern, String text, int from, int to) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }

  private static List<String> byScan(Case c, String text, int from, int to) {
    List<String> found = new ArrayList<>();
    StartScan scan = new StartScan(c.pattern(), text, from, to, c.mayStart());
    while (scan.find()) {
      found.add(scan.start() + "-" + scan.end());
    }
    return found;
  }
}
