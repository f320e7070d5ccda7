package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policysearch.RandomTexts;

/** How a signature's text is cut into the words and numbers it reads. */
class SignatureTokensTest {
  /** The tokens as a regular expression says them: the definition the scanner must keep. */
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}+|\\p{N}+(?:[.\\-]\\p{N}+)*(?:-\\p{L}\\b)?(?:\\([0-9a-z]{1,4}\\))*");

  private static List<String> expected(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> scanned(String text) {
    List<String> spans = new ArrayList<>();
    int end;
    for (int start = 0; start < text.length(); start = end) {
      end = SignatureTokens.end(text, start);
      if (end < 0) {
        end = start + Character.charCount(text.codePointAt(start));
      } else {
        spans.add(start + "-" + end);
      }
    }
    return spans;
  }

  @Test
  void numbersKeepTheirPartsAndLetters() {
    String text =
        "Article 12.5.1, Annex 2-A and 12.5(1)(b) of 2-Ab, (iv) application1 12.04(12345)";

    List<String> tokens = new ArrayList<>();
    for (String span : scanned(text)) {
      String[] ends = span.split("-");
      tokens.add(text.substring(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
    }

    assertEquals(
        List.of(
            "Article",
            "12.5.1",
            "Annex",
            "2-A",
            "and",
            "12.5(1)(b)",
            "of",
            "2",
            "Ab",
            "iv",
            "application",
            "1",
            "12.04",
            "12345"),
        tokens);
  }

  @Test
  void tokensAreWhereTheRegularExpressionFindsThem() {
    // Letters (also outside the BMP and unpaired surrogates), marks, digits of several kinds,
    // the number's own punctuation, and what separates tokens.
    String[] pieces = {
      "a",
      "Z",
      "b",
      "é",
      "\u0301",
      "\u0903",
      "ß",
      "中",
      "\uD835\uDC00",
      "\uD835\uDFCE",
      "\uD835",
      "\uDC00",
      "7",
      "1",
      "\u0663",
      "\u00B2",
      "\u216B",
      ".",
      "-",
      "-",
      "(",
      ")",
      "(",
      ")",
      "_",
      " ",
      ",",
      "\u00A0",
      "x"
    };
    // The definition is Java 17's \b, which later JDKs read otherwise for letters and digits
    // beyond ASCII (JDK-8264160); the scanner keeps Java 17's reading on every JDK.
    assumeTrue(
        Runtime.version().feature() < 19, "\\b reads non-ASCII word characters otherwise here");
    for (String s : RandomTexts.of(pieces, 50_000, 17)) {
      assertEquals(expected(s), scanned(s), s);
    }
  }
}
