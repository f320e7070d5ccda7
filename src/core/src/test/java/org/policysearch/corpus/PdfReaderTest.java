package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

  /** The PDF saved without object streams, so that each object stands where it can be cut. */
  private static byte[] uncompressed(byte[] content) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  /** The PDF with its first page's content pointing at an object the file does not have. */
  private static byte[] withFirstContentMissing(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    Matcher contents = Pattern.compile("/Contents (\\d+) 0 R").matcher(text);
    assertTrue(contents.find(), text);
    String missing = "9".repeat(contents.group(1).length()); // same length: offsets stay right
    return (text.substring(0, contents.start(1)) + missing + text.substring(contents.end(1)))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static int indexOf(byte[] content, String marker) {
    int at = new String(content, StandardCharsets.ISO_8859_1).indexOf(marker);
    assertTrue(at > 0, marker);
    return at;
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
  void aBlankPageWithoutContentStillCountsAsAPage() throws IOException {
    // A page with no content stream at all (a blank page some exporters write so): the pages
    // after it must keep their numbers, which citations and the document view give.
    byte[] withBlank;
    try (PDDocument pdf =
        Loader.loadPDF(pdf("Report", List.of(List.of("Alpha"), List.of("Gamma"))))) {
      pdf.getPages().insertBefore(new PDPage(), pdf.getPage(1));
      withBlank = save(pdf);
    }

    SourceText text = reader.read(withBlank);

    assertEquals("Alpha\f\fGamma", text.text());
    assertEquals(List.of(), text.warnings(), "a blank page is no damage");
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anOutlineThatLoopsIsReadNoFurtherThanAnyRealOneGoes() throws IOException {
    byte[] content =
        TestPdfs.pdf(
            null,
            List.of(List.of("Scope", "The Parties agree.")),
            List.of(
                new TestPdfs.Bookmark("", 1, 0),
                new TestPdfs.Bookmark("", 1, 0),
                new TestPdfs.Bookmark("", 1, 0)));
    byte[] looping;
    try (PDDocument pdf = Loader.loadPDF(content)) {
      PDOutlineItem second = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
      second = second.getNextSibling();
      // The third bookmark's next is the second again: an iterator never comes back to the first.
      second.getNextSibling().getCOSObject().setItem(COSName.NEXT, second);
      looping = save(pdf);
    }

    assertEquals("Scope\nThe Parties agree.", reader.read(looping).text());
  }

  @Test
  void bookmarksUnderAnUntitledOneKeepTheirLevelsBesideALaterTopOne() throws IOException {
    byte[] content =
        TestPdfs.pdf(
            null,
            List.of(
                List.of("Scope", "The Parties agree."),
                List.of("Funding", "Each hub receives a grant."),
                List.of("Annex", "A list of hubs.")),
            List.of(
                new TestPdfs.Bookmark("", 1, 0),
                new TestPdfs.Bookmark("Scope", 2, 0),
                new TestPdfs.Bookmark("Funding", 2, 1),
                new TestPdfs.Bookmark("Annex", 1, 2)));

    // The one titled top bookmark is not the document's title holding the others: it comes last.
    assertEquals(
        "## Scope\nThe Parties agree.\f## Funding\nEach hub receives a grant.\f# Annex\nA list of"
            + " hubs.",
        reader.read(content).text());
  }

  @Test
  void aCoversTitleInItsLargestTypeIsTheTitleWhereTheInfoHasNone(@TempDir Path corpus)
      throws IOException {
    Files.write(
        corpus.resolve("strategy.pdf"),
        TestPdfs.pdf(
            null,
            List.of(
                List.of(
                    "Department for Science, Innovation and Technology",
                    "28|National Quantum",
                    "28|Strategy",
                    "March 2023",
                    "The government sets out how the country will lead in quantum",
                    "technologies over the next decade."))));

    CorpusReader reader = new CorpusReader();
    SourceDocument doc = reader.read(reader.list(corpus).get(0));

    assertEquals("National Quantum Strategy", doc.metadata().title());
  }

  @Test
  void anIssuerInLargeTypeIsNoTitle() throws IOException {
    byte[] content =
        TestPdfs.pdf(
            null,
            List.of(
                List.of(
                    "28|THE WHITE HOUSE",
                    "Joint Statement on Quantum Cooperation",
                    "The two governments today affirmed their commitment to research.")));

    assertNull(reader.read(content).title());
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
  void truncatedPdfThatCannotBeParsedIsReportedAsDamaged() throws IOException {
    byte[] whole = pdf("Deal", List.of(List.of("Page one"), List.of("Page two")));
    byte[] truncated = Arrays.copyOf(whole, whole.length / 3);

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(truncated));
    assertTrue(e.getMessage().startsWith("damaged PDF (truncated): "), e.getMessage());
  }

  @Test
  void aFileOfAnotherKindNamedPdfSaysSo() {
    byte[] text = "Joint statement on trade and technology.\n".getBytes(StandardCharsets.UTF_8);

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(text));
    assertEquals(
        "not a PDF (it does not begin with %PDF-): a file of another kind named .pdf?",
        e.getMessage());
  }

  @Test
  void anEmptyPdfIsAnEmptyFileAsAnyOtherEmptyFileIs() {
    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(new byte[0]));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void aWholePdfPaddedWithSpacesAfterItsEndIsReadWithoutAWarning() throws IOException {
    byte[] whole = pdf("Deal", List.of(List.of("Page one"), List.of("Page two")));
    byte[] padded = Arrays.copyOf(whole, whole.length + 2_000);
    Arrays.fill(padded, whole.length, padded.length, (byte) ' ');

    SourceText text = reader.read(padded);

    assertEquals("Page one\fPage two", text.text());
    assertEquals(List.of(), text.warnings());
  }

  @Test
  void truncatedPdfWithoutItsPagesContentIsReportedAsDamagedNotAsAScan() throws IOException {
    byte[] whole = uncompressed(pdf("Deal", List.of(List.of("Page one"), List.of("Page two"))));
    // Cut before the first content stream: the page tree is whole, the pages' text is gone, and
    // PDFBox reads the pages as blank.
    byte[] truncated = Arrays.copyOf(whole, indexOf(whole, "stream"));

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(truncated));
    assertEquals("damaged PDF (truncated): no text could be recovered", e.getMessage());
  }

  @Test
  void truncatedPdfWhoseTextSurvivesIsReadWithAWarning() throws IOException {
    byte[] whole = uncompressed(pdf("Deal", List.of(List.of("Page one"), List.of("Page two"))));
    byte[] truncated = Arrays.copyOf(whole, indexOf(whole, "xref"));

    SourceText text = reader.read(truncated);

    assertEquals("Page one\fPage two", text.text());
    assertEquals(List.of("damaged PDF (truncated): its text may be incomplete"), text.warnings());
  }

  @Test
  void pdfWhosePageContentIsMissingIsReportedAsDamaged() throws IOException {
    byte[] one = withFirstContentMissing(uncompressed(pdf(null, List.of(List.of("Page one")))));
    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(one));
    assertEquals("damaged PDF (page content missing): no text could be recovered", e.getMessage());

    byte[] two =
        withFirstContentMissing(
            uncompressed(pdf(null, List.of(List.of("Page one"), List.of("Page two")))));
    SourceText text = reader.read(two);
    assertEquals("Page two", text.text().strip());
    assertEquals(
        List.of("damaged PDF (page content missing): its text may be incomplete"), text.warnings());
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

  @Test
  void aPdfEncryptedForCertificateHoldersIsRejectedWithReason() throws IOException {
    // PDFBox reaches for BouncyCastle to open it: a NoClassDefFoundError once ended the whole run.
    byte[] encrypted = TestPdfs.encryptedForCertificates();

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(encrypted));
    assertEquals(
        "encrypted PDF for certificate holders, cannot be opened without the recipient's private"
            + " key",
        e.getMessage());
  }
}
