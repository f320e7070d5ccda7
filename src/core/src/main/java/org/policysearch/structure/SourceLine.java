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
  /**
   * The longest line kept whole, about 1,500 words: a longer one (a text without line breaks, a
   * flattened table) is cut into lines of at most this length, so that the outline is built a line
   * at a time rather than from one line the size of the file.
   */
  static final int MAX_CHARS = 10_000;

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
          addCut(page, text, lineStart, i);
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

  /**
   * Adds the line from {@code from} to {@code to}, cut when longer than {@link #MAX_CHARS}: after
   * the last full stop in the second half of the allowance, else at its last space, else anywhere.
   */
  private static void addCut(List<SourceLine> page, String text, int from, int to) {
    int start = from;
    while (to - start > MAX_CHARS) {
      int limit = start + MAX_CHARS;
      int cut = text.lastIndexOf(". ", limit - 2);
      if (cut < start + MAX_CHARS / 2) {
        cut = text.lastIndexOf(' ', limit - 1);
        cut = cut <= start ? limit : cut;
      } else {
        cut += 1;
      }
      page.add(of(text, start, cut));
      start = cut;
    }
    page.add(of(text, start, to));
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
