package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the entries of a printed table of contents: a heading's words, a run of dot leaders and the
 * page it starts on ("2.1 Scope . . . . . . 4"), which would otherwise run together into one long
 * passage of every heading's words and outrank the sections themselves.
 */
final class ContentsEntries {
  /**
   * Dot leaders (four dots or more, spaced or not, or ellipses) and a page number, in digits or in
   * the Roman numerals of a front matter, closing the line.
   */
  private static final Pattern ENTRY =
      Pattern.compile("(?:[.\u2026]\\s?){4,}\\s*(?:\\d{1,4}|[ivxlc]{1,7})$");

  /** How far from a line's end its leaders and page number are looked for. */
  private static final int TAIL = 40;

  /**
   * The heading of a table of contents, which names nothing once its entries are gone: a plain
   * line, or the Markdown heading a reader made of it (a PDF's bookmark or type size).
   */
  private static final Pattern HEADING =
      Pattern.compile("(?i)(?:#{1,6}\\s+)?(?:(?:table\\s+of\\s+)?contents|sommaire|[íi]ndice)");

  private ContentsEntries() {}

  /** {@code lines} without the entries of a table of contents, nor its heading. */
  static List<SourceLine> without(List<SourceLine> lines) {
    List<SourceLine> kept = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      if (!isEntry(line.text())) {
        kept.add(line);
        continue;
      }
      int last = kept.size() - 1;
      while (last >= 0 && kept.get(last).blank()) {
        last--;
      }
      if (last >= 0 && HEADING.matcher(kept.get(last).text()).matches()) {
        kept.remove(last);
      }
    }
    return kept;
  }

  static boolean isEntry(String line) {
    // Only a line that ends in a digit or a Roman numeral's letter can be one: most lines are
    // passed over without the pattern.
    if (line.isEmpty() || line.indexOf('.') < 0 && line.indexOf('\u2026') < 0) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (!Character.isDigit(last) && "ivxlc".indexOf(last) < 0) {
      return false;
    }
    // The leaders and number closing the line lie within its last characters: a long line of
    // prose is not searched from its start.
    Matcher leaders = ENTRY.matcher(line);
    leaders.region(Math.max(0, line.length() - TAIL), line.length());
    return leaders.find();
  }
}
