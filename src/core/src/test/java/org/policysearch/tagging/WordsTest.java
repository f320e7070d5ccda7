package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policysearch.RandomTexts;

/** How text is cut into the words that country names are matched against. */
class WordsTest {
  /** The words as a regular expression says them: the definition the scanner must keep. */
  private static final Pattern WORD =
      Pattern.compile(
          "\\p{L}(?:\\.\\p{L})+\\.?"
              + "|[lLdD](?=['\u2019]\\p{L})"
              + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*");

  private static List<String> spans(List<Words.Word> words) {
    List<String> spans = new ArrayList<>();
    for (Words.Word word : words) {
      spans.add(word.start() + "-" + word.end());
    }
    return spans;
  }

  private static List<String> expected(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  @Test
  void abbreviationsPossessivesAndAccentsAreOneWordEach() {
    List<String> exact = new ArrayList<>();
    for (Words.Word word :
        Words.split("The U.S. and Côte d’Ivoire signed; Korea's R.O.K. navy, 2025.")) {
      exact.add(word.exact());
    }

    assertEquals(
        List.of(
            "The", "US", "and", "Cote", "d", "Ivoire", "signed", "Korea", "ROK", "navy", "2025"),
        exact);
  }

  @Test
  void wordsAreWhereTheRegularExpressionFindsThem() {
    // Letters (also outside the BMP and unpaired surrogates), marks, digits of several kinds,
    // dots, both apostrophes, and what separates words.
    String[] pieces = {
      "a",
      "Z",
      "l",
      "D",
      "é",
      "\u0301",
      "ß",
      "中",
      "\uD835\uDC00",
      "\uD835\uDFCE",
      "\uD835",
      "\uDC00",
      "7",
      "\u0663",
      "\u00B2",
      "\u216B",
      ".",
      ".",
      "'",
      "\u2019",
      " ",
      "-",
      "$",
      ",",
      "\u00A0",
      "\u0903"
    };
    for (String s : RandomTexts.of(pieces, 20_000, 17)) {
      assertEquals(expected(s), spans(Words.split(s)), s);
    }
  }
}
