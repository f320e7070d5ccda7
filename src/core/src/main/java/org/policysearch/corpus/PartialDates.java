package org.policysearch.corpus;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year, or the month and year, that a signature clause gives where its day (and month)
 * were left blank to be filled in at signature: {@code this ____ day of ______ 2003}, {@code on ………
 * 2005}, {@code this … day of November 1997}, {@code this day of , two-thousand and four}.
 *
 * <p>Such a date is written {@code yyyy} or {@code yyyy-mm}, as metadata may write it: the document
 * is filed under its year (and month) without a day the text never gave.
 */
final class PartialDates {
  /** What stands in for a word left blank: underscores, dots, dashes, ellipses, commas. */
  private static final String BLANK = "[\\s_.…\\-–—,]*";

  /** A year that is not part of a longer number ({@code 5,757}, a Hebrew year's digits). */
  private static final String YEAR = "(?<![\\d,.])" + DatePhrases.YEAR;

  /** A month and its year: {@code day of November 1997}, {@code ofAugust 2001} as scans run. */
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?:(?<!\\p{L})|(?<=of))"
              + DatePhrases.MONTH
              + "(?!\\p{L})[\\s,]*(?:(?:in|of)\\s+the\\s+year\\s+(?:of\\s+)?|of\\s+)?\\[?"
              + YEAR,
          Pattern.CASE_INSENSITIVE);

  /**
   * A year after the blanks of a day and month: {@code day of____ 2003}, {@code on …… 2005}, {@code
   * Day Of the Year Two Thousand Four}.
   */
  private static final Pattern BLANK_YEAR =
      Pattern.compile(
          "(?<!\\p{L})(?:day\\s*of|on)(?!\\p{L})"
              + BLANK
              + "(?:the\\s+year\\s+(?:of\\s+)?)?"
              + YEAR,
          Pattern.CASE_INSENSITIVE);

  private PartialDates() {}

  /** The first year-month or year that starts in {@code text[from, to)}, as ISO text. */
  static Optional<String> first(String text, int from, int to) {
    int end = Math.min(text.length(), to);
    int regionEnd = Math.min(text.length(), end + 120);
    Matcher month = MONTH_YEAR.matcher(text).region(from, regionEnd);
    Matcher year = BLANK_YEAR.matcher(text).region(from, regionEnd);
    int monthAt = month.find() && month.start() < end ? month.start() : Integer.MAX_VALUE;
    int yearAt = year.find() && year.start() < end ? year.start() : Integer.MAX_VALUE;
    if (monthAt < yearAt) {
      int value = year(month.group(2));
      return value < 0
          ? Optional.empty()
          : Optional.of(
              String.format(Locale.ROOT, "%04d-%02d", value, DatePhrases.month(month.group(1))));
    }
    if (yearAt < Integer.MAX_VALUE) {
      int value = year(year.group(1));
      return value < 0 ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "%04d", value));
    }
    return Optional.empty();
  }

  /** The year written in digits or words, or -1 when it is none or out of range. */
  private static int year(String written) {
    int value =
        Character.isDigit(written.charAt(0))
            ? Integer.parseInt(written)
            : SpelledNumbers.ENGLISH.value(written);
    return value >= DatePhrases.FIRST_YEAR && value <= DatePhrases.LAST_YEAR ? value : -1;
  }
}
