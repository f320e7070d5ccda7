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
 * larger than that, or in bold at the body's size or a little larger (a word processor's lower
 * heading levels, in a text mostly set in a regular face; at most {@value #MAX_BOLD_WORDS} words,
 * no colon at its end), holds a letter and at most {@value #MAX_WORDS} words, ends no sentence or
 * clause, and is no entry of a table of contents; lines of one style (size and face) that follow
 * each other on a page are one heading wrapped, one level per style, the larger first and a size's
 * bold above its regular. A size whose lines all come before the first line of body text is the
 * cover's (a title, an author) and heads nothing, and so do the first page's lines before its first
 * paragraph of body text and those that end it, and a running head ({@link PageEdges}) set large.
 */
final class PdfFontHeadings {
  private static final int MAX_WORDS = 20;

  /** A bold heading of the body's size is shorter: longer bold lines are emphasis. */
  private static final int MAX_BOLD_WORDS = 12;

  /** How many lines a wrapped heading may take. */
  private static final int MAX_LINES = 3;

  /**
   * A section's number opening a line: a keyword and its number ("ARTICLE 3", "Chapter IV"), or a
   * number alone ("2.1 Scope", "3. Funding", "IV. Annexes").
   */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:(?i:article|chapter|section|part|annex|appendix|schedule|title|rule)\\s+[\\dIVXLC]"
              + "|\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s|[IVXLC]{1,6}\\.\\s)");

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
    boolean boldStandsOut = pdf.bodyRegular();
    boolean[] candidate = new boolean[lines.size()];
    int firstBody = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (firstBody < 0 && line.size() == body) {
        firstBody = i;
      }
      candidate[i] =
          (larger(line, body) || boldHeading(line, body, boldStandsOut))
              && i >= titleBlockEnd
              && !edges.furniture(i)
              && headingLike(line.text());
    }
    // Bold headings numbered as an agreement numbers its articles ("ARTICLE 3", "2.1 Scope") are
    // the text rules' to nest, by their kind and number; marked, they would all take one level,
    // chapters and articles alike, and the unnumbered ones among them would hold the numbered.
    // So the bold lines head sections only in a text that numbers none of them.
    boolean numberedBold = false;
    for (int i = 0; i < lines.size(); i++) {
      numberedBold |=
          candidate[i]
              && !larger(lines.get(i), body)
              && NUMBERED.matcher(lines.get(i).text().strip()).find();
    }
    if (numberedBold) {
      for (int i = 0; i < lines.size(); i++) {
        candidate[i] &= larger(lines.get(i), body);
      }
    }
    // The styles that head something, the largest first, bold before regular in one size: a
    // style seen only before the body is the cover's.
    TreeSet<Integer> styles = new TreeSet<>();
    for (int i = Math.max(firstBody, 0); i < lines.size(); i++) {
      if (candidate[i]) {
        styles.add(style(lines.get(i)));
      }
    }
    if (styles.isEmpty()) {
      return pdf;
    }
    Map<Integer, Integer> levels = new HashMap<>();
    for (int style : styles.descendingSet()) {
      levels.put(style, Math.min(6, levels.size() + 1));
    }
    List<Line> headed = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); ) {
      Line line = lines.get(i);
      Integer level = candidate[i] ? levels.get(style(line)) : null;
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
          && style(lines.get(last + 1)) == style(line)
          && lines.get(last + 1).page() == line.page()) {
        String joined = words + " " + lines.get(last + 1).text().strip();
        if (wordCount(joined) > MAX_WORDS) {
          break;
        }
        words = joined;
        last++;
      }
      if (line.page() == 0 && !headsText(lines, last, candidate)) {
        headed.addAll(lines.subList(i, last + 1));
      } else {
        headed.add(new Line("#".repeat(level) + " " + words, line.page(), line.size()));
      }
      i = last + 1;
    }
    return new PdfLines(headed, pdf.pages());
  }

  /** Whether a line is set 15 % larger than the body text or more. */
  private static boolean larger(Line line, int body) {
    return line.size() * 20 >= body * 23;
  }

  /** A line's size and face as one number: a size's bold lines rank above its regular ones. */
  private static int style(Line line) {
    return line.size() * 2 + (line.bold() ? 1 : 0);
  }

  /**
   * Whether a line is a bold heading of the body's size or a little larger (a word processor's
   * lower heading levels): bold throughout in a text that is not, few words, and no label that a
   * colon ends ("Date:", "The Parties agree as follows:").
   */
  private static boolean boldHeading(Line line, int body, boolean boldStandsOut) {
    String words = line.text().strip();
    return boldStandsOut
        && line.bold()
        && line.size() >= body
        && wordCount(words) <= MAX_BOLD_WORDS
        && !words.endsWith(":");
  }

  /**
   * Whether a line of text, not another heading's, follows line {@code last} on its page: the first
   * page's foot holds a cover's authors or publisher, not a heading (elsewhere a heading may end a
   * page, its text on the next).
   */
  private static boolean headsText(List<Line> lines, int last, boolean[] candidate) {
    for (int j = last + 1; j < lines.size() && lines.get(j).page() == lines.get(last).page(); j++) {
      if (lines.get(j).size() > 0 && !candidate[j]) {
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
