package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path corpus;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static List<String> names(List<CorpusFile> files) {
    return files.stream().map(CorpusFile::fileName).toList();
  }

  private static List<String> ids(List<CorpusFile> files) {
    return files.stream().map(CorpusFile::id).toList();
  }

  @Test
  void listsDocumentsRecursivelyInNameOrderPassingOverHiddenAndMetadataFiles() throws IOException {
    write("sub/b.md", "# B");
    write("a.txt", "A text");
    write("sub/c.html", "<p>C</p>");
    write("d.PDF", new byte[] {'%'});
    write("a.txt.meta.json", "{}");
    write("manifest.jsonl", "");
    write(".hidden.txt", "hidden");
    write(".git/config.txt", "hidden folder");
    write("notes.docx", "not read");
    write("sub/logo.png", "not read");
    write("README", "no extension");

    CorpusReader reader = new CorpusReader();
    List<CorpusFile> files = reader.list(corpus);

    assertEquals(List.of("a.txt", "d.PDF", "sub/b.md", "sub/c.html"), names(files));
    assertEquals(List.of("a", "d", "sub-b", "sub-c"), ids(files));
    assertEquals(
        List.of(SourceFormat.TEXT, SourceFormat.PDF, SourceFormat.MARKDOWN, SourceFormat.HTML),
        files.stream().map(CorpusFile::format).toList());
    assertEquals(corpus.resolve("sub/b.md").toAbsolutePath(), files.get(2).path());
    assertEquals(
        List.of(
            new SkippedFile("README", "unsupported file type (no extension)"),
            new SkippedFile("notes.docx", "unsupported file type (.docx)"),
            new SkippedFile("sub/logo.png", "unsupported file type (.png)")),
        reader.skipped());
  }

  @Test
  void laterFilesWithATakenIdKeepTheirExtension() throws IOException {
    write("deal.txt", "text");
    write("deal.md", "markdown");
    write("a b.txt", "one");
    write("a-b.txt", "two");
    write("a_b.txt", "three");

    List<CorpusFile> files = new CorpusReader().list(corpus);

    assertEquals(List.of("a b.txt", "a-b.txt", "a_b.txt", "deal.md", "deal.txt"), names(files));
    assertEquals(List.of("a-b", "a-b-txt", "a-b-txt-2", "deal", "deal-txt"), ids(files));
  }

  @Test
  void missingCorpusFolderIsAnError() {
    assertThrows(
        NoSuchFileException.class, () -> new CorpusReader().list(corpus.resolve("missing")));
  }

  @Test
  void badFilesAreSkippedWithReasonsAndEveryOtherDocumentIsRead() throws IOException {
    write("good.txt", "Joint Statement on Chips\n\nThe Participants intend to cooperate.");
    write("page.html", "<title>Korea and Italy</title><h1>Summit</h1><p>Leaders met.</p>");
    write("report.pdf", PdfReaderTest.pdf("Chip Report", List.of(List.of("Chips matter"))));
    write("empty.txt", "");
    write("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    write("legacy.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'p', 'o', 'l', 'i', 'c', 'y'});
    byte[] pdf = PdfReaderTest.pdf(null, List.of(List.of("Page one"), List.of("Page two")));
    write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
    Files.createSymbolicLink(corpus.resolve("moved.txt"), corpus.resolve("gone/moved.txt"));

    CorpusReader reader = new CorpusReader();
    Map<String, String> outcome = new LinkedHashMap<>();
    for (CorpusFile file : reader.list(corpus)) {
      try {
        SourceDocument document = reader.read(file);
        outcome.put(file.fileName(), "read: " + document.metadata().title());
      } catch (UnreadableSourceException e) {
        outcome.put(file.fileName(), e.getMessage());
      }
    }

    assertEquals(
        List.of(
            "binary.txt",
            "empty.txt",
            "good.txt",
            "legacy.txt",
            "page.html",
            "report.pdf",
            "truncated.pdf"),
        List.copyOf(outcome.keySet()));
    assertEquals("binary content, not text", outcome.get("binary.txt"));
    assertEquals("empty file", outcome.get("empty.txt"));
    assertEquals("read: Joint Statement on Chips", outcome.get("good.txt"));
    assertEquals("read: Legacy", outcome.get("legacy.txt"));
    // A link leading nowhere is named as one, with what it names, not the server's own path.
    assertEquals(
        List.of(
            new SkippedFile(
                "moved.txt",
                "symbolic link to "
                    + corpus.resolve("gone/moved.txt")
                    + ", which does not exist or leads back to a link on the way (a loop)")),
        reader.skipped());
    assertEquals("read: Korea and Italy", outcome.get("page.html"));
    assertEquals("read: Chip Report", outcome.get("report.pdf"));
    assertTrue(
        outcome.get("truncated.pdf").startsWith("damaged PDF (truncated): "),
        outcome.get("truncated.pdf"));
  }

  @Test
  void twoLinksLeadingToEachOtherAreALoopNotAFileOfUnknownType() throws IOException {
    write("good.txt", "Agreement text.");
    Files.createSymbolicLink(corpus.resolve("loop1.txt"), Path.of("loop2.txt"));
    Files.createSymbolicLink(corpus.resolve("loop2.txt"), Path.of("loop1.txt"));

    CorpusReader reader = new CorpusReader();

    assertEquals(List.of("good.txt"), names(reader.list(corpus)));
    assertEquals(
        List.of(
            new SkippedFile(
                "loop1.txt",
                "symbolic link to loop2.txt, which does not exist or leads back to a link on the"
                    + " way (a loop)"),
            new SkippedFile(
                "loop2.txt",
                "symbolic link to loop1.txt, which does not exist or leads back to a link on the"
                    + " way (a loop)")),
        reader.skipped().stream()
            .sorted(java.util.Comparator.comparing(SkippedFile::fileName))
            .toList());
  }

  @Test
  void namedPipeIsSkippedAsNotARegularFileInsteadOfBlockingTheRun() throws Exception {
    write("good.txt", "Agreement text.");
    Path pipe = corpus.resolve("pipe.txt");
    assumeTrue(mkfifo(pipe), "mkfifo is not available");

    CorpusReader reader = new CorpusReader();
    List<CorpusFile> files = reader.list(corpus);

    assertEquals(List.of("good.txt"), names(files));
    assertEquals(
        List.of(new SkippedFile("pipe.txt", "not a regular file (a named pipe, socket or device)")),
        reader.skipped());
    // A file that became a pipe after the listing is refused too, not opened (which would wait
    // for a writer forever).
    CorpusFile swapped = new CorpusFile(pipe, "pipe.txt", "pipe", SourceFormat.TEXT);
    var e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(UnreadableSourceException.class, () -> reader.load(swapped)));
    assertEquals("not a regular file (a named pipe, socket or device)", e.getMessage());
  }

  @Test
  void symbolicLinksLeadingOutsideTheCorpusAreSkippedUnlessLinksAreFollowed(@TempDir Path outside)
      throws IOException {
    Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash");
    Files.writeString(outside.resolve("elsewhere.txt"), "Another folder's document.");
    write("sub/real.txt", "Agreement text.");
    Files.createSymbolicLink(corpus.resolve("p.txt"), secret);
    Files.createSymbolicLink(corpus.resolve("alias.txt"), corpus.resolve("sub/real.txt"));
    Files.createSymbolicLink(corpus.resolve("shared"), outside);

    CorpusReader confined = new CorpusReader();
    List<CorpusFile> files = confined.list(corpus);

    assertEquals(List.of("alias.txt", "sub/real.txt"), names(files));
    assertEquals("Agreement text.", confined.read(files.get(0)).text());
    String reason =
        "symbolic link leading outside the corpus folder (not followed without"
            + " --follow-links)";
    assertEquals(
        List.of(new SkippedFile("p.txt", reason), new SkippedFile("shared", reason)),
        confined.skipped());
    // Swapped for a link after the listing: refused as well.
    CorpusFile swapped = new CorpusFile(corpus.resolve("p.txt"), "p.txt", "p", SourceFormat.TEXT);
    var e = assertThrows(UnreadableSourceException.class, () -> confined.load(swapped));
    assertEquals(reason, e.getMessage());

    CorpusReader following =
        new CorpusReader(CorpusReader.DEFAULT_SIZE_LIMIT, CorpusReader.Links.FOLLOW);
    List<CorpusFile> all = following.list(corpus);

    assertEquals(List.of("alias.txt", "p.txt", "shared/elsewhere.txt", "sub/real.txt"), names(all));
    assertEquals("root:x:0:0:root:/root:/bin/bash", following.read(all.get(1)).text());
    assertEquals(
        List.of(new SkippedFile("shared/passwd", "unsupported file type (no extension)")),
        following.skipped());
  }

  @Test
  void aFileWhoseNameIsNotInTheFileNameEncodingIsSkippedRatherThanIndexedOutOfReach()
      throws Exception {
    // "café.txt" in Latin-1: the byte E9 is no UTF-8, nor ASCII, so Java reads the name with a
    // replacement sign, and that name opens no file.
    assumeTrue(shell("printf 'The cafe agreement.' > \"$(printf 'caf\\351.txt')\""));
    assumeTrue(
        shell("mkdir \"$(printf 'd\\351p')\" && printf 'x' > \"$(printf 'd\\351p')/a.txt\""));
    write("plain.txt", "A plain agreement.");
    CorpusReader reader = new CorpusReader();

    List<CorpusFile> files = reader.list(corpus);

    assertEquals(List.of("plain.txt"), names(files));
    assertEquals(2, reader.skipped().size(), reader.skipped().toString());
    for (SkippedFile skipped : reader.skipped()) {
      assertTrue(skipped.fileName().matches("caf.\\.txt|d.p/"), skipped.fileName());
      assertTrue(skipped.reason().startsWith("file name not"), skipped.reason());
      assertTrue(skipped.reason().endsWith("rename it"), skipped.reason());
    }
    assertEveryFileIsFoundAgainByItsName(files);
  }

  @Test
  void aUtf8NameIsFoundAgainByItsNameOrSkippedSayingWhichLocaleReadsIt() throws Exception {
    // "café.txt" in UTF-8: read in a UTF-8 locale; in the C locale Java cannot name it again.
    assumeTrue(shell("printf 'The cafe agreement.' > \"$(printf 'caf\\303\\251.txt')\""));
    CorpusReader reader = new CorpusReader();

    List<CorpusFile> files = reader.list(corpus);

    if (files.isEmpty()) {
      assertEquals(1, reader.skipped().size());
      assertTrue(reader.skipped().get(0).reason().contains("LANG=C.UTF-8"));
    } else {
      assertEquals(List.of("caf\u00e9.txt"), names(files));
      assertEquals("The cafe agreement.", reader.read(files.get(0)).text());
    }
    assertEveryFileIsFoundAgainByItsName(files);
  }

  /** As the server's file route finds a document's original: by the name the index stores. */
  private void assertEveryFileIsFoundAgainByItsName(List<CorpusFile> files) {
    SourceFiles sources = SourceFiles.in(corpus, CorpusReader.Links.INSIDE_CORPUS);
    for (CorpusFile file : files) {
      assertTrue(sources.find(file.fileName()).isPresent(), file.fileName());
    }
  }

  /** Runs a shell command in the corpus folder: names as bytes, whatever Java's locale. */
  private boolean shell(String command) throws InterruptedException {
    try {
      return new ProcessBuilder("sh", "-c", command).directory(corpus.toFile()).start().waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void windows1252FileIsReadWithItsWarning() throws IOException {
    write("legacy.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'p', 'o', 'l', 'i', 'c', 'y'});
    CorpusReader reader = new CorpusReader();

    SourceDocument document = reader.read(reader.list(corpus).get(0));

    assertEquals("caf\u00e9 policy", document.text());
    assertEquals(List.of("not valid UTF-8, read as Windows-1252"), document.warnings());
  }

  @Test
  void fiftyMegabyteFileIsReadUnderTheDefaultLimitAndRefusedOverASmallerOne() throws IOException {
    // 64 bytes a line, so that lines tile the 50 MB exactly.
    byte[] line =
        String.format(Locale.ROOT, "%-63s\n", "Semiconductor supply chains and critical minerals.")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[50 * 1024 * 1024];
    for (int i = 0; i < content.length; i += line.length) {
      System.arraycopy(line, 0, content, i, line.length);
    }
    write("big.txt", content);

    CorpusReader generous = new CorpusReader();
    SourceDocument document = generous.read(generous.list(corpus).get(0));
    assertEquals(content.length, document.text().length());

    CorpusReader strict = new CorpusReader(10L * 1024 * 1024);
    CorpusFile big = strict.list(corpus).get(0);
    var e = assertThrows(UnreadableSourceException.class, () -> strict.read(big));
    assertEquals("too large: 50.0 MB, limit 10 MB", e.getMessage());
  }

  @Test
  void sizeLimitNotInWholeMegabytesIsShownToOneDecimal() throws IOException {
    write("small.txt", new byte[2 * 1024 * 1024]);
    CorpusReader reader = new CorpusReader(1536 * 1024);

    CorpusFile file = reader.list(corpus).get(0);

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
    assertEquals("too large: 2.0 MB, limit 1.5 MB", e.getMessage());
  }

  @Test
  void sidecarFieldsWinOverManifestRowAndInferenceFillsTheRest() throws IOException {
    write(
        "deal.txt",
        "Technology Prosperity Deal\n\nOctober 29, 2025\n\nA Memorandum of Understanding.");
    write("deal.txt.meta.json", "{\"title\": \"U.S.-R.O.K. Technology Prosperity Deal\"}");
    write("news/summit.txt", "Leaders meet in Seoul today\n\nThey signed it.");
    write("plain.txt", "Strategy for Critical Minerals\n\nSome text on 2024-03-01.");
    write(
        "manifest.jsonl",
        """
        {"file": "deal.txt", "title": "Manifest title", "type": "Joint Statement", "parties": "US;KR"}
        {"file": "news/summit.txt", "type": "news", "date": "last week", "publisher": "Example Daily"}
        {"file": "missing.txt", "title": "Nobody"}
        """);

    CorpusReader reader = new CorpusReader();
    List<CorpusFile> files = reader.list(corpus);
    SourceDocument deal = reader.read(files.get(0));
    SourceDocument summit = reader.read(files.get(1));
    SourceDocument plain = reader.read(files.get(2));

    assertEquals(
        new DocumentMetadata(
            "U.S.-R.O.K. Technology Prosperity Deal",
            "2025-10-29",
            "joint-statement",
            null,
            List.of("US", "KR"),
            null),
        deal.metadata());
    assertEquals(
        new DocumentMetadata(
            "Leaders meet in Seoul today", null, "news", "Example Daily", List.of(), null),
        summit.metadata());
    assertEquals(
        List.of(
            "manifest.jsonl:2: \"date\" \"last week\" is not a real date"
                + " (yyyy-mm-dd, yyyy-mm or yyyy), dropped"),
        summit.warnings());
    assertEquals(
        new DocumentMetadata(
            "Strategy for Critical Minerals", "2024-03-01", "strategy", null, List.of(), null),
        plain.metadata());
    assertEquals(List.of(), deal.warnings());
    assertEquals(
        List.of("manifest.jsonl:3: no document \"missing.txt\" in the corpus, line ignored"),
        reader.warnings());
  }

  @Test
  void aMarkdownFilesFrontMatterIsItsMetadataNotItsTextAndASidecarStillWins() throws IOException {
    write(
        "statement.md",
        """
        ---
        title: "Joint Statement on Quantum Cooperation"
        date: 2024-03-12T09:30:00+09:00
        parties: [JP, CA]
        type: joint-statement
        tags:
          - quantum
        ---

        # Quantum partnership

        Japan and Canada will fund joint research centres on quantum sensing.
        """);
    write(
        "note.md",
        """
        ---
        title: Research security note
        date: soon
        ---
        Partners screen visiting researchers.
        """);
    write("note.md.meta.json", "{\"title\": \"Research Security Guidance\"}");

    CorpusReader reader = new CorpusReader();
    List<CorpusFile> files = reader.list(corpus);
    SourceDocument note = reader.read(files.get(0));
    SourceDocument statement = reader.read(files.get(1));

    assertEquals(
        new DocumentMetadata(
            "Joint Statement on Quantum Cooperation",
            "2024-03-12",
            "joint-statement",
            null,
            List.of("JP", "CA"),
            null),
        statement.metadata());
    assertEquals(
        "# Quantum partnership\n\nJapan and Canada will fund joint research centres on quantum"
            + " sensing.\n",
        statement.text());
    assertEquals(List.of(), statement.warnings());
    assertEquals("Research Security Guidance", note.metadata().title());
    assertEquals("Partners screen visiting researchers.\n", note.text());
    assertEquals(
        List.of(
            "note.md front matter: \"date\" \"soon\" is not a real date"
                + " (yyyy-mm-dd, yyyy-mm or yyyy), dropped"),
        note.warnings());
  }

  @Test
  void csvManifestIsRead() throws IOException {
    write("mou.txt", "Some text.");
    write("manifest.csv", "file,title,parties\nmou.txt,Korea-Italy MoU,KR IT\n");
    CorpusReader reader = new CorpusReader();

    SourceDocument mou = reader.read(reader.list(corpus).get(0));

    assertEquals("Korea-Italy MoU", mou.metadata().title());
    assertEquals(List.of("KR", "IT"), mou.metadata().parties());
  }

  @Test
  void contentHashIsStableAndChangesWhenTheSidecarChanges() throws IOException {
    write("deal.txt", "Technology Prosperity Deal");
    String before = new CorpusReader().read(new CorpusReader().list(corpus).get(0)).contentHash();
    String again = new CorpusReader().read(new CorpusReader().list(corpus).get(0)).contentHash();
    write("deal.txt.meta.json", "{\"type\": \"mou\"}");
    String after = new CorpusReader().read(new CorpusReader().list(corpus).get(0)).contentHash();

    assertEquals(before, again);
    assertEquals(64, before.length());
    assertTrue(before.matches("[0-9a-f]+"), before);
    assertNotEquals(before, after);
  }

  @Test
  void seedCorpusIsReadWithItsSidecars() throws IOException {
    CorpusReader reader = new CorpusReader();
    List<CorpusFile> files = reader.list(Path.of("corpus"));

    assertEquals(
        List.of(
            "korea-italy-mou-news-a",
            "korea-italy-mou-news-b",
            "us-rok-technology-prosperity-deal"),
        ids(files));
    assertEquals(List.of(), reader.skipped());
    assertEquals(
        new DocumentMetadata(
            "South Korea and Italy sign MoU on AI, chips, aerospace and critical minerals",
            null,
            "news",
            null,
            List.of("KR", "IT"),
            null),
        reader.read(files.get(0)).metadata());
    assertEquals(
        new DocumentMetadata(
            "Korea\u2013Italy agreement targets AI, semiconductors and critical minerals",
            null,
            "news",
            null,
            List.of("KR", "IT"),
            null),
        reader.read(files.get(1)).metadata());
    SourceDocument deal = reader.read(files.get(2));
    assertEquals(
        new DocumentMetadata(
            "Joint Statement on a Memorandum of Understanding Between the United States and South"
                + " Korea Regarding the U.S.-R.O.K. Technology Prosperity Deal",
            "2025-10-29",
            "joint-statement",
            "Administration of Donald J. Trump, 2025",
            List.of("US", "KR"),
            null),
        deal.metadata());
    assertEquals(List.of(), deal.warnings());
    assertTrue(deal.text().startsWith(" Administration of Donald J. Trump, 2025 \n"));
  }
}
