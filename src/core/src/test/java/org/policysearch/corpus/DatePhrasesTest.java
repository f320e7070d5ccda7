package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePhrasesTest {
  private static Optional<String> first(String text) {
    return DatePhrases.first(text, 0, text.length()).map(found -> found.date().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "on 14 March 2025 in duplicate | 2025-03-14",
        "on March 14, 2025 in duplicate | 2025-03-14",
        "Oct. 29, 2025 (Yonhap) | 2025-10-29",
        "issued 2025-03-14 | 2025-03-14",
        "this 3rd day of April 2007 | 2007-04-03",
        "this 10thdayofDecember 1992, in a single copy | 1992-12-10",
        "on the 26th of June of 2012 | 2012-06-26",
        "this September 7th 2012, in English | 2012-09-07",
        "the twenty- fourth day of November two thousand and six | 2006-11-24",
        "the seventeenth day of March in the year one thousand nine hundred and ninety-three"
            + " | 1993-03-17",
        "the fifth day of December in the year one thousand, nine hundred and seventy | 1970-12-05",
        "the eleventh day of September, in the year twothousandandfourteen | 2014-09-11",
        "17th day of Sivan, 5761, which corresponds to the 8th day of June, 2001 | 2001-06-08",
        "Done in the city of Moscow “23” December2014 in a single original | 2014-12-23",
        "signed in quadruplicate on this 29th day of June [2010] with each Party | 2010-06-29",
      })
  void readsDatesAsTreatiesWriteThem(String phrase, String date) {
    assertEquals(Optional.of(date), first(phrase));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "el 6 de abril de 2011, en dos ejemplares | 2011-04-06",
        "a los veintisiete días del mes de junio de 2006. | 2006-06-27",
        "a los cinco días del mes de\\nabril del año de mil novecientos noventa y cuatro, en dos"
            + " | 1994-04-05",
        "a los doce días del mes de agosto del año mil novecientos ochenta, en un original"
            + " | 1980-08-12",
        "el día diecinueve del mes de septiembre de dos mil once, en dos ejemplares | 2011-09-19",
        "el día 25\\ndel mes de mayo de 2011. | 2011-05-25",
        "el veintinueve de junio de dos mil, en cuatro ejemplares | 2000-06-29",
        "EL VEINTIDÓS DE SETIEMBRE DE DOS MIL DOS | 2002-09-22",
        "el primero de enero de 1995 | 1995-01-01",
        "el treinta y uno de diciembre de 1999 | 1999-12-31",
        "Fait à N'Djaména, le 16 Mars 1994 | 1994-03-16",
        "le 1er janvier 1995 | 1995-01-01",
        "le vingt-deux janvier deux mille neuf | 2009-01-22",
        "le trente et un décembre mil neuf cent quatre-vingt-dix-neuf | 1999-12-31",
        "le dix-sept juillet mil neuf cent soixante et onze | 1971-07-17",
      })
  void readsSpanishAndFrenchDatesAsTreatiesWriteThem(String phrase, String date) {
    assertEquals(Optional.of(date), first(phrase.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "this ____ day of ____________ 2002",
        "on 14.03.2025",
        "on 31 February 2025",
        "the first day of the second month following",
        "in the year nineteen ninety-one on the fifth day of May",
        "el dieciocho de diciembre de mil novecientos noventa y siente, en los ejemplares",
        "dos de las Partes de 1994",
        "le 31 février 2001"
      })
  void findsNoDateWhereNoneIsWhole(String phrase) {
    assertEquals(Optional.empty(), first(phrase));
  }
}
