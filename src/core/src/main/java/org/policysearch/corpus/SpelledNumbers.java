package org.policysearch.corpus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads numbers written in words, as treaties write the day and year of signature, in English
 * ({@code twenty-fourth}, {@code one thousand nine hundred and ninety-three}), Spanish ({@code
 * veintisiete}, {@code mil novecientos noventa y cuatro}) and French ({@code vingt et un}, {@code
 * mil neuf cent quatre-vingt-quatorze}).
 */
public final class SpelledNumbers {
  /** English numbers, cardinal and ordinal: {@code two thousand and four}, {@code twenty-first}. */
  public static final SpelledNumbers ENGLISH =
      new SpelledNumbers(
          Map.ofEntries(
              Map.entry("one", 1),
              Map.entry("two", 2),
              Map.entry("three", 3),
              Map.entry("four", 4),
              Map.entry("five", 5),
              Map.entry("six", 6),
              Map.entry("seven", 7),
              Map.entry("eight", 8),
              Map.entry("nine", 9),
              Map.entry("ten", 10),
              Map.entry("eleven", 11),
              Map.entry("twelve", 12),
              Map.entry("thirteen", 13),
              Map.entry("fourteen", 14),
              Map.entry("fifteen", 15),
              Map.entry("sixteen", 16),
              Map.entry("seventeen", 17),
              Map.entry("eighteen", 18),
              Map.entry("nineteen", 19),
              Map.entry("twenty", 20),
              Map.entry("thirty", 30),
              Map.entry("forty", 40),
              Map.entry("fifty", 50),
              Map.entry("sixty", 60),
              Map.entry("seventy", 70),
              Map.entry("eighty", 80),
              Map.entry("ninety", 90),
              Map.entry("hundred", 100),
              Map.entry("thousand", 1000)),
          Map.ofEntries(
              Map.entry("first", 1),
              Map.entry("second", 2),
              Map.entry("third", 3),
              Map.entry("fourth", 4),
              Map.entry("fifth", 5),
              Map.entry("sixth", 6),
              Map.entry("seventh", 7),
              Map.entry("eighth", 8),
              Map.entry("ninth", 9),
              Map.entry("tenth", 10),
              Map.entry("eleventh", 11),
              Map.entry("twelfth", 12),
              Map.entry("thirteenth", 13),
              Map.entry("fourteenth", 14),
              Map.entry("fifteenth", 15),
              Map.entry("sixteenth", 16),
              Map.entry("seventeenth", 17),
              Map.entry("eighteenth", 18),
              Map.entry("nineteenth", 19),
              Map.entry("twentieth", 20),
              Map.entry("thirtieth", 30)),
          "and",
          Set.of());

  /**
   * Spanish numbers: the hundreds are words of their own ({@code novecientos}), as are 16 to 29
   * ({@code veintidós}, written with or without its accent, or the older {@code diez y seis}).
   */
  public static final SpelledNumbers SPANISH =
      new SpelledNumbers(
          Map.ofEntries(
              Map.entry("un", 1),
              Map.entry("uno", 1),
              Map.entry("una", 1),
              Map.entry("dos", 2),
              Map.entry("tres", 3),
              Map.entry("cuatro", 4),
              Map.entry("cinco", 5),
              Map.entry("seis", 6),
              Map.entry("siete", 7),
              Map.entry("ocho", 8),
              Map.entry("nueve", 9),
              Map.entry("diez", 10),
              Map.entry("once", 11),
              Map.entry("doce", 12),
              Map.entry("trece", 13),
              Map.entry("catorce", 14),
              Map.entry("quince", 15),
              Map.entry("dieciséis", 16),
              Map.entry("dieciseis", 16),
              Map.entry("diecisiete", 17),
              Map.entry("dieciocho", 18),
              Map.entry("diecinueve", 19),
              Map.entry("veinte", 20),
              Map.entry("veintiuno", 21),
              Map.entry("veintiún", 21),
              Map.entry("veintiun", 21),
              Map.entry("veintidós", 22),
              Map.entry("veintidos", 22),
              Map.entry("veintitrés", 23),
              Map.entry("veintitres", 23),
              Map.entry("veinticuatro", 24),
              Map.entry("veinticinco", 25),
              Map.entry("veintiséis", 26),
              Map.entry("veintiseis", 26),
              Map.entry("veintisiete", 27),
              Map.entry("veintiocho", 28),
              Map.entry("veintinueve", 29),
              Map.entry("treinta", 30),
              Map.entry("cuarenta", 40),
              Map.entry("cincuenta", 50),
              Map.entry("sesenta", 60),
              Map.entry("setenta", 70),
              Map.entry("ochenta", 80),
              Map.entry("noventa", 90),
              Map.entry("cien", 100),
              Map.entry("ciento", 100),
              Map.entry("doscientos", 200),
              Map.entry("trescientos", 300),
              Map.entry("cuatrocientos", 400),
              Map.entry("quinientos", 500),
              Map.entry("seiscientos", 600),
              Map.entry("setecientos", 700),
              Map.entry("ochocientos", 800),
              Map.entry("novecientos", 900),
              Map.entry("mil", 1000)),
          Map.of("primero", 1, "primer", 1),
          "y",
          Set.of());

