package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

  @Test
  void aPathBecomesLowerCaseLatinWordsJoinedByHyphens() {
    assertEquals("reports-us-rok-deal", DocumentIds.of("Reports/US ROK Deal.pdf"));
    assertEquals("cote-d-ivoire-accord", DocumentIds.of("Côte d'Ivoire – Accord.txt"));
    assertEquals("report-md", DocumentIds.withExtension("report.md"));
    assertEquals("document", DocumentIds.of("---.txt"));
  }

  @Test
  void aNameInAnotherScriptGetsAnIdOfItsOwnThatStaysTheSame() {
    // All three were "document" (then "txt", "txt-2"), ids that moved as files came and went.
    String korean = DocumentIds.of("한국어.txt");
    String japanese = DocumentIds.of("日本語.txt");
    assertTrue(korean.matches("u[0-9a-f]{8}"), korean);
    assertNotEquals(korean, japanese);
    assertNotEquals(korean, DocumentIds.of("عربي.txt"));
    assertEquals(korean, DocumentIds.of("한국어.txt"));
    // Latin words keep their place beside it, as before.
    assertTrue(DocumentIds.of("Ünïcödé 한국어.txt").startsWith("unicode-u"));
    assertEquals("seoul-" + korean, DocumentIds.of("Seoul 한국어.md"));
  }
}
