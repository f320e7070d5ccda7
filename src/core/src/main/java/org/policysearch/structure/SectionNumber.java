package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policysearch.corpus.SpelledNumbers;

/**
 * The value of a section's number, read every way it can be ("C" is a letter or a roman numeral),
 * to tell whether one section comes right after another: "CHAPTER FOUR" after "CHAPTER THREE",
 * "Article 4.13" after "Article 4.12".
 */
record SectionNumber(List<List<Integer>> readings) {
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}(?:\\.\\d{1,3})*");
  private static final Pattern ROMAN = Pattern.compile(LineShape.ROMAN_NUMERAL);

  /**
   * The number of the keyword section {@code heading} ("CHAPTER TWENTY-ONE Final Provisions"), or
   * null when it has none that counts: an annex's "3B" or "10-A" is a label, not a place in a
   * sequence.
   */
  static SectionNumber of(String heading) {
    String number = LineShape.keywordNumber(heading);
    if (number == null) {
      return null;
    }
    List<List<Integer>> readings = new ArrayList<>(2);
    if (DECIMAL.matcher(number).matches()) {
      List<Integer> parts = new ArrayList<>();
      for (String part : number.split("\\.")) {
        parts.add(Integer.parseInt(part));
      }
      readings.add(List.copyOf(parts));
    } else if (number.length() == 1 && Character.isUpperCase(number.charAt(0))) {
      readings.add(List.of(number.charAt(0) - 'A' + 1));
    }
    if (ROMAN.matcher(number).matches()) {
      readings.add(List.of(roman(number)));
    }
    int spelled = SpelledNumbers.ENGLISH.value(number);
    if (spelled > 0) {
      readings.add(List.of(spelled));
    }
    return readings.isEmpty() ? null : new SectionNumber(List.copyOf(readings));
  }

  /** Whether this number comes right after {@code previous}: one more in its last part. */
  boolean follows(SectionNumber previous) {
    for (List<Integer> mine : readings) {
      for (List<Integer> theirs : previous.readings) {
        int last = mine.size() - 1;
        if (mine.size() == theirs.size()
            && mine.subList(0, last).equals(theirs.subList(0, last))
            && mine.get(last) == theirs.get(last) + 1) {
          return true;
        }
      }
    }
    return false;
  }

  private static int roman(String numeral) {
    int value = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int v = romanDigit(numeral.charAt(i));
      boolean subtracted = i + 1 < numeral.length() && v < romanDigit(numeral.charAt(i + 1));
      value += subtracted ? -v : v;
    }
    return value;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      default -> 100;
    };
  }
}
