package org.policysearch.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's stripper, noting each line it writes and the size most of its letters are set in, and
 * the directions the text of each page is set in ({@link GlyphAngle}).
 */
final class SizedLines extends PDFTextStripper {
  /** What {@link #turn} is for a stripper reading text in all directions. */
  private static final int ALL_DIRECTIONS = -1;

  private static final Pattern BOLD_NAME =
      Pattern.compile(
          "(?i:bold|black|heavy|[,-]demi\\b|[,-]medi(?:um)?\\b)|(?:^|\\+)CMBX?(?:SL|TI)?\\d");

  private final List<PdfLines.Line> lines = new ArrayList<>();
  private final Map<Integer, Integer> sizes = new HashMap<>();
  private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

  /** The angle whose text this reads, turned upright by it; or all text, as it stands. */
  private final int turn;

  /** The directions of each PDF page's text, by the page's index in the file. */
  private final Map<Integer, SortedSet<Integer>> directions = new HashMap<>();

  /** The index in the file of each page written. */
  private final List<Integer> filePages = new ArrayList<>();

  private int letters;
  private int boldLetters;
  private StringWriter out;
  private int lineStart;
  private int page;

  /** A stripper writing lines apart by {@code \n} and pages by {@code \f}, text of all angles. */
  SizedLines() {
    this(0, ALL_DIRECTIONS);
  }

  /**
   * A stripper writing the text set at {@code turn} degrees only, its lines on page {@code page},
   * of a page whose content is turned {@code turn} degrees clockwise first to set it upright.
   */
  SizedLines(int page, int turn) {
    this.page = page;
    this.turn = turn;
    setLineSeparator("\n");
    setPageStart("");
    setPageEnd("\f");
  }

  /** The lines written, in order. */
  List<PdfLines.Line> lines() {
    return lines;
  }

  /** How many pages were written. */
  int pages() {
    return page;
  }

  /**
   * The index in the file of page {@code page} written, which may be later: PDFBox skips pages
   * without content.
   */
  int filePage(int page) {
    return filePages.get(page);
  }

  /** The directions the text of the file's page {@code filePage} is set in, in degrees. */
  SortedSet<Integer> directions(int filePage) {
    return directions.getOrDefault(filePage, Collections.emptySortedSet());
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    int angle = GlyphAngle.of(glyph, Math.max(turn, 0));
    if (turn == ALL_DIRECTIONS) {
      directions.computeIfAbsent(getCurrentPageNo() - 1, p -> new TreeSet<>()).add(angle);
      super.processTextPosition(glyph);
    } else if (angle == turn) {
      super.processTextPosition(glyph);
    }
  }

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
        letters++;
        if (position.getFont() != null
            && boldFonts.computeIfAbsent(position.getFont(), SizedLines::isBold)) {
          boldLetters++;
        }
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

  /**
   * Writes the pages PDFBox skipped before this one as empty pages: it reads no page without a
   * content stream (a blank page some exporters write so), and the pages after one must keep their
   * numbers, which citations and the document view give.
   */
  @Override
  protected void writePageStart() throws IOException {
    if (turn == ALL_DIRECTIONS) {
      int filePage = getCurrentPageNo() - 1;
      for (int skipped = filePages.isEmpty() ? 0 : filePages.get(filePages.size() - 1) + 1;
          skipped < filePage;
          skipped++) {
        output.write(getPageEnd());
        output.flush();
        lineStart = length();
        filePages.add(skipped);
        page++;
      }
    }
    super.writePageStart();
  }

  @Override
  protected void writePageEnd() throws IOException {
    endLine();
    super.writePageEnd();
    lineStart = length();
    filePages.add(getCurrentPageNo() - 1);
    page++;
  }

  private void endLine() throws IOException {
    output.flush();
    int size =
        sizes.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(0);
    String text = out.getBuffer().substring(lineStart, length());
    // Nearly all: a bold word or two in a line of text does not make it a heading's.
    boolean bold = letters > 0 && boldLetters * 10 >= letters * 9;
    lines.add(new PdfLines.Line(LiteralHashes.escaped(text), page, size, bold));
    sizes.clear();
    letters = 0;
    boldLetters = 0;
  }

  /**
   * Whether a font is a bold face: its weight says so, or it is forced bold, or its name does
   * ({@code Arial-BoldMT}, {@code Calibri-Bold}, {@code Helvetica-Black}, {@code
   * SourceSansPro-Semibold}, Times's {@code NimbusRomNo9L-Medi}, TeX's {@code CMBX12}), as subset
   * fonts often carry no weight.
   */
  private static boolean isBold(PDFont font) {
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
      return true;
    }
    String name = font.getName();
    return name != null && BOLD_NAME.matcher(name).find();
  }

  private int length() {
    return out.getBuffer().length();
  }
}
