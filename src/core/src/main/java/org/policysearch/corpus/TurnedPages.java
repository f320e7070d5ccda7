package org.policysearch.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads again, one direction at a time, the PDF pages whose text PDFBox's stripper breaks into
 * letters ("F ram ew o rk"): those with text set in another direction than the page is shown in (a
 * landscape table up a portrait page, a caption set sideways, a page shown turned whose text is
 * not). PDFBox orders a page's glyphs as if they stood upright in the page's shown frame, so its
 * own tool, {@code ExtractText -rotationMagic}, reads each direction of a page's text apart, the
 * page's content turned first to set that direction upright; this does the same.
 *
 * <p>A page whose text all stands in the direction it is shown in keeps the stripper's first
 * reading: PDFBox reads it whole, and each reading again costs a pass over the page.
 */
final class TurnedPages {
  private TurnedPages() {}

  /**
   * The lines {@code read} wrote of {@code pdf}, each page's read upright direction by direction.
   */
  static List<PdfLines.Line> upright(PDDocument pdf, SizedLines read) {
    List<PdfLines.Line> lines = read.lines();
    List<PdfLines.Line> upright = new ArrayList<>(lines.size());
    int from = 0;
    for (int page = 0; page < read.pages(); page++) {
      int to = from;
      while (to < lines.size() && lines.get(to).page() == page) {
        to++;
      }
      int filePage = read.filePage(page);
      SortedSet<Integer> directions = read.directions(filePage);
      int shown = Math.floorMod(pdf.getPage(filePage).getRotation(), 360);
      List<PdfLines.Line> first = lines.subList(from, to);
      upright.addAll(
          directions.stream().allMatch(angle -> angle == shown)
              ? first
              : readTurned(pdf, filePage, page, inReadingOrder(directions, shown), first));
      from = to;
    }
    return upright;
  }

  /**
   * The directions in the order they are read: PDFBox's, by angle, but starting from the one the
   * page is shown in, so that the text a reader sees upright comes first, as on a page not turned;
   * on such a page the order is PDFBox's.
   */
  private static List<Integer> inReadingOrder(SortedSet<Integer> directions, int shown) {
    return directions.stream()
        .sorted(Comparator.comparingInt(angle -> Math.floorMod(angle - shown, 360)))
        .toList();
  }

  /**
   * The lines of the file's page {@code filePage}, written as page {@code page}, its text in each
   * of {@code directions} read in turn with the page not shown turned and its content turned to set
   * that direction upright.
   */
  private static List<PdfLines.Line> readTurned(
      PDDocument pdf, int filePage, int page, List<Integer> directions, List<PdfLines.Line> first) {
    try {
      return readTurned(pdf, filePage, page, directions);
    } catch (IOException | RuntimeException e) {
      // PDFBox read the page once; one it cannot read again keeps that reading, broken words and
      // all, rather than lose the file.
      return first;
    }
  }

  private static List<PdfLines.Line> readTurned(
      PDDocument pdf, int filePage, int page, List<Integer> directions) throws IOException {
    PDPage turned = pdf.getPage(filePage);
    COSDictionary dictionary = turned.getCOSObject();
    // The page is left as it was found, for the readers after this one.
    COSBase rotation = dictionary.getItem(COSName.ROTATE);
    COSBase contents = dictionary.getItem(COSName.CONTENTS);
    // PDFBox prepends to an array of content streams in the array itself.
    COSArray parts = dictionary.getCOSArray(COSName.CONTENTS);
    int partCount = parts == null ? 0 : parts.size();
    List<PdfLines.Line> lines = new ArrayList<>();
    turned.setRotation(0);
    try {
      for (int direction : directions) {
        try {
          if (direction != 0) {
            try (PDPageContentStream turning =
                new PDPageContentStream(
                    pdf, turned, PDPageContentStream.AppendMode.PREPEND, false)) {
              turning.transform(Matrix.getRotateInstance(-Math.toRadians(direction), 0, 0));
            }
          }
          SizedLines stripper = new SizedLines(page, direction);
          stripper.setStartPage(filePage + 1);
          stripper.setEndPage(filePage + 1);
          stripper.writeText(pdf, new StringWriter());
          List<PdfLines.Line> read = stripper.lines();
          if (read.stream().anyMatch(line -> !line.text().isBlank())) {
            // Text set in another direction is a block of its own, a table or a caption: a blank
            // line keeps it from running on from the last paragraph of the direction before.
            if (!lines.isEmpty()) {
              lines.add(new PdfLines.Line("", page, 0));
            }
            lines.addAll(read);
          }
        } finally {
          if (parts != null && parts.size() > partCount) {
            parts.remove(0);
          }
          dictionary.setItem(COSName.CONTENTS, contents);
        }
      }
    } finally {
      dictionary.setItem(COSName.ROTATE, rotation);
    }
    if (lines.isEmpty()) {
      lines.add(new PdfLines.Line("", page, 0)); // a page holds a line, be it blank
    }
    return lines;
  }
}
