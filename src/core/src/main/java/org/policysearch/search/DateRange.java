package org.policysearch.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a search is narrowed to, from the API's {@code from} and {@code to}: each a year, a
 * month or a day ({@code 2019}, {@code 2019-06}, {@code 2019-06-30}), either open. A bound of a
 * year or month covers all of it ({@code to=2021} ends on 31 December 2021). A document dated only
 * to a month or a year counts as dated on its first day; undated documents fall outside every
 * range.
 *
 * @param from the first day, as {@code yyyymmdd}, or {@link #OPEN_START}
 * @param to the last day, as {@code yyyymmdd}, or {@link #OPEN_END}
 */
public record DateRange(long from, long to) {
  /** The lowest bound: the earliest dated document. Undated documents sort as 0, below it. */
  public static final long OPEN_START = 1;

  /** The highest bound. */
  public static final long OPEN_END = 99_999_999;

  /** No range: every document, dated or not. */
  public static final DateRange ANY = new DateRange(0, OPEN_END);

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /**
   * The range {@code from} to {@code to} (either null or blank for an open end); {@link #ANY} when
   * both are.
   *
   * @throws InvalidQueryException when a bound is not a real year, month or day, or the range ends
   *     before it starts
   */
  public static DateRange of(String from, String to) {
    boolean noStart = from == null || from.isBlank();
    boolean noEnd = to == null || to.isBlank();
    if (noStart && noEnd) {
      return ANY;
    }
    long start = noStart ? OPEN_START : bound("from", from.strip(), false);
    long end = noEnd ? OPEN_END : bound("to", to.strip(), true);
    if (start > end) {
      throw new InvalidQueryException("from must not be after to.");
    }
    return new DateRange(start, end);
  }

  /** Whether this range lets every document through, undated ones included. */
  public boolean isAny() {
    return from == 0 && to == OPEN_END;
  }

  private static long bound(String name, String value, boolean last) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      throw new InvalidQueryException(
          name + " must be a year, a month or a day: 2019, 2019-06 or 2019-06-30.");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (year < 1) {
        throw new DateTimeException("year 0");
      }
      LocalDate day;
      if (m.group(2) == null) {
        day = last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      } else {
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
        if (m.group(3) == null) {
          day = last ? month.atEndOfMonth() : month.atDay(1);
        } else {
          day = month.atDay(Integer.parseInt(m.group(3)));
        }
      }
      long number = day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth();
      return last ? number : withUndatedParts(number);
    } catch (DateTimeException e) {
      throw new InvalidQueryException(name + " is not a real date: " + value + ".");
    }
  }

  /**
   * A start bound's number, lowered to take in the documents dated only to its month or year:
   * "2019-06" sorts as 20190600 and "2019" as 20190000, and each counts as dated on its first day.
   */
  private static long withUndatedParts(long number) {
    if (number % 10_000 == 101) {
      return number - 101;
    }
    if (number % 100 == 1) {
      return number - 1;
    }
    return number;
  }
}
