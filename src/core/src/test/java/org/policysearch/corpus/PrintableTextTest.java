package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintableTextTest {
  @Test
  void plainNamesWithSpacesAndAccentsPrintAsThemselves() {
    assertEquals("Reports/US ROK Deal.pdf", PrintableText.quoted("Reports/US ROK Deal.pdf"));
    assertEquals("accord-coopération 한국.txt", PrintableText.quoted("accord-coopération 한국.txt"));
  }

  @Test
  void namesWithControlCharactersAreQuotedWithEscapes() {
    assertEquals("\"a\\nb.txt\"", PrintableText.quoted("a\nb.txt"));
    assertEquals("\"a\\r\\tb.txt\"", PrintableText.quoted("a\r\tb.txt"));
    assertEquals("\"\\u001B[31mred.txt\"", PrintableText.quoted("\u001b[31mred.txt"));
    assertEquals("\"next\\u0085line.txt\"", PrintableText.quoted("next\u0085line.txt"));
  }

  @Test
  void namesWithSeparatorsOrBidirectionalOverridesAreQuoted() {
    assertEquals("\"a\\u2028b.txt\"", PrintableText.quoted("a\u2028b.txt"));
    assertEquals("\"report\\u202Etxt.exe\"", PrintableText.quoted("report\u202Etxt.exe"));
  }

  @Test
  void quotesAndBackslashesInAQuotedNameAreEscaped() {
    assertEquals("\"say \\\"hi\\\".txt\"", PrintableText.quoted("say \"hi\".txt"));
    assertEquals("\"back\\\\slash.txt\"", PrintableText.quoted("back\\slash.txt"));
  }

  @Test
  void escapedTextKeepsItsQuotesAndStaysOnOneLine() {
    assertEquals("plain \"text\"", PrintableText.escaped("plain \"text\""));
    assertEquals(
        "cannot read: no such file: /corpus/a\\nb.txt",
        PrintableText.escaped("cannot read: no such file: /corpus/a\nb.txt"));
  }

  @Test
  void skippedFileIsPrintedAsOneLine() {
    assertEquals(
        "\"a\\nb.txt\": not a readable PDF: bad \\u001B byte",
        new SkippedFile("a\nb.txt", "not a readable PDF: bad \u001b byte").printable());
  }
}
