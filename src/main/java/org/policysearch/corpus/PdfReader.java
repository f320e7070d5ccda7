package org.policysearch.corpus;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of PDF files with PDFBox, one page after another separated by a form feed
 * ({@code \f}), so that the outline parser can find running headers and page numbers per page; an
 * Info title that is only a placeholder ({@code Microsoft Word - draft_v3.docx}) is dropped.
 */
public final class PdfReader implements SourceReader {

  @Override
  public SourceText read(byte[] content) {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      String text = pagesOf(pdf);
      if (text.replace('\f', ' ').isBlank()) {
        throw new UnreadableSourceException("no extractable text (scanned image?)");
      }
      String title = pdf.getDocumentInformation().getTitle();
      // Word and other exporters fill the Info title with a file name or "untitled": the text's
      // own title is better than that.
      boolean placeholder = title != null && PlaceholderTitles.isPlaceholder(title);
      return SourceText.normalised(text, placeholder ? null : title, List.of());
    } catch (InvalidPasswordException e) {
      throw new UnreadableSourceException(
          "encrypted PDF, cannot be opened without its password", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableSourceException unreadable) {
        throw unreadable;
      }
      // PDFBox reports damage both as IOException and as runtime exceptions from its parser.
      throw new UnreadableSourceException("not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static String pagesOf(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setPageStart("");
    stripper.setPageEnd("\f");
    String text = stripper.getText(pdf);
    // Every page ends in \f; a separator is wanted only between pages.
    return text.endsWith("\f") ? text.substring(0, text.length() - 1) : text;
  }
}
