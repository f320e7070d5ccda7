package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineShapeTest {

  @Test
  void aFormulaIsAnEqualityOrAbbreviationsAndOperatorsAlone() {
    assertTrue(LineShape.isFormula("RVC ="));
    assertTrue(LineShape.isFormula("TMN"));
    assertTrue(LineShape.isFormula("FOB - VNM"));
    assertTrue(LineShape.isFormula("V \u2013 VNM"));
    assertTrue(LineShape.isFormula("Q.V.C. = x 100%"));
    // A word that is no abbreviation makes a title; a section letter alone is none.
    assertFalse(LineShape.isFormula("EFTA - Israel"));
    assertFalse(LineShape.isFormula("Non - cumulation"));
    assertFalse(LineShape.isFormula("TRADE IN GOODS"));
    assertFalse(LineShape.isFormula("B"));
  }

  @Test
  void wordsAreCountedBetweenWhiteSpaceOfAnyKind() {
    assertEquals(0, LineShape.wordCount(" \t\n "));
    assertEquals(3, LineShape.wordCount("  Article 5\tScope "));
    // An em space at either end is stripped; inside, it is a word of its own, as split sees it.
    assertEquals(1, LineShape.wordCount("\u2003Scope\u2003"));
    assertEquals(3, LineShape.wordCount("Scope \u2003 Definitions"));
  }

  @Test
  void aRangeIsCountedAsItsSubstringWouldBe() {
    Random random = new Random(11);
    String alphabet = "ab. \t\n\u000B\f\r\u2003\u00A0é";
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = text.toString();
      int from = random.nextInt(line.length() + 1);
      int to = from + random.nextInt(line.length() - from + 1);
      String stripped = line.substring(from, to).strip();
      int split = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
      assertEquals(split, LineShape.wordCount(line, from, to), () -> "[" + line + "]");
    }
  }

  @Test
  void onlyANumberGluedToAWordIsTakenForAFootnotesMark() {
    assertEquals("Specific Commitments", LineShape.withoutFootnoteMark("Specific Commitments22"));
    assertEquals("Emissions of CO2", LineShape.withoutFootnoteMark("Emissions of CO2"));
    assertEquals("ANNEX 2", LineShape.withoutFootnoteMark("ANNEX 2"));
    assertEquals("Article 12", LineShape.withoutFootnoteMark("Article 12"));
  }
}
