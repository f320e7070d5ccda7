package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document's normalised text, stripped of surrounding spaces.
 *
 * @param text the line without leading and trailing white space (empty for a blank line)
 * @param start offset of the stripped text's first character in the document's text
 * @param end offset just past the stripped text's last character
 */
record SourceLine(String text, int start, int end) {

  boolean blank() {
    return text.isEmpty();
  }

  /** The document's lines grouped by page; a text without form feeds is one page. */
  static List<List<SourceLine>> pages(String text) {
    List<List<SourceLine>> pages = new ArrayList<>();
    List<SourceLine> page = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\f') {
        // A trailing "\n" before a form feed or at the end ends a line; it does not open one.
        if (i > lineStart || c == '\n' && i < text.length()) {
          page.add(of(text, lineStart, i));
        }
        lineStart = i + 1;
        if (c == '\f') {
          pages.add(page);
          page = new ArrayList<>();
        }
      }
    }
    pages.add(page);
    return pages;
  }

  private static SourceLine of(String text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new SourceLine(text.substring(start, end), start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
