package org.policysearch.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF's text as PDFBox writes them, each with its page and the size most of its
 * letters are set in: what tells a heading (set larger) and a footnote (set smaller) from the text.
 *
 * @param lines the lines in reading order, every page holding one at least
 * @param pages how many pages there are
 */
record PdfLines(List<Line> lines, int pages) {
  /**
   * One line.
   *
   * @param text its text, without its line separator
   * @param page its page, from 0
   * @param size the size most of its letters are set in, in half points; 0 for a line without any
   * @param bold whether nearly all its letters are set in a bold face
   */
  record Line(String text, int page, int size, boolean bold) {
    /** A line in a regular face. */
    Line(String text, int page, int size) {
      this(text, page, size, false);
    }
  }

  PdfLines {
    lines = List.copyOf(lines);
  }

  /** The text lines of {@code pdf}; a {@code #} opening one is kept from being a heading. */
  static PdfLines read(PDDocument pdf) throws IOException {
    SizedLines stripper = new SizedLines();
    stripper.setLineSeparator("\n");
    stripper.setPageStart("");
    stripper.setPageEnd("\f");
    stripper.writeText(pdf, new StringWriter());
    return new PdfLines(stripper.lines, stripper.page);
  }

  /** The pages' text, lines ending in {@code \n} and pages separated by {@code \f}. */
  String text() {
    return String.join("\f", pageTexts());
  }

  /** Each page's text, lines separated by {@code \n}. */
  List<String> pageTexts() {
    List<StringBuilder> pages = new ArrayList<>();
    for (int p = 0; p < this.pages; p++) {
      pages.add(new StringBuilder());
    }
    boolean[] started = new boolean[this.pages];
    for (Line line : lines) {
      if (started[line.page()]) {
        pages.get(line.page()).append('\n');
      }
      started[line.page()] = true;
      pages.get(line.page()).append(line.text());
    }
    return pages.stream().map(StringBuilder::toString).toList();
  }

  /**
   * Whether the text in the body's size is mostly regular: where it is bold throughout, a bold line
   * stands out from nothing.
   */
  boolean bodyRegular() {
    int body = bodySize();
    long letters = 0;
    long bold = 0;
    for (Line line : lines) {
      if (line.size() == body) {
        letters += line.text().length();
        bold += line.bold() ? line.text().length() : 0;
      }
    }
    return bold * 5 < letters;
  }

  /** The size most letters of the text are set in, or 0 for a text without letters. */
  int bodySize() {
    Map<Integer, Integer> letters = new HashMap<>();
    for (Line line : lines) {
      if (line.size() > 0) {
        letters.merge(line.size(), line.text().length(), Integer::sum);
      }
    }
    return letters.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  /** PDFBox's stripper, noting each line it writes and the size most of its letters are set in. */
  private static final class SizedLines extends PDFTextStripper {
    private static final Pattern BOLD_NAME =
        Pattern.compile(
            "(?i:bold|black|heavy|[,-]demi\\b|[,-]medi(?:um)?\\b)|(?:^|\\+)CMBX?(?:SL|TI)?\\d");

    private final List<Line> lines = new ArrayList<>();
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private int letters;
    private int boldLetters;
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
      String text = out.getBuffer().substring(lineStart, length());
      // Nearly all: a bold word or two in a line of text does not make it a heading's.
      boolean bold = letters > 0 && boldLetters * 10 >= letters * 9;
      lines.add(new Line(LiteralHashes.escaped(text), page, size, bold));
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
}
