package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policysearch.corpus.StartScanOracle.assertScanFindsWhatFindFinds;
import static org.policysearch.corpus.StartScanOracle.byFind;
import static org.policysearch.corpus.StartScanOracle.byScan;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartScanTest {
  /** Words of dates and what stands around them, signs among them. */
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

  @Test
  void findsTheDatesFindFindsInEveryRegionOfMadeUpText() {
    assertScanFindsWhatFindFinds(DatePhrases.DAY_FIRST, DatePhrases::mayStartDay, WORDS, 600, 11);
    assertScanFindsWhatFindFinds(
        DatePhrases.MONTH_FIRST, DatePhrases::mayStartMonth, WORDS, 600, 12);
    assertScanFindsWhatFindFinds(DatePhrases.ISO, DatePhrases::mayStartIso, WORDS, 600, 13);
  }

  @Test
  void findsSpanishAndFrenchDatesAsFindFindsThem() {
    List<String> words =
        List.of(
            "5",
            "1º",
            "25",
            "2006",
            "de",
            "del",
            "mes",
            "año",
            "días",
            "día",
            "y",
            "et",
            "le",
            "el",
            "a los",
            ",",
            ".",
            "-",
            "enero",
            "Junio",
            "SETIEMBRE",
            "diciembre",
            "mars",
            "Août",
            "décembre",
            "primero",
            "primer",
            "premier",
            "1er",
            "veintidós",
            "VEINTIDÓS",
            "Dieciséis",
            "treinta",
            "mil",
            "novecientos",
            "noventa",
            "cuatro",
            "dos",
            "siente",
            "quatre-vingt",
            "quatre vingt",
            "soixante",
            "dix",
            "neuf",
            "cent",
            "mille",
            "vingt-deux",
            "a los veintisiete días del mes de junio de 2006",
            "el 6 de abril de 2011",
            "el día 25 del mes de mayo del año de dos mil once",
            "mil novecientos noventa y cuatro",
            "le 16 mars 1994",
            "le trente et un décembre mil neuf cent quatre-vingt-dix-neuf");
    assertScanFindsWhatFindFinds(
        DatePhrases.SPANISH_DAY_FIRST, DatePhrases::mayStartSpanishDay, words, 600, 15);
    assertScanFindsWhatFindFinds(
        DatePhrases.FRENCH_DAY_FIRST, DatePhrases::mayStartFrenchDay, words, 600, 16);
  }

  @Test
  void findsWhatOnlyALegalInstrumentSaysAsFindFindsIt() {
    List<String> words =
        List.of(
            "agreed",
            "agree",
            "AGREED AS FOLLOWS",
            "as",
            "follows",
            "in",
            "witness",
            "faith",
            "whereof",
            "wherefore",
            "in witness whereof",
            "article",
            "Article 1",
            "I",
            "one",
            "having",
            "regard",
            "to",
            "having regard to",
            "whereas",
            "Whereas",
            "agreement",
            "into",
            "en",
            "En",
            "HAN ACORDADO lo siguiente",
            "convenido en lo siguiente",
            "sont convenus de ce qui suit",
            "en fe de lo cual",
            "EN TESTIMONIO DE LO CUAL",
            "En foi de quoi",
            "Artículo 1",
            "ARTÍCULO PRIMERO",
            "Article premier");
    assertScanFindsWhatFindFinds(
        DocumentDates.INSTRUMENT, DocumentDates::mayStartInstrument, words, 600, 14);
  }

  @Test
  void aStartTheScanIsNotToldOfIsMissed() {
    // What the tests above guard: a day word added to the pattern but not to its first letters.
    String text = "on the twenty-first day of May 2007";
    assertEquals(List.of("7-35"), byFind(DatePhrases.DAY_FIRST, text, 0, text.length()));
    assertEquals(
        List.of(), byScan(DatePhrases.DAY_FIRST, DatePhrases::mayStartIso, text, 0, text.length()));
  }

  @Test
  void aRegionEndingInsideACharacterTakesAllOfIt() {
    // A word boundary reads the whole character next to it, a letter outside the BMP here, though
    // the region starts or ends between its halves: "may" stands alone in neither, as find sees it.
    // (Unicode's word characters: since JDK 19 a plain "\\b" knows ASCII ones only.)
    Pattern mayAlone = Pattern.compile("(?U)\\bmay\\b");
    String letter = "\uD835\uDC00";
    assertEquals(List.of(), byFind(mayAlone, "may" + letter, 0, 4));
    assertEquals(List.of(), byScan(mayAlone, (t, at) -> true, "may" + letter, 0, 4));
    assertEquals(List.of(), byFind(mayAlone, letter + "may", 1, 5));
    assertEquals(List.of(), byScan(mayAlone, (t, at) -> true, letter + "may", 1, 5));
    // Halves alone are no letters: the copy of a region cut through them would have found it.
    assertEquals(List.of("1-4"), byScan(mayAlone, (t, at) -> true, "\uDC00may\uD835", 0, 5));
  }
}
