package org.policysearch.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds full calendar dates written in English prose: {@code 14 March 2025}, {@code March 14,
 * 2025}, {@code 2025-03-14}, {@code this 3rd day of April 2007} and {@code the twenty-first day of
 * May in the year two thousand and three}.
 *
 * <p>Purely numeric dates ({@code 14.03.2025}, {@code 03/04/2007}) are not read: day and month
 * cannot be told apart, and in treaties they appear in citations, not in signature clauses.
 */
final class DatePhrases {
  /** A date phrase found in a text, with where it starts and ends. */
  record Found(LocalDate date, int start, int end) {}

  /** Treaties and statements older or newer than this are taken for misreadings. */
  private static final int FIRST_YEAR = 1800;

  private static final int LAST_YEAR = 2100;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)";

  /** Ordinal days in words; a compound may have lost its hyphen or space in PDF extraction. */
  private static final String DAY_WORD =
      "((?:twenty|thirty)[\\s-]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
          + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
          + "|twentieth|thirtieth)";

  // The first two letters of MONTH's words and of DAY_WORD's: where a date can start
  // (StartScanTest fails when one is left out).
  private static final WordStarts MONTH_STARTS =
      WordStarts.of("ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de");

  private static final WordStarts DAY_STARTS =
      WordStarts.of("tw", "th", "te", "fi", "fo", "se", "si", "ei", "el", "ni");

  private static final String DAY_NUMBER = "(\\d{1,2})(?:-?(?:st|nd|rd|th)|\\.)?";

  private static final String NUMBER_WORD = "(?:" + SpelledNumbers.CARDINAL_WORDS + ")";

  /** A year in digits, or in words ({@code one thousand nine hundred and ninety-three}). */
  private static final String YEAR =
      "(\\d{4}(?!\\d)|"
          + NUMBER_WORD
          + "(?:[\\s,-]*(?:and[\\s-]*)?"
          + NUMBER_WORD
          + ")*(?!\\p{L}))";

  /**
   * Between a day and its month: {@code 3 April}, {@code 3rd day of April}, {@code 27th of}; a day
   * left in quotes to be filled in at signature ({@code “23” December}) too.
   */
  private static final String DAY_TO_MONTH =
      "[”\"’']?[\\s,]*(?:day[\\s,]*)?(?:of\\s*(?:the\\s+month\\s+of\\s+)?)?";

  /**
   * Between a month and its year: {@code April 2007}, {@code April of 2007}, {@code in the year}; a
   * year in brackets, as a draft left it to be confirmed ({@code June [2010]}), too.
   */
  private static final String MONTH_TO_YEAR =
      "[\\s,]*(?:(?:in|of)\\s+the\\s*year\\s*(?:of\\s+)?|of\\s+)?\\[?";

  static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:"
              + DAY_NUMBER
              + "|"
              + DAY_WORD
              + ")"
              + DAY_TO_MONTH
              + MONTH
              + "(?!\\p{L})"
              + MONTH_TO_YEAR
              + YEAR,
          Pattern.CASE_INSENSITIVE);

  static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?<!\\p{L})" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private DatePhrases() {}

  /** The first date that starts in {@code text[from, to)}; it may end after {@code to}. */
  static Optional<Found> first(String text, int from, int to) {
    int end = Math.min(text.length(), to);
    Found best = null;
    for (Found found : candidates(text, from, end)) {
      if (best == null || found.start() < best.start()) {
        best = found;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Found> candidates(String text, int from, int to) {
    // The region reaches past `to` so that a date starting just before it is read whole.
    int regionEnd = Math.min(text.length(), to + 120);
    List<Found> found = new ArrayList<>(3);
    StartScan dayFirst = new StartScan(DAY_FIRST, text, from, regionEnd, DatePhrases::mayStartDay);
    while (dayFirst.find() && dayFirst.start() < to) {
      String day = dayFirst.group(1) != null ? dayFirst.group(1) : dayFirst.group(2);
      LocalDate date = date(year(dayFirst.group(4)), month(dayFirst.group(3)), dayNumber(day));
      if (date != null) {
        found.add(new Found(date, dayFirst.start(), dayFirst.end()));
        break;
      }
    }
    StartScan monthFirst =
        new StartScan(MONTH_FIRST, text, from, regionEnd, DatePhrases::mayStartMonth);
    while (monthFirst.find() && monthFirst.start() < to) {
      LocalDate date =
          date(
              Integer.parseInt(monthFirst.group(3)),
              month(monthFirst.group(1)),
              Integer.parseInt(monthFirst.group(2)));
      if (date != null) {
        found.add(new Found(date, monthFirst.start(), monthFirst.end()));
        break;
      }
    }
    StartScan iso = new StartScan(ISO, text, from, regionEnd, DatePhrases::mayStartIso);
    while (iso.find() && iso.start() < to) {
      LocalDate date =
          date(
              Integer.parseInt(iso.group(1)),
              Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3)));
      if (date != null) {
        found.add(new Found(date, iso.start(), iso.end()));
        break;
      }
    }
    return found;
  }

  // Where the patterns can start, as CASE_INSENSITIVE reads them (ASCII only) and as their
  // lookbehinds allow: searched for at every character, the patterns took a tenth of indexing a
  // corpus of short texts, whose head (where a date is looked for) is all of them.

  /** A day in digits, or the first two letters of a day in words, not after a letter or digit. */
  static boolean mayStartDay(String text, int at) {
    return !afterAsciiLetterOrDigit(text, at)
        && (isDigit(text.charAt(at)) || DAY_STARTS.at(text, at));
  }

  /** The first two letters of a month's name, not after a letter. */
  static boolean mayStartMonth(String text, int at) {
    return (at == 0 || !isAsciiLetter(text.charAt(at - 1))) && MONTH_STARTS.at(text, at);
  }

  /** A digit not after a digit. */
  static boolean mayStartIso(String text, int at) {
    return isDigit(text.charAt(at)) && (at == 0 || !isDigit(text.charAt(at - 1)));
  }

  private static boolean afterAsciiLetterOrDigit(String text, int at) {
    return at > 0 && (isAsciiLetter(text.charAt(at - 1)) || isDigit(text.charAt(at - 1)));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // "31 February" and the like are not dates
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int dayNumber(String day) {
    if (Character.isDigit(day.charAt(0))) {
      return Integer.parseInt(day);
    }
    return SpelledNumbers.value(day);
  }

  private static int year(String year) {
    if (Character.isDigit(year.charAt(0))) {
      return Integer.parseInt(year);
    }
    return SpelledNumbers.value(year);
  }
}
