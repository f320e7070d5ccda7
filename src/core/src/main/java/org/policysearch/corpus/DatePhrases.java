package org.policysearch.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds full calendar dates written in English prose: {@code 14 March 2025}, {@code March 14,
 * 2025}, {@code 2025-03-14}, {@code this 3rd day of April 2007} and {@code the twenty-first day of
 * May in the year two thousand and three}; and in Spanish and French: {@code a los veintisiete días
 * del mes de junio de 2006}, {@code le 16 mars 1994}.
 *
 * <p>Purely numeric dates ({@code 14.03.2025}, {@code 03/04/2007}) are not read: day and month
 * cannot be told apart, and in treaties they appear in citations, not in signature clauses.
 */
final class DatePhrases {
  /** A date phrase found in a text, with where it starts and ends. */
  record Found(LocalDate date, int start, int end) {}

  /** Treaties and statements older or newer than this are taken for misreadings. */
  static final int FIRST_YEAR = 1800;

  static final int LAST_YEAR = 2100;

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

  static final String MONTH =
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

  private static final String NUMBER_WORD = "(?:" + SpelledNumbers.ENGLISH.cardinalWords() + ")";

  /** A year in digits, or in words ({@code one thousand nine hundred and ninety-three}). */
  static final String YEAR =
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

