package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a snippet may begin and end without an ellipsis. */
class SnippetFormatterTest {
  private static final String TEXT =
      "The Parties agree. They fund the U.S. Government office and Art. 5 bodies! Why? "
          + "\"Quoted end.\" Next one";

  @Test
  void sentenceStartsAfterAFullStopButNotAfterAnAbbreviation() {
    assertTrue(SnippetFormatter.startsSentence(TEXT, 0));
    assertTrue(SnippetFormatter.startsSentence(TEXT, TEXT.indexOf("They")));
    assertFalse(SnippetFormatter.startsSentence(TEXT, TEXT.indexOf("Government")));
    assertFalse(SnippetFormatter.startsSentence(TEXT, TEXT.indexOf("5 bodies")));
    assertFalse(SnippetFormatter.startsSentence(TEXT, TEXT.indexOf("fund")));
    assertTrue(SnippetFormatter.startsSentence(TEXT, TEXT.indexOf("Why")));
    assertTrue(SnippetFormatter.startsSentence(TEXT, TEXT.indexOf("Next")));
  }

  @Test
  void lowerCaseWordAfterAFullStopContinuesTheSentence() {
    String text = "See the annex. and the rest";
    assertFalse(SnippetFormatter.startsSentence(text, text.indexOf("and")));
  }

  @Test
  void sentenceEndsAtAStopOrTheEndOfTheText() {
    assertTrue(SnippetFormatter.endsSentence(TEXT, TEXT.indexOf("They")));
    assertTrue(SnippetFormatter.endsSentence(TEXT, TEXT.indexOf(" Next")));
    assertFalse(SnippetFormatter.endsSentence(TEXT, TEXT.indexOf(" Government")));
    assertFalse(SnippetFormatter.endsSentence(TEXT, TEXT.indexOf(" office")));
    assertTrue(SnippetFormatter.endsSentence(TEXT, TEXT.length()));
  }
}
