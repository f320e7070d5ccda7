package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.policysearch.corpus.PdfLines.Line;

/**
 * A PDF's text with the lines set larger than its body text made Markdown headings, one level per
 * size from the largest down, so that a report without bookmarks keeps the outline its type sizes
 * show: an unnumbered sub-section ("Funding the hubs" under "Research and skills") nests where the
 * shapes of its lines alone would make it a sibling.
 *
 * <p>The body size is the one most of the text is set in. A line is a heading where it is set 15 %
 * larger than that (a word processor's third heading level, 12 points over 11, is left to the
 * lines' shapes, as are bold lines of the body's size), holds a letter and at most {@value
 * #MAX_WORDS} words, ends no sentence or clause, and is no entry of a table of contents; lines of
 * one size that follow each other on a page are one heading wrapped. A size whose lines all come
 * before the first line of body text is the cover's (a title, an author) and heads nothing, and so
 * do the first page's lines before its first paragraph of body text and those that end it, and a
 * running head ({@link PageEdges}) set large.
 */
final class PdfFontHeadings {
  private static final int MAX_WORDS = 20;

  /** How many lines a wrapped heading may take. */
  private static final int MAX_LINES = 3;

  private static final Pattern CONTENTS_LEADERS = Pattern.compile("(?:\\.\\s?){4,}");

  private PdfFontHeadings() {}

  /** {@code pdf}'s lines with its larger ones made Markdown headings. */
  static PdfLines asHeadings(PdfLines pdf) {
    List<Line> lines = pdf.lines();
    int body = pdf.bodySize();
    if (body == 0) {
      return pdf;
    }
    // The first page's lines before its first paragraph of body text (two lines in a row) are
    // its title block, or a cover's: the title, a subtitle, the authors head nothing.
    int titleBlockEnd = 0;
    while (titleBlockEnd < lines.size()
        && lines.get(titleBlockEnd).page() == 0
        && !(lines.get(titleBlockEnd).size() == body
            && titleBlockEnd + 1 < lines.size()
            && lines.get(titleBlockEnd + 1).size() == body)) {
      titleBlockEnd++;
    }
    PageEdges.Located edges = PageEdges.of(pdf, true);
    boolean[] candidate = new boolean[lines.size()];
    int firstBody = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (firstBody < 0 && line.size() == body) {
        firstBody = i;
      }
      candidate[i] =
          line.size() * 20 >= body * 23
              && i >= titleBlockEnd
              && !edges.furniture(i)
              && headingLike(line.text());
    }
    // The sizes that head something, largest first: a size seen only before the body is the
    // cover's.
    TreeSet<Integer> sizes = new TreeSet<>();
    for (int i = Math.max(firstBody, 0); i < lines.size(); i++) {
      if (candidate[i]) {
        sizes.add(lines.get(i).size());
      }
    }
    if (sizes.isEmpty()) {
      return pdf;
    }
    Map<Integer, Integer> levels = new HashMap<>();
    for (int size : sizes.descendingSet()) {
      levels.put(size, Math.min(6, levels.size() + 1));
    }
    List<Line> headed = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); ) {
      Line line = lines.get(i);
      Integer level = candidate[i] ? levels.get(line.size()) : null;
      if (level == null) {
        headed.add(line);
        i++;
        continue;
      }
      int last = i;
      String words = line.text().strip();
      while (last + 1 < lines.size()
          && last + 1 - i < MAX_LINES
          && candidate[last + 1]
          && lines.get(last + 1).size() == line.size()
          && lines.get(last + 1).page() == line.page()) {
        String joined = words + " " + lines.get(last + 1).text().strip();
        if (wordCount(joined) > MAX_WORDS) {
          break;
        }
        words = joined;
        last++;
      }
      if (line.page() == 0 && !headsText(lines, last)) {
        headed.addAll(lines.subList(i, last + 1));
      } else {
        headed.add(new Line("#".repeat(level) + " " + words, line.page(), line.size()));
      }
      i = last + 1;
    }
    return new PdfLines(headed, pdf.pages());
  }

  /**
   * Whether a line of text follows line {@code last} on its page: the first page's foot holds a
   * cover's authors or publisher, not a heading (elsewhere a heading may end a page, its text on
   * the next).
   */
  private static boolean headsText(List<Line> lines, int last) {
    for (int j = last + 1; j < lines.size() && lines.get(j).page() == lines.get(last).page(); j++) {
      if (lines.get(j).size() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line's words could be a heading's: a letter, few words, no sentence's end. */
  private static boolean headingLike(String line) {
    String words = line.strip();
    if (words.isEmpty()
        || words.chars().noneMatch(Character::isLetter)
        || wordCount(words) > MAX_WORDS
        || CONTENTS_LEADERS.matcher(words).find()) {
      return false;
    }
    char last = words.charAt(words.length() - 1);
    return last != '.' && last != ',' && last != ';';
  }

  private static int wordCount(String words) {
    return words.isBlank() ? 0 : words.strip().split("\\s+").length;
  }
}
