package org.policysearch.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of PDF files with PDFBox, one page after another separated by a form feed
 * ({@code \f}), so that the outline parser can find running headers and page numbers per page; an
 * Info title that is only a placeholder ({@code Microsoft Word - draft_v3.docx}) gives way to the
 * title its cover sets in its largest type ({@link PdfCoverTitle}), if any. The lines the file's
 * bookmarks point to become Markdown headings of the bookmarks' levels ({@link PdfOutline}), or
 * where it has none, the lines set larger than its text ({@link PdfFontHeadings}); footnotes stand
 * after the sentence their page's foot cut ({@link PdfFootnotes}).
 *
 * <p>PDFBox repairs what it can of a damaged file and says nothing, so a PDF cut short by a failed
 * download reads as one without text, or as its first pages only: the reader looks for the damage
 * itself (no end-of-file marker, a page whose content is missing) and says so.
 */
public final class PdfReader implements SourceReader {
  static final String NO_TEXT = "no extractable text (scanned image?)";

  /** Acrobat's own limits: the header within the first 1,024 bytes, the marker in the last. */
  private static final int MARKER_WINDOW = 1024;

  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** The security handler of a PDF encrypted for the holders of certificates. */
  private static final byte[] PUBLIC_KEY_SECURITY =
      "/Adobe.PubSec".getBytes(StandardCharsets.US_ASCII);

  @Override
  public SourceText read(byte[] content) {
    if (content.length == 0) {
      throw new UnreadableSourceException("empty file"); // as a text, page or Markdown file says
    }
    if (indexOf(content, HEADER, 0, MARKER_WINDOW) < 0) {
      // PDFBox's own words for it ("End-of-File, expected line at offset 202") say nothing useful.
      throw new UnreadableSourceException(
          "not a PDF (it does not begin with %PDF-): a file of another kind named .pdf?");
    }
    // Bytes of white space after the marker, as some uploads pad a file, leave it whole.
    int end = content.length;
    while (end > 0 && (Character.isWhitespace(content[end - 1]) || content[end - 1] == 0)) {
      end--;
    }
    boolean truncated = indexOf(content, END_OF_FILE, end - MARKER_WINDOW, end) < 0;
    try (PDDocument pdf = Loader.loadPDF(content)) {
      if (pdf.getNumberOfPages() == 0) {
        throw new UnreadableSourceException("a PDF without pages");
      }
      PdfLines lines = PdfLines.read(pdf);
      String text = pagesOf(pdf, lines);
      String damage = truncated ? "truncated" : missingContent(pdf) ? "page content missing" : null;
      if (text.replace('\f', ' ').isBlank()) {
        throw new UnreadableSourceException(
            damage == null ? NO_TEXT : damaged(damage, "no text could be recovered"));
      }
      String title = pdf.getDocumentInformation().getTitle();
      // Word and other exporters fill the Info title with a file name or "untitled": the cover's
      // title, or the text's own, is better than that.
      if (title == null || title.isBlank() || PlaceholderTitles.isPlaceholder(title)) {
        title = PdfCoverTitle.of(lines).orElse(null);
      }
      List<String> warnings =
          damage == null ? List.of() : List.of(damaged(damage, "its text may be incomplete"));
      return SourceText.normalised(text, title, warnings);
    } catch (InvalidPasswordException e) {
      throw new UnreadableSourceException(
          "encrypted PDF, cannot be opened without its password", e);
    } catch (LinkageError e) {
      // PDFBox opens a file encrypted for certificate holders through BouncyCastle, which this
      // build leaves out: without the recipient's private key there is no text to read anyway.
      throw new UnreadableSourceException(
          indexOf(content, PUBLIC_KEY_SECURITY, 0, content.length) >= 0
              ? "encrypted PDF for certificate holders, cannot be opened without the recipient's"
                  + " private key"
              : "not a readable PDF: PDFBox needs what this build lacks (" + e + ")",
          e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableSourceException unreadable) {
        throw unreadable;
      }
      // PDFBox reports damage both as IOException and as runtime exceptions from its parser.
      throw new UnreadableSourceException(
          truncated
              ? damaged("truncated", e.getMessage())
              : "not a readable PDF: " + e.getMessage(),
          e);
    }
  }

  private static String damaged(String damage, String consequence) {
    return "damaged PDF (" + damage + "): " + consequence;
  }

  /**
   * The pages' text, separated by {@code \f}, their footnotes out of the sentences they would
   * break, their headings marked by the file's bookmarks or, where none names a line, by the sizes
   * its lines are set in.
   */
  private static String pagesOf(PDDocument pdf, PdfLines read) throws IOException {
    PdfLines lines = PdfFootnotes.moved(read);
    List<PdfOutline.Bookmark> bookmarks = PdfOutline.of(pdf);
    if (!bookmarks.isEmpty()) {
      List<String> pages = lines.pageTexts();
      List<String> headed = PdfOutline.asHeadings(pages, bookmarks);
      if (headed != pages) {
        return String.join("\f", headed);
      }
    }
    return PdfFontHeadings.asHeadings(lines).text();
  }

  /**
   * Whether a page names content that is not in the file: PDFBox then draws the page blank, where a
   * scanned page draws its image and an empty page names no content at all.
   */
  private static boolean missingContent(PDDocument pdf) {
    for (PDPage page : pdf.getPages()) {
      COSDictionary dictionary = page.getCOSObject();
      if (!dictionary.containsKey(COSName.CONTENTS)) {
        continue;
      }
      COSBase contents = dictionary.getDictionaryObject(COSName.CONTENTS);
      if (contents == null) {
        return true;
      }
      if (contents instanceof COSArray parts) {
        for (int i = 0; i < parts.size(); i++) {
          if (parts.getObject(i) == null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Where {@code marker} starts in {@code content} between {@code from} and {@code to}, or -1. */
  private static int indexOf(byte[] content, byte[] marker, int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(content.length, to) - marker.length;
    for (int i = start; i <= end; i++) {
      boolean match = true;
      for (int j = 0; j < marker.length && match; j++) {
        match = content[i + j] == marker[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