  private static final Map<String, Integer> SPANISH_MONTHS =
      Map.ofEntries(
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12));

  private static final Map<String, Integer> FRENCH_MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1),
          Map.entry("février", 2),
          Map.entry("fevrier", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("août", 8),
          Map.entry("aout", 8),
          Map.entry("septembre", 9),
          Map.entry("octobre", 10),
          Map.entry("novembre", 11),
          Map.entry("décembre", 12),
          Map.entry("decembre", 12));

  /**
   * A Spanish date: {@code el 6 de abril de 2011}, {@code a los veintisiete días del mes de junio
   * de 2006}, {@code el día diecinueve del mes de septiembre de dos mil once}, {@code abril del año
   * de mil novecientos noventa y cuatro}.
   */
  static final Pattern SPANISH_DAY_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(\\d{1,2})(?:º|°|o\\.|\\.)?|("
              + "primero|primer|"
              + words(SpelledNumbers.SPANISH)
              + "))\\s*(?:d[ií]as?\\s+)?(?:del\\s+mes\\s+)?de\\s+"
              + alternation(SPANISH_MONTHS)
              + "(?!\\p{L})[\\s,]+(?:del?\\s+)?(?:a[ñn]o\\s+(?:de\\s+)?)?"
              + year(SpelledNumbers.SPANISH),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A French date: {@code le 16 mars 1994}, {@code le 1er janvier 1995}, {@code le vingt et un
   * mai}.
   */
  static final Pattern FRENCH_DAY_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(\\d{1,2})(?:er|e|ème|°)?|("
              + "premier|"
              + words(SpelledNumbers.FRENCH)
              + "))\\s+"
              + alternation(FRENCH_MONTHS)
              + "(?!\\p{L})[\\s,]+(?:de\\s+l['’]\\s*an(?:n[ée]e)?\\s+)?"
              + year(SpelledNumbers.FRENCH),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final WordStarts SPANISH_STARTS = starts(SpelledNumbers.SPANISH);

  private static final WordStarts FRENCH_STARTS = starts(SpelledNumbers.FRENCH);

  /** One way of writing a date: its pattern, where it can start, and the date a match gives. */
  private record Form(
      Pattern pattern, StartScan.Starts mayStart, Function<MatchResult, LocalDate> date) {}

  private static final List<Form> FORMS =
      List.of(
          new Form(
              DAY_FIRST,
              DatePhrases::mayStartDay,
              m -> dayFirst(m, SpelledNumbers.ENGLISH, DatePhrases::month)),
          new Form(
              MONTH_FIRST,
              DatePhrases::mayStartMonth,
              m ->
                  date(
                      Integer.parseInt(m.group(3)),
                      month(m.group(1)),
                      Integer.parseInt(m.group(2)))),
          new Form(
              ISO,
              DatePhrases::mayStartIso,
              m ->
                  date(
                      Integer.parseInt(m.group(1)),
                      Integer.parseInt(m.group(2)),
                      Integer.parseInt(m.group(3)))),
          new Form(
              SPANISH_DAY_FIRST,
              DatePhrases::mayStartSpanishDay,
              m -> dayFirst(m, SpelledNumbers.SPANISH, SPANISH_MONTHS::get)),
          new Form(
              FRENCH_DAY_FIRST,
              DatePhrases::mayStartFrenchDay,
              m -> dayFirst(m, SpelledNumbers.FRENCH, FRENCH_MONTHS::get)));

  private DatePhrases() {}

  /** A number in words: {@code numbers}' words, maybe joined ({@code noventa y cuatro}). */
  private static String words(SpelledNumbers numbers) {
    String word = "(?:" + numbers.cardinalWords() + ")";
    return word + "(?:[\\s-]*(?:" + numbers.joiner() + "[\\s-]+)?" + word + ")*+(?!\\p{L})";
  }

  /**
   * A year in digits or in words. A number in words must end where its words end: after a tens word
   * a joined unit must follow ({@code noventa y siente}, a misspelt {@code siete}, is no year, not
   * 1990), while after another word the joiner goes on with the sentence ({@code dos mil nueve, y
   * en Bruselas}).
   */
  private static String year(SpelledNumbers numbers) {
    return "(\\d{4}(?!\\d)|(?:"
        + words(numbers)
        + ")(?!(?<="
        + numbers.tensWords()
        + ")[\\s,]+"
        + numbers.joiner()
        + "[\\s-]+\\p{L}))";
  }

  private static String alternation(Map<String, Integer> names) {
    return "(" + String.join("|", names.keySet()) + ")";
  }

  private static WordStarts starts(SpelledNumbers numbers) {
    return WordStarts.of(numbers.words().toArray(String[]::new));
  }

  /**
   * The date of a day-first match: the day in digits (group 1) or in words (2), the month's name
   * (3) as {@code month} reads it in lower case, the year in digits or words (4).
   */
  private static LocalDate dayFirst(
      MatchResult m, SpelledNumbers numbers, ToIntFunction<String> month) {
    int day = m.group(1) != null ? Integer.parseInt(m.group(1)) : numbers.value(m.group(2));
    String year = m.group(4);
    return date(
        Character.isDigit(year.charAt(0)) ? Integer.parseInt(year) : numbers.value(year),
        month.applyAsInt(m.group(3).toLowerCase(Locale.ROOT)),
        day);
  }

  /** The first date that starts in {@code text[from, to)}; it may end after {@code to}. */
  static Optional<Found> first(String text, int from, int to) {
    int end = Math.min(text.length(), to);
    // The region reaches past `to` so that a date starting just before it is read whole.
    int regionEnd = Math.min(text.length(), end + 120);
    Found best = null;
    for (Form form : FORMS) {
      StartScan scan = new StartScan(form.pattern(), text, from, regionEnd, form.mayStart());
      while (scan.find() && scan.start() < end && (best == null || scan.start() < best.start())) {
        LocalDate date = form.date().apply(scan.match());
        if (date != null) {
          best = new Found(date, scan.start(), scan.end());
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  // Where the patterns can start, as CASE_INSENSITIVE reads them (ASCII only) and as their
  // lookbehinds allow: searched for at every character, the patterns took a tenth of indexing a
  // corpus of short texts, whose head (where a date is looked for) is all of them.

  /** A day in digits, or the first two letters of a day in words, not after a letter or digit. */
  static boolean mayStartDay(String text, int at) {
    return !afterAsciiLetterOrDigit(text, at)
        && (isDigit(text.charAt(at)) || DAY_STARTS.at(text, at));
  }

  /** A day in digits or a Spanish number word, not after a letter or digit. */
  static boolean mayStartSpanishDay(String text, int at) {
    return !afterAsciiLetterOrDigit(text, at)
        && (isDigit(text.charAt(at)) || SPANISH_STARTS.at(text, at));
  }

  /** A day in digits or a French number word, not after a letter or digit. */
  static boolean mayStartFrenchDay(String text, int at) {
    return !afterAsciiLetterOrDigit(text, at)
        && (isDigit(text.charAt(at)) || FRENCH_STARTS.at(text, at));
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

  /** An English month, by its name's first three letters in any case: "Sept." is "sep". */
  static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
