package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SkippedFile;
import org.policysearch.corpus.TestPages;
import org.policysearch.corpus.TestPdfs;

class IndexerTest {
  private static final Path SEED = Path.of("corpus");
  private final Engine engine = Engine.create();

  @TempDir Path tmp;

  @Test
  void indexesTheSeedCorpusWithMetadataReadableFromTheIndexAlone() throws IOException {
    Path index = tmp.resolve("index");
    IndexSummary summary = engine.index(SEED, index, Indexer.Progress.NONE);

    assertEquals(3, summary.added());
    assertEquals(3, summary.documents());
    assertEquals(List.of(), summary.skipped());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Map<String, Document> docs = IndexedDocuments.oneChunkEach(reader);
      assertEquals(
          List.of(
              "korea-italy-mou-news-a",
              "korea-italy-mou-news-b",
              "us-rok-technology-prosperity-deal"),
          List.copyOf(docs.keySet()));
      Document deal = docs.get("us-rok-technology-prosperity-deal");
      assertEquals("2025-10-29", deal.get(Fields.DATE));
      assertEquals("joint-statement", deal.get(Fields.TYPE));
      assertEquals(List.of("US", "KR"), values(deal, Fields.PARTIES));
      // Beside its chunks, each document has one record standing for the whole document.
      assertEquals(summary.chunks() + 3, reader.numDocs());
    }
  }

  @Test
  void aDocumentsMetadataIsStoredOnItsFirstChunkAndEveryChunkStoresWhatAHitShows()
      throws IOException {
    Path index = tmp.resolve("index");
    engine.index(SEED, index, Indexer.Progress.NONE);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs chunks =
          searcher.search(
              new TermQuery(new Term(Fields.DOC_ID, "us-rok-technology-prosperity-deal")),
              1000,
              new Sort(new SortField(Fields.ORDINAL, SortField.Type.LONG)));
      int withMetadata = 0;
      for (ScoreDoc hit : chunks.scoreDocs) {
        Document chunk = searcher.storedFields().document(hit.doc);
        if (chunk.get(Fields.CHUNK_ID) == null) {
          continue; // the record
        }
        assertEquals("2025-10-29", chunk.get(Fields.DATE));
        assertEquals("joint-statement", chunk.get(Fields.TYPE));
        assertEquals("Administration of Donald J. Trump, 2025", chunk.get(Fields.PUBLISHER));
        assertTrue(
            chunk.get(Fields.TITLE).contains("Technology Prosperity"), chunk.get(Fields.TITLE));
        boolean first = chunk.getField(Fields.ORDINAL).numericValue().intValue() == 0;
        for (String field : List.of(Fields.FILE, Fields.CONTENT_HASH, Fields.CHUNK_COUNT)) {
          assertEquals(
              first, chunk.get(field) != null, field + " on " + chunk.get(Fields.CHUNK_ID));
        }
        assertEquals(first, chunk.getValues(Fields.PARTIES).length > 0);
        withMetadata += first ? 1 : 0;
      }
      assertEquals(1, withMetadata);
      assertTrue(chunks.scoreDocs.length > 20);
    }
  }

  @Test
  void everySegmentStoresItsChunksInSmallBlocksSoAHitDecompressesLittle() throws IOException {
    Path index = tmp.resolve("index");
    engine.index(SEED, index, Indexer.Progress.NONE);

    try (FSDirectory dir = FSDirectory.open(index)) {
      SegmentInfos segments = SegmentInfos.readLatestCommit(dir);
      assertFalse(segments.asList().isEmpty());
      for (SegmentCommitInfo segment : segments) {
        // Read back by name through Lucene's service loader, as every reader of the index does.
        assertEquals(ChunkCodec.NAME, segment.info.getCodec().getName());
        String storedFields = segment.info.getCodec().storedFieldsFormat().toString();
        assertTrue(
            storedFields.contains("chunkSize=" + ChunkCodec.BLOCK_BYTES + ","), storedFields);
      }
    }
  }

  @Test
  void everyDocumentHasALengthForEachScoredFieldAndTheStatisticsCountOnlyChunksWithWords()
      throws IOException {
    Path index = tmp.resolve("index");
    IndexSummary summary = engine.index(SEED, index, Indexer.Progress.NONE);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (String field :
          List.of(
              Fields.BODY,
              Fields.TEXT,
              Fields.TITLE,
              Fields.SECTION_PATH,
              Fields.DOC_PARTIES,
              Fields.DOC_TEXT)) {
        long withLength = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
          NumericDocValues norms = leaf.reader().getNormValues(field);
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            withLength += norms.advanceExact(doc) ? 1 : 0;
          }
        }
        // Records, chunks without headings, chunks for the records' fields: norms read by position.
        assertEquals(reader.maxDoc(), withLength, field);
      }
      // The empty values hold no word, so BM25's statistics are those of the chunks alone.
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(summary.chunks(), searcher.collectionStatistics(Fields.BODY).docCount());
      assertEquals(3, searcher.collectionStatistics(Fields.DOC_TEXT).docCount(), "the records");
    }
  }

  @Test
  void cubesatChunkKnowsItsSectionCountriesAndSector() throws IOException {
    Path index = tmp.resolve("index");
    engine.index(SEED, index, Indexer.Progress.NONE);

    Document cubesat = onlyChunk(index, "cubesat");
    assertEquals(
        List.of(
            "II. Areas of Cooperation",
            "Trusted Technology Leadership",
            "Cooperating on Space Exploration"),
        values(cubesat, Fields.SECTION_PATH));
    assertEquals(List.of("US", "KR"), values(cubesat, Fields.COUNTRY));
    assertTrue(values(cubesat, Fields.SECTOR).contains("space"));
    assertEquals("paragraph", cubesat.get(Fields.KIND));
  }

  @Test
  void chunkIdsAreStableAcrossRuns() throws IOException {
    engine.index(SEED, tmp.resolve("first"), Indexer.Progress.NONE);
    engine.index(SEED, tmp.resolve("second"), Indexer.Progress.NONE);

    Map<String, String> first = textsById(tmp.resolve("first"));
    assertEquals(first, textsById(tmp.resolve("second")));
    assertTrue(first.containsKey("us-rok-technology-prosperity-deal:0"));
  }

  @Test
  void reindexingAnUnchangedCorpusChangesNothing() throws IOException {
    Path index = tmp.resolve("index");
    engine.index(SEED, index, Indexer.Progress.NONE);
    long generation = generation(index);
    Map<String, String> before = textsById(index);

    IndexSummary again = engine.index(SEED, index, Indexer.Progress.NONE);

    assertEquals(3, again.unchanged());
    assertFalse(again.changed());
    assertEquals(generation, generation(index), "no new commit");
    assertEquals(before, textsById(index));
  }

  @Test
  void changedFileReplacesItsChunksAndDeletedFileLosesThem() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(
        corpus.resolve("alpha.txt"),
        "Alpha\n\nQuantum sensors are the first topic of this note.\n");
    write(
        corpus.resolve("beta.txt"),
        "Beta\n\nLithium batteries are the second topic of this note.\n");
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);

    write(corpus.resolve("alpha.txt"), "Alpha\n\nSatellites replaced the sensors in this note.\n");
    Files.delete(corpus.resolve("beta.txt"));
    IndexSummary summary = engine.index(corpus, index, Indexer.Progress.NONE);

    assertEquals(1, summary.updated());
    assertEquals(1, summary.deleted());
    assertEquals(1, summary.documents());
    String texts = String.join(" ", textsById(index).values());
    assertTrue(texts.contains("Satellites replaced the sensors"));
    assertFalse(texts.contains("Quantum sensors"));
    assertFalse(texts.contains("Lithium"));
  }

  @Test
  void aFileAddedBesideAnotherOfTheSameNameLeavesTheOtherItsIdAndItsPassages() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("report.txt"), "Report\n\nLithium batteries are this report's topic.\n");
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);
    String cited = textsById(index).get("report:1");

    // The same report as Markdown, which sorts first: links to the text's passages still lead
    // there.
    write(corpus.resolve("report.md"), "# Report\n\nQuantum sensors are this version's topic.\n");
    IndexSummary summary = engine.index(corpus, index, Indexer.Progress.NONE);

    assertEquals(
        List.of(1, 0, 1), List.of(summary.added(), summary.updated(), summary.unchanged()));
    Map<String, String> texts = textsById(index);
    assertEquals("Lithium batteries are this report's topic.", cited);
    assertEquals(cited, texts.get("report:1"));
    assertEquals("Quantum sensors are this version's topic.", texts.get("report-md:1"));
  }

  @Test
  void laterRunsOfOneProcessReportASkippedFileOnlyWhenItIsNewOrChanged() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("good.txt"), "Good\n\nCritical minerals matter to Italy and Korea.\n");
    write(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    write(corpus.resolve("notes.docx"), "not read here");
    Path index = tmp.resolve("index");
    ReportedSkips reported = new ReportedSkips();
    CorpusReader.Links links = CorpusReader.Links.INSIDE_CORPUS;

    IndexSummary first = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(List.of("binary.txt", "empty.txt", "notes.docx"), skippedNames(first));
    assertEquals(0, first.skippedAgain());

    // A change elsewhere makes a watching server run again: the same bad files are not news.
    write(corpus.resolve("more.txt"), "More\n\nQuantum research with Japan.\n");
    IndexSummary second = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(1, second.added());
    assertEquals(List.of(), second.skipped());
    assertEquals(3, second.skippedAgain());

    // A bad file changed, or a new one, is reported; the others are still not.
    write(corpus.resolve("empty.txt"), " \n");
    Files.write(corpus.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
    IndexSummary third = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(List.of("empty.txt", "image.txt"), skippedNames(third));
    assertEquals(2, third.skippedAgain());

    // A bad file fixed is forgotten: broken again as before, it is news again.
    write(corpus.resolve("empty.txt"), "Fixed\n\nSemiconductors with Korea.\n");
    IndexSummary fourth = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(List.of(), fourth.skipped());
    assertEquals(1, fourth.added());
    write(corpus.resolve("empty.txt"), " \n");
    IndexSummary fifth = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(List.of("empty.txt"), skippedNames(fifth));
    assertEquals(1, fifth.deleted());

    // A run of its own (the index command, a new server) reports every skipped file.
    IndexSummary alone = engine.index(corpus, index, Indexer.Progress.NONE);
    assertEquals(
        List.of("binary.txt", "empty.txt", "image.txt", "notes.docx"),
        skippedNames(alone).stream().sorted().toList());
  }

  @Test
  void laterRunsOfOneProcessSayAnUnchangedFilesMetadataWarningsOnce() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("deal.txt"), "Deal\n\nCritical minerals matter to Italy and Korea.\n");
    write(corpus.resolve("deal.txt.meta.json"), "{\"title\": \"Deal\", \"date\": \"2023-02-30\"}");
    Path index = tmp.resolve("index");
    ReportedSkips reported = new ReportedSkips();
    CorpusReader.Links links = CorpusReader.Links.INSIDE_CORPUS;

    IndexSummary first = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(1, first.warnings().size(), first.warnings().toString());

    // Another file changes while a server watches: deal.txt's bad date is no news.
    write(corpus.resolve("more.txt"), "More\n\nQuantum research with Japan.\n");
    IndexSummary second = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(List.of(), second.warnings());

    // Its sidecar changed and still wrong, it is said again; a run of its own says it too.
    write(
        corpus.resolve("deal.txt.meta.json"), "{\"title\": \"Deal 2\", \"date\": \"2023-02-30\"}");
    IndexSummary third = engine.index(corpus, links, index, Indexer.Progress.NONE, reported);
    assertEquals(1, third.warnings().size(), third.warnings().toString());
    assertEquals(1, engine.index(corpus, index, Indexer.Progress.NONE).warnings().size());
  }

  private static List<String> skippedNames(IndexSummary summary) {
    return summary.skipped().stream().map(SkippedFile::fileName).sorted().toList();
  }

  @Test
  void badFilesAreSkippedWithReasonsAndTheRestIsIndexed() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("good.txt"), "Good\n\nCritical minerals matter to Italy and Korea.\n");
    write(corpus.resolve("empty.txt"), "");
    Files.write(
        corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2});
    Files.write(
        corpus.resolve("latin1.txt"),
        "Caf\u00e9 policy in Rome.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(
        corpus.resolve("truncated.pdf"),
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("nowhere.txt"));
    Files.write(corpus.resolve("certificate.pdf"), TestPdfs.encryptedForCertificates());
    Path index = tmp.resolve("index");

    IndexSummary summary = engine.index(corpus, index, Indexer.Progress.NONE);

    Map<String, String> reasons =
        summary.skipped().stream()
            .collect(Collectors.toMap(SkippedFile::fileName, SkippedFile::reason));
    assertEquals(
        List.of("binary.txt", "certificate.pdf", "empty.txt", "gone.txt", "truncated.pdf"),
        reasons.keySet().stream().sorted().toList());
    assertEquals("empty file", reasons.get("empty.txt"));
    assertTrue(reasons.get("certificate.pdf").startsWith("encrypted PDF for certificate holders"));
    assertTrue(reasons.get("binary.txt").contains("binary"), reasons.get("binary.txt"));
    assertTrue(reasons.get("truncated.pdf").startsWith("damaged PDF (truncated)"));
    assertTrue(reasons.get("gone.txt").startsWith("symbolic link to "), reasons.get("gone.txt"));
    assertEquals(2, summary.documents(), "good.txt and latin1.txt are indexed");
    assertTrue(
        summary.warnings().stream()
            .anyMatch(w -> w.startsWith("latin1.txt") && w.contains("Windows-1252")));
    assertTrue(String.join(" ", textsById(index).values()).contains("Café policy in Rome."));
  }

  @Test
  void aLongRunOfInitialsOrSectionNumbersIsIndexedAndCostsNoOtherFile() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("good.txt"), "Good\n\nCritical minerals matter to Italy and Korea.\n");
    // What OCR makes of a column of initials or of a numbered list: marks with no space between.
    write(corpus.resolve("initials.txt"), "Initials\n\n" + "A.".repeat(4500) + "\n");
    write(corpus.resolve("numbers.txt"), "Numbers\n\n" + "1.".repeat(5000) + "\n\nScope.\n");
    Path index = tmp.resolve("index");

    IndexSummary summary = engine.index(corpus, index, Indexer.Progress.NONE);

    assertEquals(List.of(), summary.skipped());
    assertEquals(3, summary.documents());
    assertTrue(String.join(" ", textsById(index).values()).contains("Critical minerals"));
  }

  @Test
  void aRunThatDiesHalfWayLeavesThePreviousIndexReadable() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("a.txt"), "A\n\nThe first version of document a.\n");
    write(corpus.resolve("b.txt"), "B\n\nThe first version of document b.\n");
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);
    Map<String, String> before = textsById(index);

    write(corpus.resolve("a.txt"), "A\n\nThe second version of document a.\n");
    write(corpus.resolve("b.txt"), "B\n\nThe second version of document b.\n");
    List<String> done = new ArrayList<>();
    Indexer.Progress dying =
        new Indexer.Progress() {
          @Override
          public void done(String fileName) {
            done.add(fileName);
            throw new IllegalStateException("killed after " + fileName);
          }
        };
    assertThrows(IllegalStateException.class, () -> engine.index(corpus, index, dying));

    assertEquals(List.of("a.txt"), done, "died after the first file was indexed");
    assertEquals(before, textsById(index));
  }

  @Test
  void documentWithoutMetadataGetsPartiesFromItsText() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    write(
        corpus.resolve("note.txt"),
        "Joint Statement of Japan and Italy on Space\n\nJapan and Italy will launch a satellite."
            + " Japan and Italy agree.\n");
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Document note = IndexedDocuments.oneChunkEach(reader).get("note");
      assertEquals("Joint Statement of Japan and Italy on Space", note.get(Fields.TITLE));
      assertEquals("joint-statement", note.get(Fields.TYPE));
      assertEquals(List.of("JP", "IT"), values(note, Fields.PARTIES));
    }
  }

  @Test
  void anAgreementWhoseTextNamesNoTitleIsTitledByItsKindAndParties() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    // Opens with its first article, so its text gives no title and its file's name says nothing.
    write(
        corpus.resolve("pta_177.txt"),
        "ARTICLE 1: Objectives\n\nThe Parties to this Agreement establish a free trade area.\n\n"
            + "For the Government of Japan\n\nFor the Government of the Kingdom of Thailand\n");
    write(
        corpus.resolve("pta_179.txt"),
        "The Government of Japan and the Government of the Kingdom of Thailand,\n\n"
            + "Desiring to expand trade,\n\nHave agreed to conclude this Agreement:\n\n"
            + "ARTICLE 1: Objectives\n\nThe Parties establish a free trade area.\n");
    write(
        corpus.resolve("pta_178.txt"),
        "ARTICLE 1: Objectives\n\nThis Agreement establishes a free trade area.\n");
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Map<String, Document> documents = IndexedDocuments.oneChunkEach(reader);
      assertEquals(
          "Agreement between Japan and Thailand", documents.get("pta-177").get(Fields.TITLE));
      // Without parties, the file's name stands.
      assertEquals("Pta 178", documents.get("pta-178").get(Fields.TITLE));
      // A preamble's party list is no title either, though it names the parties.
      assertEquals(
          "Agreement between Japan and Thailand", documents.get("pta-179").get(Fields.TITLE));
      assertEquals(List.of("JP", "TH"), values(documents.get("pta-179"), Fields.PARTIES));
    }
  }

  @Test
  void htmlAndPdfKeepTheirStructureThroughIndexing() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(
        corpus.resolve("statement.html"),
        "<html><head><title>Joint Statement on Space</title></head><body><nav>Home</nav>"
            + "<h1>Joint Statement on Space</h1><h2>Lunar Cooperation</h2>"
            + "<p>Japan and Italy will fly a rover to the Moon.</p><ul><li>A shared lander</li>"
            + "<li>Joint science teams</li></ul><script>track()</script></body></html>");
    Files.write(
        corpus.resolve("accord.pdf"),
        TestPdfs.pdf(
            "Quantum Accord",
            List.of(
                List.of("QUANTUM ACCORD - DRAFT", "Article 1 Scope", "This accord covers quantum"),
                List.of("QUANTUM ACCORD - DRAFT", "sensing and computing.", "Article 2 Review"),
                List.of("QUANTUM ACCORD - DRAFT", "The Parties shall review it yearly."))));
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);

    Map<String, String> texts = textsById(index);
    assertEquals("A shared lander", texts.get("statement:3"));
    Document lander = onlyChunk(index, "lander");
    // The <h1> only repeats the title: it heads no section over the page's passages.
    assertEquals(List.of("Lunar Cooperation"), values(lander, Fields.SECTION_PATH));
    assertEquals("bullet", lander.get(Fields.KIND));
    assertFalse(String.join(" ", texts.values()).contains("track()"));
    Document quantum = onlyChunk(index, "sens");
    assertEquals("This accord covers quantum sensing and computing.", quantum.get(Fields.TEXT));
    assertEquals(List.of("Article 1 Scope"), values(quantum, Fields.SECTION_PATH));
    assertFalse(String.join(" ", texts.values()).contains("DRAFT"), "running header dropped");
  }

  @Test
  void aChunkIsTaggedWithTheSectorsItsOwnWordsNameAndOnlyThose() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(
        corpus.resolve("notes.md"),
        "# Notes of the meeting\n\n"
            + "The ministers discussed memory chips, wafers and rare earths.\n\n"
            + "They thanked the hosts for a pleasant dinner.\n\n"
            + "Students will visit the laboratories next spring.\n");
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);

    // Plurals match the taxonomy's phrases because the text and phrases share one analysis.
    assertEquals(
        List.of("semiconductors", "critical-minerals"),
        values(onlyChunk(index, "wafer"), Fields.SECTOR));
    assertEquals(List.of(), values(onlyChunk(index, "dinner"), Fields.SECTOR));
    assertEquals(List.of("education"), values(onlyChunk(index, "student"), Fields.SECTOR));
  }

  @Test
  void pressReleaseChunksAreTaggedWithItsCountriesNotThoseOfItsSidebar() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(corpus.resolve("release.html"), TestPages.PRESS_RELEASE);
    Path index = tmp.resolve("index");
    engine.index(corpus, index, Indexer.Progress.NONE);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> countries = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(new FieldExistsQuery(Fields.CHUNK_ID), 100).scoreDocs) {
        Document chunk = searcher.storedFields().document(hit.doc);
        countries.addAll(values(chunk, Fields.COUNTRY));
        titles.add(chunk.get(Fields.TITLE));
      }
      assertTrue(countries.contains("KR"));
      assertFalse(countries.contains("AU"), countries.toString());
      assertFalse(countries.contains("CN"), countries.toString());
      assertEquals(
          4,
          searcher.count(new FieldExistsQuery(Fields.CHUNK_ID)),
          "title, two paragraphs and one heading");
      assertEquals(
          List.of("Korea and Italy sign MoU on semiconductors"),
          titles.stream().distinct().toList());
    }
    assertEquals(List.of("KR", "IT"), values(onlyChunk(index, "research"), Fields.COUNTRY));
  }

  private Document onlyChunk(Path index, String word) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.TEXT, word)), 10).scoreDocs;
      assertEquals(1, hits.length, "chunks saying " + word);
      return searcher.storedFields().document(hits[0].doc);
    }
  }

  private static Map<String, String> textsById(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, String> texts = new java.util.TreeMap<>();
      for (ScoreDoc hit :
          searcher.search(new FieldExistsQuery(Fields.CHUNK_ID), 10_000).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        texts.put(doc.get(Fields.CHUNK_ID), doc.get(Fields.TEXT));
      }
      return texts;
    }
  }

  private static long generation(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.getIndexCommit().getGeneration();
    }
  }

  private static List<String> values(Document doc, String field) {
    return java.util.Arrays.stream(doc.getValues(field)).toList();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
