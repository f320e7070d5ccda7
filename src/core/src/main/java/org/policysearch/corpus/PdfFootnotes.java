package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.corpus.PdfLines.Line;

/**
 * Moves a page's footnotes out of the sentence they would otherwise break. A report's footnotes
 * stand at the foot of the page, set smaller than its text, between a sentence that runs on to the
 * next page and its end: read in order, the footnote joined the sentence's first half ("the Parties
 * shall 1 See the Joint Statement of 2023") and the second half became a passage of its own. Each
 * footnote now stands as a paragraph of its own after the sentence the page break cut, on the next
 * page, or at its page's foot where no sentence runs on.
 *
 * <p>A footnote block is the run of lines at a page's foot, above its running foot and page number
 * if any, set a twelfth smaller than the body text or more, whose first line opens with a note's
 * mark (a number, {@code *}, {@code †}, {@code [3]}, a superscript digit) that the page's text
 * calls ({@code shall1}, {@code research.1}: right after a word or a sign); each marked line opens
 * a note. A table or a caption set small is neither.
 */
final class PdfFootnotes {
  private static final Pattern MARK =
      Pattern.compile(
          "^(\\d{1,3}|[*†‡§¶]{1,3}|\\[\\d{1,3}]|\\(\\d{1,3}\\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\\s*\\S");

