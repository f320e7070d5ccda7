package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.PdfOutline.Bookmark;

class PdfOutlineTest {

  @Test
  void aLineReadsAsItsBookmarkAloneOrAfterASectionsLabel() {
    assertEquals("Scope", PdfOutline.heading("Scope", "Scope", 5));
    assertEquals("2.1 Scope", PdfOutline.heading("2.1 Scope", "Scope", 5));
    assertEquals(
        "Annex A Tariff Schedule",
        PdfOutline.heading("Annex A Tariff Schedule", "Tariff Schedule", 5));
    assertEquals(
        "CHAPTER 3: Rules of Origin",
        PdfOutline.heading("CHAPTER 3: Rules of Origin", "Rules of origin", 5));
    // Signs, spaces and compatibility forms aside.
    assertEquals(
        "2.13. Non-regular files",
        PdfOutline.heading("2.13. Non-regular files", "2.13. Nonregular files", 17));
    assertEquals("Definitions", PdfOutline.heading("Deﬁnitions", "Definitions", 5));
  }

  @Test
  void aPageNumberPrintedOnTheHeadingsLineIsNotPartOfIt() {
    assertEquals("1 Introduction", PdfOutline.heading("1 1 Introduction", "1 Introduction", 7));
    assertEquals("Concept Index", PdfOutline.heading("32 Concept Index", "Concept Index", 7));
    assertEquals("3 Utilities", PdfOutline.heading("3 Utilities", "Utilities", 7));
  }

  @Test
  void aLineThatOnlyEndsInTheBookmarksWordsIsNotIt() {
    assertNull(PdfOutline.heading("The Parties agree on its scope", "Scope", 5));
    assertNull(PdfOutline.heading("Telescope", "Scope", 5));
    assertNull(PdfOutline.heading("Scope of this chapter", "Scope", 5));
  }

  @Test
  void aTitleWrappedOverTwoLinesBecomesOneHeading() {
    List<String> pages =
        PdfOutline.asHeadings(
            List.of("CHAPTER 1\nGeneral Provisions\nThe Parties hereby establish an area."),
            List.of(new Bookmark("Chapter 1 General Provisions", 1, 0)));

    assertEquals(
        List.of("# CHAPTER 1 General Provisions\n\nThe Parties hereby establish an area."), pages);
  }

  @Test
  void aBookmarksLineIsFoundBelowARunningHeadOfTheSameWords() {
    List<String> pages =
        List.of(
            "Market access\nIntroduction",
            "Market access\nText.\nMarket access\nTariffs fall.\nQuotas go.\n2",
            "Market access\nMore text.");

    List<String> headed =
        PdfOutline.asHeadings(pages, List.of(new Bookmark("Market access", 2, 1)));

    assertEquals(
        "Market access\nText.\n## Market access\nTariffs fall.\nQuotas go.\n2", headed.get(1));
    assertEquals(pages.get(0), headed.get(0));
  }

  @Test
  void aBookmarkWithoutAPageIsLookedForAfterTheOneBefore() {
    List<String> pages = List.of("Scope\nText.", "Other\nScope\nMore.");

    List<String> headed =
        PdfOutline.asHeadings(
            pages, List.of(new Bookmark("Other", 1, 1), new Bookmark("Scope", 1, -1)));

    assertEquals(List.of("Scope\nText.", "# Other\n# Scope\nMore."), headed);
  }
}
