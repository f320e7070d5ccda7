package org.policysearch.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

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

  /**
   * The text lines of {@code pdf}, text set sideways read upright ({@link TurnedPages}); a {@code
   * #} opening one is kept from being a heading.
   */
  static PdfLines read(PDDocument pdf) throws IOException {
    SizedLines stripper = new SizedLines();
    stripper.writeText(pdf, new StringWriter());
    return new PdfLines(TurnedPages.upright(pdf, stripper), stripper.pages());
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
}
