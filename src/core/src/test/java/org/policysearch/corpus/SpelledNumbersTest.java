package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledNumbersTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | one thousand nine hundred and ninety-three | 1993",
        "en | twothousandandfourteen | 2014",
        "en | twenty-first | 21",
        "en | nineteen ninety | -1",
        "es | mil novecientos noventa y cuatro | 1994",
        "es | dos mil once | 2011",
        "es | veintidós | 22",
        "es | diez y seis | 16",
        "es | cuatro noventa | -1",
        "fr | mil neuf cent quatre-vingt-quatorze | 1994",
        "fr | soixante-dix-sept | 77",
        "fr | soixante et onze | 71",
        "fr | deux mille neuf | 2009",
        "fr | vingt quinze | -1",
      })
  void readsNumbersAsTreatiesSpellThem(String language, String words, int value) {
    SpelledNumbers numbers =
        switch (language) {
          case "es" -> SpelledNumbers.SPANISH;
          case "fr" -> SpelledNumbers.FRENCH;
          default -> SpelledNumbers.ENGLISH;
        };
    assertEquals(value, numbers.value(words));
  }
}