  /** A line that ends a sentence, closing quotes, brackets and a note's call aside. */
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?:;][\"'\u201D\u2019)\\]\u00B9\u00B2\u00B3\u2070\u2074-\u2079]*");

  /** A page's number at its foot ("12", "- 12 -", "Page 3 of 10"); "2023." ends a note. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)\\s*(?:page\\s+)?[-–]?\\s*(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s*(?:of|/)\\s*\\d{1,4})?\\s*[-–]?\\s*");

  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** How far down the next page the end of the sentence is looked for. */
  private static final int MAX_RUN_ON_LINES = 12;

  private PdfFootnotes() {}

  /** {@code pdf}'s lines with each page's footnotes after the sentence its foot cuts. */
  static PdfLines moved(PdfLines pdf) {
    int body = pdf.bodySize();
    if (body == 0) {
      return pdf;
    }
    PageEdges.Located edges = PageEdges.of(pdf, false);
    List<List<Line>> pages = new ArrayList<>();
    for (int p = 0; p < pdf.pages(); p++) {
      pages.add(new ArrayList<>());
    }
    List<List<Integer>> places = new ArrayList<>(); // each page line's place among all lines
    for (int p = 0; p < pdf.pages(); p++) {
      places.add(new ArrayList<>());
    }
    List<Line> lines = pdf.lines();
    for (int i = 0; i < lines.size(); i++) {
      pages.get(lines.get(i).page()).add(lines.get(i));
      places.get(lines.get(i).page()).add(i);
    }
    List<List<Line>> carried = new ArrayList<>(); // footnotes to place on each page
    for (int p = 0; p < pdf.pages(); p++) {
      carried.add(new ArrayList<>());
    }
    for (int p = 0; p < pdf.pages(); p++) {
      List<Line> page = pages.get(p);
      int[] block = footnoteBlock(page, places.get(p), edges, body);
      if (block == null) {
        continue;
      }
      List<Line> notes = new ArrayList<>(page.subList(block[0], block[1]));
      page.subList(block[0], block[1]).clear();
      superscriptCalls(page.subList(0, block[0]), notes);
      Line before = lastText(page, block[0]);
      boolean runsOn = before != null && !SENTENCE_END.matcher(before.text().strip()).matches();
      if (runsOn && p + 1 < pdf.pages()) {
        carried.get(p + 1).addAll(notes);
      } else {
        page.addAll(block[0], paragraphs(notes, p));
      }
    }
    List<Line> moved = new ArrayList<>(lines.size() + 8);
    for (int p = 0; p < pdf.pages(); p++) {
      List<Line> page = pages.get(p);
      if (!carried.get(p).isEmpty()) {
        int end = runOnEnd(page);
        page.addAll(end, paragraphs(carried.get(p), p));
      }
      moved.addAll(page);
    }
    return new PdfLines(moved, pdf.pages());
  }

  /**
   * Where a page's footnotes stand among its lines (from, to), or null: the smaller lines at its
   * foot, above what recurs there, the first of them opening with a mark and a body line above.
   */
  private static int[] footnoteBlock(
      List<Line> page, List<Integer> places, PageEdges.Located edges, int body) {
    int end = page.size();
    // The running foot and page number stay where they are, for the outline parser to drop.
    while (end > 0
        && (page.get(end - 1).text().isBlank()
            || edges.furniture(places.get(end - 1))
            || PAGE_NUMBER.matcher(page.get(end - 1).text()).matches())) {
      end--;
    }
    int start = end;
    while (start > 0 && smaller(page.get(start - 1), body)) {
      start--;
    }
    if (start == end || start == 0) {
      return null;
    }
    Matcher mark = MARK.matcher(page.get(start).text().strip());
    Line above = lastText(page, start);
    return mark.find()
            && above != null
            && above.size() >= body
            && referenced(page.subList(0, start), mark.group(1))
        ? new int[] {start, end}
        : null;
  }

  /**
   * Whether the page's text calls the note {@code mark}: the mark right after a word or a sign
   * ("shall1", "research.1", "end,*"), not after a space or a digit ("Article 1", "2023", "3.1").
   */
  private static boolean referenced(List<Line> text, String mark) {
    Pattern call = call(mark);
    return text.stream().anyMatch(line -> call.matcher(line.text()).find());
  }

  /** A call of the note {@code mark} in the text: right after a word or a sign. */
  private static Pattern call(String mark) {
    return Pattern.compile(
        "(?<=[\\p{L}.,;:)\\]\"'\u201D\u2019])(?<!\\p{N}[.,:])[\\[(]?"
            + Pattern.quote(mark.replaceAll("[\\[\\]()]", ""))
            + "[\\])]?(?!\\p{N})");
  }

  /**
   * {@code text} with its first call of each numbered note in {@code notes} written as the
   * superscript it was printed as ("shall¹", not "shall1"): a reader sees the mark, and a search
   * for "shall" finds the word, which the digits glued to it hid.
   */
  private static void superscriptCalls(List<Line> text, List<Line> notes) {
    for (Line note : notes) {
      Matcher mark = MARK.matcher(note.text().strip());
      if (!mark.find() || !mark.group(1).chars().allMatch(Character::isDigit)) {
        continue;
      }
      Pattern call = call(mark.group(1));
      for (int i = 0; i < text.size(); i++) {
        Line line = text.get(i);
        Matcher found = call.matcher(line.text());
        if (found.find()) {
          String raised = superscript(mark.group(1));
          text.set(
              i,
              new Line(
                  line.text().substring(0, found.start())
                      + raised
                      + line.text().substring(found.end()),
                  line.page(),
                  line.size()));
          break;
        }
      }
    }
  }

  private static String superscript(String digits) {
    StringBuilder raised = new StringBuilder(digits.length());
    for (char digit : digits.toCharArray()) {
      raised.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
    }
    return raised.toString();
  }

  private static boolean smaller(Line line, int body) {
    return line.size() > 0 && line.size() * 12 <= body * 11;
  }

  /** The last line with text before {@code end}, or null. */
  private static Line lastText(List<Line> page, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (!page.get(i).text().isBlank()) {
        return page.get(i);
      }
    }
    return null;
  }

  /**
   * Where the sentence a page opens with ends: after its first line that ends a sentence, within
   * the first lines; else at the page's top, where the notes then at least stand apart.
   */
  private static int runOnEnd(List<Line> page) {
    for (int i = 0; i < Math.min(page.size(), MAX_RUN_ON_LINES); i++) {
      if (SENTENCE_END.matcher(page.get(i).text().strip()).matches()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** {@code notes} as paragraphs of their own on page {@code page}: a blank line before each. */
  private static List<Line> paragraphs(List<Line> notes, int page) {
    List<Line> out = new ArrayList<>();
    for (Line note : notes) {
      if (MARK.matcher(note.text().strip()).find()) {
        out.add(new Line("", page, 0));
      }
      out.add(new Line(note.text(), page, note.size()));
    }
    out.add(new Line("", page, 0));
    return out;
  }
}