  /**
   * French numbers: seventy and ninety are sixty and eighty with a number from ten to nineteen
   * added ({@code soixante-dix-sept}, {@code quatre-vingt-quatorze}).
   */
  public static final SpelledNumbers FRENCH =
      new SpelledNumbers(
          Map.ofEntries(
              Map.entry("un", 1),
              Map.entry("une", 1),
              Map.entry("deux", 2),
              Map.entry("trois", 3),
              Map.entry("quatre", 4),
              Map.entry("cinq", 5),
              Map.entry("six", 6),
              Map.entry("sept", 7),
              Map.entry("huit", 8),
              Map.entry("neuf", 9),
              Map.entry("dix", 10),
              Map.entry("onze", 11),
              Map.entry("douze", 12),
              Map.entry("treize", 13),
              Map.entry("quatorze", 14),
              Map.entry("quinze", 15),
              Map.entry("seize", 16),
              Map.entry("vingt", 20),
              Map.entry("trente", 30),
              Map.entry("quarante", 40),
              Map.entry("cinquante", 50),
              Map.entry("soixante", 60),
              Map.entry("quatre-vingt", 80),
              Map.entry("quatre-vingts", 80),
              Map.entry("quatre vingt", 80),
              Map.entry("quatre vingts", 80),
              Map.entry("cent", 100),
              Map.entry("cents", 100),
              Map.entry("mil", 1000),
              Map.entry("mille", 1000)),
          Map.of("premier", 1),
          "et",
          Set.of(60, 80));

  private final Map<String, Integer> words;
  private final String cardinalWords;
  private final String joiner;
  private final Set<Integer> tensTakingTeens;
  private final Pattern word;

  private SpelledNumbers(
      Map<String, Integer> cardinals,
      Map<String, Integer> ordinals,
      String joiner,
      Set<Integer> tensTakingTeens) {
    Map<String, Integer> all = new HashMap<>(cardinals);
    all.putAll(ordinals);
    this.words = Map.copyOf(all);
    this.cardinalWords = longestFirst(cardinals.keySet());
    this.joiner = joiner;
    this.tensTakingTeens = tensTakingTeens;
    // The words of a PDF's text layer sometimes run together ("thousandnine"), so a word is found
    // by its spelling, longest first ("nineteen" before "nine"), not between spaces.
    this.word = Pattern.compile(longestFirst(words.keySet()) + "|" + joiner);
  }

  private static String longestFirst(Set<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .collect(Collectors.joining("|"));
  }

  /** The cardinal number words as a regular-expression alternation, longest first. */
  String cardinalWords() {
    return cardinalWords;
  }

  /** Every number word, cardinal and ordinal, in lower case. */
  Set<String> words() {
    return words.keySet();
  }

  /** The words of the tens from twenty to ninety, which a unit may follow after the joiner. */
  String tensWords() {
    return longestFirst(
        words.entrySet().stream()
            .filter(e -> e.getValue() % 10 == 0 && e.getValue() >= 20 && e.getValue() <= 90)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet()));
  }

  /** The word between the parts of a number: {@code and}, {@code y}, {@code et}. */
  String joiner() {
    return joiner;
  }

  /** The value of a number in words, or -1 when it is not one. */
  public int value(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher found = word.matcher(lower);
    int total = 0;
    int current = 0;
    int at = 0;
    while (found.find()) {
      if (!found.group().equals(joiner)) {
        int value = words.get(found.group());
        if (value == 100) {
          current = Math.max(current, 1) * 100;
        } else if (value == 1000) {
          total += Math.max(current, 1) * 1000;
          current = 0;
        } else if (!adds(current % 100, value)) {
          return -1; // "nineteen ninety" or "five six": not one number
        } else {
          current += value;
        }
      }
      if (!lower.substring(at, found.start()).matches("[\\s,-]*")) {
        return -1;
      }
      at = found.end();
    }
    return at == 0 || !lower.substring(at).isBlank() ? -1 : total + current;
  }

  /** Whether {@code value} goes after a number whose last two digits are {@code tensAndUnits}. */
  private boolean adds(int tensAndUnits, int value) {
    return tensAndUnits == 0
        || (tensAndUnits % 10 == 0 && value < 10)
        || (tensAndUnits > 0 && tensTakingTeens.contains(tensAndUnits) && value < 20);
  }
}
