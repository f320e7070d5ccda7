package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataFilesTest {
  @TempDir Path corpus;

  @Test
  void badManifestLineIsDroppedWithOneWarningAndTheOtherLinesAreUsed() throws IOException {
    Files.writeString(
        corpus.resolve("manifest.jsonl"),
        """
        {"file": "a.txt", "title": "First"}
        {"file": "b.txt", "title": "Second
        {"file": "c.txt", "title": "Third"}
        """);

    Manifest manifest = new MetadataFiles().readManifest(corpus);

    assertEquals("First", manifest.row("a.txt").title());
    assertEquals("Third", manifest.row("c.txt").title());
    assertEquals(DocumentMetadata.EMPTY, manifest.row("b.txt"));
    assertEquals(1, manifest.warnings().size(), manifest.warnings().toString());
    assertTrue(
        manifest.warnings().get(0).startsWith("manifest.jsonl:2: not valid JSON"),
        manifest.warnings().toString());
  }

  @Test
  void aKeyThatIsNearlyAFieldIsSaidRatherThanLostInSilence() throws IOException {
    Files.writeString(
        corpus.resolve("manifest.jsonl"),
        """
        {"file": "a.txt", "tilte": "First", "Date": "2021-03-04", "partys": ["KR"], "layout": "x"}
        """);

    Manifest manifest = new MetadataFiles().readManifest(corpus);

    assertEquals(
        List.of(
            "manifest.jsonl:1: \"tilte\" is no field; did you mean \"title\"? Ignored",
            "manifest.jsonl:1: \"Date\" is no field; did you mean \"date\"? Ignored",
            "manifest.jsonl:1: \"partys\" is no field; did you mean \"parties\"? Ignored"),
        manifest.warningsFor("a.txt"));
    assertEquals(DocumentMetadata.EMPTY, manifest.row("a.txt"));
  }

  @Test
  void badCsvRowIsDroppedWithItsLineNumber() throws IOException {
    Files.writeString(
        corpus.resolve("manifest.csv"),
        "file,title,parties\na.txt,First,KR;IT\nb.txt,Second,KR,extra\nc.txt,Third,Italy\n");

    Manifest manifest = new MetadataFiles().readManifest(corpus);

    assertEquals(List.of("KR", "IT"), manifest.row("a.txt").parties());
    assertEquals(List.of("IT"), manifest.row("c.txt").parties());
    assertEquals(
        List.of("manifest.csv:3: 4 cells for 3 columns, line ignored"), manifest.warnings());
  }

  @Test
  void manifestRowForAMissingFileIsReported() throws IOException {
    Files.writeString(corpus.resolve("a.txt"), "Some text.");
    Files.writeString(
        corpus.resolve("manifest.jsonl"),
        "{\"file\": \"a.txt\"}\n{\"file\": \"typo.txt\", \"title\": \"Lost\"}\n");
    CorpusReader reader = new CorpusReader();

    reader.list(corpus);

    assertEquals(
        List.of("manifest.jsonl:2: no document \"typo.txt\" in the corpus, line ignored"),
        reader.warnings());
  }

  @Test
  void badUrlTypeAndOverlongTitleAreDroppedWithWarningsAndOtherFieldsKept() throws IOException {
    Path document = Files.writeString(corpus.resolve("deal.txt"), "Some text.");
    Files.writeString(
        corpus.resolve("deal.txt.meta.json"),
        String.format(
            Locale.ROOT,
            """
            {"title": "%s", "date": "2025-03-04", "type": "1234", "url": "javascript:alert(1)",
             "publisher": "Ministry"}
            """,
            "x".repeat(MetadataFiles.MAX_TITLE + 1)));
    MetadataFiles files = new MetadataFiles();

    DocumentMetadata metadata = files.readSidecar(document);

    assertEquals(
        new DocumentMetadata(null, "2025-03-04", null, "Ministry", List.of(), null), metadata);
    assertEquals(
        List.of(
            "deal.txt.meta.json: \"type\" is not a short name in letters (such as treaty),"
                + " dropped",
            "deal.txt.meta.json: \"title\" is longer than 500 characters, dropped",
            "deal.txt.meta.json: \"url\" is not an http or https address, dropped"),
        files.warnings());
  }

  @Test
  void webAddressesAreHttpOrHttpsWithAHost() {
    assertTrue(MetadataFiles.isWebAddress("https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1"));
    assertTrue(MetadataFiles.isWebAddress("HTTP://example.org"));
    assertFalse(MetadataFiles.isWebAddress("file:///etc/passwd"));
    assertFalse(MetadataFiles.isWebAddress("https:/no-host"));
    assertFalse(MetadataFiles.isWebAddress("www.example.org"));
  }

  @Test
  void badSidecarDateAndPartyAreDroppedWithWarningsAndOtherFieldsKept() throws IOException {
    Path document = Files.writeString(corpus.resolve("deal.txt"), "Some text.");
    Files.writeString(
        corpus.resolve("deal.txt.meta.json"),
        """
        {"title": "The Deal", "date": "2025-13-45", "parties": ["XX", "kr", "Italy", "EFTA"]}
        """);
    MetadataFiles files = new MetadataFiles();

    DocumentMetadata metadata = files.readSidecar(document);

    assertEquals(
        new DocumentMetadata("The Deal", null, null, null, List.of("KR", "IT", "EFTA"), null),
        metadata);
    assertEquals(
        List.of(
            "deal.txt.meta.json: \"date\" \"2025-13-45\" is not a real date"
                + " (yyyy-mm-dd, yyyy-mm or yyyy), dropped",
            "deal.txt.meta.json: \"parties\" value \"XX\" is not a country or bloc code or name,"
                + " dropped"),
        files.warnings());
  }

  @Test
  void aFieldThatIsNoTextIsDroppedWithAWarningAndTextIsKeptToOneLine() throws IOException {
    Path document = Files.writeString(corpus.resolve("odd.txt"), "Some text.");
    Files.writeString(
        corpus.resolve("odd.txt.meta.json"),
        """
        {"title": "Trade\\nand\\u0007 \\u202Eevil\\u202C Deal", "publisher": {"name": "X"},
         "type": ["treaty"], "date": 2025}
        """);
    MetadataFiles files = new MetadataFiles();

    DocumentMetadata metadata = files.readSidecar(document);

    assertEquals(
        new DocumentMetadata("Trade and evil Deal", "2025", null, null, List.of(), null), metadata);
    assertEquals(
        List.of(
            "odd.txt.meta.json: \"type\" is not text, dropped",
            "odd.txt.meta.json: \"publisher\" is not text, dropped"),
        files.warnings());
  }

  @Test
  void withdrawnCodesOfOldTreatiesAreKept() throws IOException {
    Path document = Files.writeString(corpus.resolve("old.txt"), "Some text.");
    Files.writeString(
        corpus.resolve("old.txt.meta.json"), "{\"parties\": [\"EG\", \"YU\", \"Soviet Union\"]}");
    MetadataFiles files = new MetadataFiles();

    assertEquals(List.of("EG", "YU", "SU"), files.readSidecar(document).parties());
    assertEquals(List.of(), files.warnings());
  }

  @Test
  void datesMustBeRealCalendarDates() {
    assertTrue(MetadataFiles.isDate("2024-02-29"));
    assertTrue(MetadataFiles.isDate("2025-10"));
    assertTrue(MetadataFiles.isDate("2025"));
    assertFalse(MetadataFiles.isDate("2025-02-29"));
    assertFalse(MetadataFiles.isDate("2025-13"));
    assertFalse(MetadataFiles.isDate("25-10-29"));
  }

  @Test
  void sidecarWithoutItsDocumentIsReported() throws IOException {
    Files.writeString(corpus.resolve("a.txt"), "Some text.");
    Files.writeString(corpus.resolve("gone.txt.meta.json"), "{\"title\": \"Gone\"}");
    CorpusReader reader = new CorpusReader();

    reader.list(corpus);

    assertEquals(
        List.of("gone.txt.meta.json: no document \"gone.txt\" beside it, ignored"),
        reader.warnings());
  }

  @Test
  void aSidecarWhoseSuffixIsNotInLowerCaseIsReported() throws IOException {
    Files.writeString(corpus.resolve("upper.txt"), "Some text.");
    Files.writeString(corpus.resolve("upper.txt.META.JSON"), "{\"title\": \"Upper\"}");
    CorpusReader reader = new CorpusReader();

    reader.list(corpus);

    assertEquals(
        List.of(
            "upper.txt.META.JSON: a sidecar's name ends in .meta.json in lower case; rename it to"
                + " be read, ignored"),
        reader.warnings());
  }
}
