package org.policysearch.structure;

import java.util.Locale;
import java.util.Set;

/**
 * The words after which a number names a provision ("Article 5", "referred to in Chapter 19",
 * "paragraph 3"): what a sentence citing one leaves open at a line's end, and what each agreement
 * numbers its own way.
 */
public final class ProvisionWords {
  private static final Set<String> WORDS =
      Set.of(
          "article",
          "articles",
          "chapter",
          "chapters",
          "annex",
          "annexes",
          "appendix",
          "appendices",
          "section",
          "sections",
          "paragraph",
          "paragraphs",
          "subparagraph",
          "subparagraphs",
          "part",
          "parts",
          "title",
          "titles",
          "schedule",
          "schedules",
          "protocol",
          "protocols",
          "rule",
          "rules",
          "footnote",
          "note",
          "notes");

  private ProvisionWords() {}

  /** Whether {@code word}, in any case, is one a provision's number follows. */
  public static boolean names(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
