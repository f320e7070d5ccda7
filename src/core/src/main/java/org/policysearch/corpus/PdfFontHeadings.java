package org.policysearch.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text with the lines set larger than its body text made Markdown headings, one level per
 * size from the largest down, so that a report without bookmarks keeps the outline its type sizes
 * show: an unnumbered sub-section ("Funding the hubs" under "Research and skills") nests where the
 * shapes of its lines alone would make it a sibling.
 *
 * <p>The body size is the one most of the text is set in. A line is a heading where it is set a
 * tenth larger than that and a point at least, holds a letter and at most {@value #MAX_WORDS}
 * words, ends no sentence or clause, and is no entry of a table of contents; lines of one size that
 * follow each other on a page are one heading wrapped. A size whose lines all come before the first
 * line of body text is the cover's (a title, an author) and heads nothing.
 */
final class PdfFontHeadings {
  private static final int MAX_WORDS = 20;

  /** How many lines a wrapped heading may take. */
  private static final int MAX_LINES = 3;

  private static final Pattern CONTENTS_LEADERS = Pattern.compile("(?:\\.\\s?){4,}");

  /**
   * One line of the text: where it stands ({@code start} to {@code end}, without its separator),
   * the page it is on, and the size most of its letters are set in (in half points; 0 for none).
   */
  record Line(int start, int end, int page, int size) {}

  /** The text PDFBox writes, pages separated by {@code \f}, and its lines with their sizes. */
  record Styled(String text, List<Line> lines) {}

  private PdfFontHeadings() {}

  /**
   * The text of {@code pdf}, lines ending in {@code \n} and every page in {@code \f}, with its
   * lines' sizes.
   */
  static Styled read(PDDocument pdf) throws IOException {
    SizedLines stripper = new SizedLines();
    stripper.setLineSeparator("\n");
    stripper.setPageStart("");
    stripper.setPageEnd("\f");
    StringWriter out = new StringWriter();
    stripper.writeText(pdf, out);
    // The same length: the lines' places stand.
    return new Styled(LiteralHashes.escaped(out.toString()), stripper.lines);
  }

  /** The text of {@code styled} with its larger lines made Markdown headings. */
  static String asHeadings(Styled styled) {
    List<Line> lines = styled.lines();
    String text = styled.text();
    int body = bodySize(lines);
    if (body == 0) {
      return text;
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
    // A running head set in a heading's size recurs in that size: a chapter's heading on its first
    // page is not one because its words stand, smaller, atop the chapter's other pages.
    List<List<String>> keys = new ArrayList<>();
    List<Integer> indexOnPage = new ArrayList<>();
    for (Line line : lines) {
      while (keys.size() <= line.page()) {
        keys.add(new ArrayList<>());
      }
      indexOnPage.add(keys.get(line.page()).size());
      String key = PageEdges.key(text.substring(line.start(), line.end()));
      keys.get(line.page()).add(key.isEmpty() ? key : key + "@" + line.size());
    }
    PageEdges edges = new PageEdges(keys);
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
              && !edges.furniture(line.page(), indexOnPage.get(i))
              && headingLike(text.substring(line.start(), line.end()));
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
      return text;
    }
    Map<Integer, Integer> levels = new HashMap<>();
    for (int size : sizes.descendingSet()) {
      levels.put(size, Math.min(6, levels.size() + 1));
    }
    StringBuilder headed = new StringBuilder(text.length() + 64);
    int copied = 0;
    for (int i = 0; i < lines.size(); ) {
      Line line = lines.get(i);
      Integer level = candidate[i] ? levels.get(line.size()) : null;
      if (level == null) {
        i++;
        continue;
      }
      int last = i;
      String words = text.substring(line.start(), line.end()).strip();
      while (last + 1 < lines.size()
          && last + 1 - i < MAX_LINES
          && candidate[last + 1]
          && lines.get(last + 1).size() == line.size()
          && lines.get(last + 1).page() == line.page()) {
        Line next = lines.get(last + 1);
        String joined = words + " " + text.substring(next.start(), next.end()).strip();
        if (wordCount(joined) > MAX_WORDS) {
          break;
        }
        words = joined;
        last++;
      }
      i = last + 1;
      if (line.page() == 0 && !headsText(lines, last)) {
        continue;
      }
      headed.append(text, copied, line.start());
      headed.append("#".repeat(level)).append(' ').append(words);
      copied = lines.get(last).end();
    }
    headed.append(text, copied, text.length());
    return headed.toString();
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

  /** The size most letters of the text are set in, or 0 for a text without letters. */
  private static int bodySize(List<Line> lines) {
    Map<Integer, Integer> letters = new HashMap<>();
    for (Line line : lines) {
      if (line.size() > 0) {
        letters.merge(line.size(), line.end() - line.start(), Integer::sum);
      }
    }
    return letters.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(0);
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

  /**
   * PDFBox's stripper, noting where each line it writes starts and ends and the size most of its
   * letters are set in.
   */
  private static final class SizedLines extends PDFTextStripper {
    private final List<Line> lines = new ArrayList<>();
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private StringWriter out;
    private int lineStart;
    private int page;

    @Override
    public void writeText(PDDocument doc, Writer writer) throws IOException {
      out = (StringWriter) writer;
      super.writeText(doc, writer);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      for (TextPosition position : positions) {
        if (!position.getUnicode().isBlank()) {
          sizes.merge(Math.round(position.getFontSizeInPt() * 2), 1, Integer::sum);
        }
      }
      super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      endLine();
      super.writeLineSeparator();
      lineStart = length();
    }

    @Override
    protected void writePageEnd() throws IOException {
      endLine();
      super.writePageEnd();
      lineStart = length();
      page++;
    }

    private void endLine() throws IOException {
      output.flush();
      int size =
          sizes.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(0);
      lines.add(new Line(lineStart, length(), page, size));
      sizes.clear();
    }

    private int length() {
      return out.getBuffer().length();
    }
  }
}
