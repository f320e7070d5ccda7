package org.policysearch.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.util.Matrix;

/** Small real PDFs for tests, drawn with PDFBox. */
public final class TestPdfs {
  private TestPdfs() {}

  /** A bookmark of a test PDF: its words, its depth from 1, and the page it opens, from 0. */
  public record Bookmark(String title, int level, int page) {}

  /**
   * A line to draw in another size than the body's 12 points, {@code "18|Our vision"}, or in bold,
   * {@code "b|Next steps"} or {@code "14b|Our vision"}.
   */
  private static final Pattern SIZED = Pattern.compile("(\\d{1,2})?(b)?\\|(.*)");

  /**
   * A PDF with one page per entry, each line of an entry drawn on its own line, in 12 points or in
   * the size it starts with ({@code "18|Our vision"}), in Helvetica or, marked {@code b}, in its
   * bold ({@code "b|Next steps"}).
   */
  public static byte[] pdf(String title, List<List<String>> pages) throws IOException {
    return pdf(title, pages, List.of());
  }

  /** The same, with these bookmarks in its outline panel, in their order. */
  public static byte[] pdf(String title, List<List<String>> pages, List<Bookmark> bookmarks)
      throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.setLeading(16);
          content.newLineAtOffset(72, 720);
          for (String line : lines) {
            Matcher sized = SIZED.matcher(line);
            int size =
                sized.matches() && sized.group(1) != null ? Integer.parseInt(sized.group(1)) : 12;
            // Larger type takes more room above and below, as a typesetter gives it: lines
            // set closer would overlap, and be read as one.
            float room = Math.max(0, size - 12);
            if (room > 0) {
              content.newLineAtOffset(0, -room);
            }
            content.setFont(sized.matches() && sized.group(2) != null ? bold : font, size);
            content.showText(sized.matches() ? sized.group(3) : line);
            content.setFont(font, 12);
            content.newLine();
            if (room > 0) {
              content.newLineAtOffset(0, -room / 2);
            }
          }
          content.endText();
        }
      }
      if (title != null) {
        pdf.getDocumentInformation().setTitle(title);
      }
      if (!bookmarks.isEmpty()) {
        PDDocumentOutline outline = new PDDocumentOutline();
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        List<PDOutlineNode> open = new ArrayList<>(List.of(outline));
        for (Bookmark bookmark : bookmarks) {
          PDOutlineItem item = new PDOutlineItem();
          item.setTitle(bookmark.title());
          PDPageFitDestination destination = new PDPageFitDestination();
          destination.setPage(pdf.getPage(bookmark.page()));
          item.setDestination(destination);
          open.subList(bookmark.level(), open.size()).clear();
          open.get(open.size() - 1).addLast(item);
          open.add(item);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** Lines drawn from {@code start}, a text matrix that may turn them, each 16 points below. */
  public record Run(Matrix start, List<String> lines) {
    /** Upright lines from ({@code x}, {@code y}). */
    public static Run upright(float x, float y, String... lines) {
      return new Run(Matrix.getTranslateInstance(x, y), List.of(lines));
    }

    /** Lines turned {@code degrees} counter-clockwise about ({@code x}, {@code y}). */
    public static Run turned(int degrees, float x, float y, String... lines) {
      return new Run(Matrix.getRotateInstance(Math.toRadians(degrees), x, y), List.of(lines));
    }
  }

  /**
   * A letter-size page shown turned clockwise by {@code rotation} degrees (its {@code /Rotate}),
   * its content drawn through {@code frame}.
   */
  public record TurnedPage(int rotation, Matrix frame, List<Run> runs) {
    /** A page that is not turned, its content drawn as it is. */
    public static TurnedPage upright(Run... runs) {
      return new TurnedPage(0, new Matrix(), List.of(runs));
    }

    /**
     * A page shown turned by {@code rotation} (90 or 270) whose content is drawn in the frame a
     * reader sees, 792 points wide and 612 high: it reads upright on the screen.
     */
    public static TurnedPage shownUpright(int rotation, Run... runs) {
      Matrix frame =
          rotation == 90 ? new Matrix(0, 1, -1, 0, 612, 0) : new Matrix(0, -1, 1, 0, 0, 792);
      return new TurnedPage(rotation, frame, List.of(runs));
    }

    /** A page shown turned by {@code rotation} whose content is drawn as if it were not. */
    public static TurnedPage shownSideways(int rotation, Run... runs) {
      return new TurnedPage(rotation, new Matrix(), List.of(runs));
    }
  }

  /** A PDF of these pages, their text in 12-point Helvetica. */
  public static byte[] turned(List<TurnedPage> pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (TurnedPage turned : pages) {
        PDPage page = new PDPage();
        page.setRotation(turned.rotation());
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.transform(turned.frame());
          for (Run run : turned.runs()) {
            content.beginText();
            content.setFont(font, 12);
            content.setLeading(16);
            content.setTextMatrix(run.start());
            for (String line : run.lines()) {
              content.showText(line);
              content.newLine();
            }
            content.endText();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** A three-page report, one article a page, titled "Quantum Report" in its Info. */
  public static byte[] pagedReport() throws IOException {
    return pdf(
        "Quantum Report",
        List.of(
            List.of("Article 1 Scope", "This report covers quantum sensing."),
            List.of("Article 2 Funding", "Each quantum hub receives a grant over ten years."),
            List.of(
                "Article 3 Partners",
                "The hubs work with trusted partners.",
                "Their reports on lithium are public.")));
  }

  /**
   * A two-page accord whose words break across lines: "estab-" / "lishment", "nego-" / "tiation",
   * "long-" / "term", and "re-" / "duce" across the page break.
   */
  public static byte[] hyphenatedAccord() throws IOException {
    return pdf(
        "Trade Facilitation Accord",
        List.of(
            List.of(
                "Article 1 Committee",
                "The Parties shall promote the estab-",
                "lishment of a joint committee and the nego-",
                "tiation of long-",
                "term arrangements to re-"),
            List.of("duce barriers to trade in goods.")));
  }

  /** A one-page PDF whose trailer says it is encrypted with public-key (certificate) security. */
  public static byte[] encryptedForCertificates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.save(out, CompressParameters.NO_COMPRESSION);
    }
    String plain = out.toString(StandardCharsets.ISO_8859_1);
    String encrypted =
        plain.replace(
            "trailer\n<<",
            "trailer\n<<\n/Encrypt << /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4"
                + " /Length 128 >>");
    if (!encrypted.contains("/Adobe.PubSec")) {
      throw new IllegalStateException("no trailer to mark encrypted in " + plain);
    }
    return encrypted.getBytes(StandardCharsets.ISO_8859_1);
  }
}
