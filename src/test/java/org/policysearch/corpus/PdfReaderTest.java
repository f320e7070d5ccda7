package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private final PdfReader reader = new PdfReader();

  static byte[] pdf(String title, List<List<String>> pages) throws IOException {
    return TestPdfs.pdf(title, pages);
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }

  @Test
  void pagesAreSeparatedByFormFeedsWithRunningHeaderKept() throws IOException {
    byte[] content =
        pdf(
            "Technology Prosperity Deal",
            List.of(
                List.of("Technology Prosperity Deal", "I. Purpose", "To enable collaboration."),
                List.of("Technology Prosperity Deal", "II. Areas of Cooperation", "AI adoption."),
                List.of("Technology Prosperity Deal", "III. Final Provisions")));

    SourceText text = reader.read(content);

    // The running header stays: the outline parser removes it, seeing it on every page.
    assertEquals(
        "Technology Prosperity Deal\nI. Purpose\nTo enable collaboration."
            + "\fTechnology Prosperity Deal\nII. Areas of Cooperation\nAI adoption."
            + "\fTechnology Prosperity Deal\nIII. Final Provisions",
        text.text());
    assertEquals("Technology Prosperity Deal", text.title());
    assertEquals(List.of(), text.warnings());
  }

  @Test
  void placeholderInfoTitlesAreNotDeclaredTitles() throws IOException {
    for (String placeholder :
        List.of(
            "Microsoft Word - KORCAN_CM_final_v3.docx",
            "untitled",
            "Document1",
            "KORCAN_CM_final_v3",
            "mou-signed.pdf")) {
      SourceText text = reader.read(pdf(placeholder, List.of(List.of("Memorandum"))));

      assertNull(text.title(), placeholder);
    }
  }

  @Test
  void pdfWithoutInfoTitleHasNoDeclaredTitle() throws IOException {
    SourceText text = reader.read(pdf(null, List.of(List.of("Memorandum of Understanding"))));

    assertNull(text.title());
    assertEquals("Memorandum of Understanding", text.text());
  }

  @Test
  void truncatedPdfIsRejected() throws IOException {
    byte[] whole = pdf("Deal", List.of(List.of("Page one"), List.of("Page two")));
    byte[] truncated = Arrays.copyOf(whole, whole.length / 3);

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(truncated));
    assertTrue(e.getMessage().startsWith("not a readable PDF: "), e.getMessage());
  }

  @Test
  void fileThatIsNotPdfIsRejected() {
    byte[] html = "<html><body>Not a PDF</body></html>".getBytes(StandardCharsets.UTF_8);

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(html));
    assertTrue(e.getMessage().startsWith("not a readable PDF: "), e.getMessage());
  }

  @Test
  void pdfWithoutTextLayerIsRejectedAsScan() throws IOException {
    byte[] blank = pdf(null, List.of(List.of(), List.of()));

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(blank));
    assertEquals("no extractable text (scanned image?)", e.getMessage());
  }

  @Test
  void passwordProtectedPdfIsRejectedWithReason() throws IOException {
    byte[] encrypted;
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      encrypted = save(pdf);
    }

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(encrypted));
    assertEquals("encrypted PDF, cannot be opened without its password", e.getMessage());
  }
}
