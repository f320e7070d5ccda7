package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.Engine;
import org.policysearch.corpus.SkippedFile;

/** Indexing on several threads gives the index that one thread gives, block for block. */
class ParallelIndexingTest {
  private static final List<String> COUNTRIES =
      List.of("Korea", "Italy", "Japan", "Chile", "Canada", "Kenya", "Norway", "Peru");
  private static final List<String> TOPICS =
      List.of(
          "critical minerals",
          "semiconductor supply chains",
          "quantum computing",
          "clean energy",
          "fisheries",
          "artificial intelligence");

  @TempDir Path tmp;

  @Test
  void fourThreadsGiveTheSameBlocksChunksAndHitsAsOne() throws IOException {
    Path corpus = generatedCorpus(tmp.resolve("corpus"), 40);
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");

    IndexSummary serial =
        Engine.create(IndexingConfig.withThreads(1)).index(corpus, one, Indexer.Progress.NONE);
    List<String> progress = new ArrayList<>();
    IndexSummary parallel =
        Engine.create(IndexingConfig.withThreads(4))
            .index(
                corpus,
                four,
                new Indexer.Progress() {
                  @Override
                  public void done(String fileName) {
                    progress.add(fileName);
                  }
                });

    assertEquals(40, parallel.added());
    assertEquals(serial.chunks(), parallel.chunks());
    assertEquals(
        files(corpus), progress, "progress is told every file once, in the corpus's order");
    Map<String, List<String>> blocks = blocks(four);
    assertEquals(40, blocks.size());
    assertEquals(blocks(one), blocks, "each document's chunks, same ids, in one block");
    for (String word : List.of("miner", "korea", "quantum", "articl", "fisheri")) {
      assertEquals(hits(one, word), hits(four, word), "hits for " + word);
    }
  }

  @Test
  void commitsWhilePutsAreUnderWayLoseNothing() throws IOException {
    Path corpus = generatedCorpus(tmp.resolve("corpus"), 30);
    Path one = tmp.resolve("one");
    Path committing = tmp.resolve("committing");
    Engine.create(IndexingConfig.withThreads(1)).index(corpus, one, Indexer.Progress.NONE);

    // Due at every put: the sink commits from the indexing threads while the others write.
    IndexingConfig everyPut = new IndexingConfig(3, 16, Duration.ZERO);
    IndexSummary summary = Engine.create(everyPut).index(corpus, committing, Indexer.Progress.NONE);

    assertEquals(30, summary.added());
    assertEquals(blocks(one), blocks(committing));
    IndexSummary again = Engine.create(everyPut).index(corpus, committing, Indexer.Progress.NONE);
    assertEquals(30, again.unchanged(), "every commit carried the schema, so nothing is rebuilt");
  }

  @Test
  void aBulkLoadEndsInOneSegmentAndASmallChangeIsLeftToTheMergePolicy() throws IOException {
    Path corpus = generatedCorpus(tmp.resolve("corpus"), 40);
    Path index = tmp.resolve("index");
    // A tiny writer buffer: the run flushes a segment every few documents.
    IndexingConfig smallBuffer = new IndexingConfig(2, 0.02, Duration.ofMinutes(5));

    Engine.create(smallBuffer).index(corpus, index, Indexer.Progress.NONE);
    assertEquals(1, segments(index), "every search would pay for each segment");

    Files.writeString(
        corpus.resolve("doc-40.txt"),
        "Agreement 40 between Chile and Peru\n\nArticle 1\n\nThe Parties shall cooperate on"
            + " krill fisheries.\n",
        StandardCharsets.UTF_8);
    IndexSummary added = Engine.create(smallBuffer).index(corpus, index, Indexer.Progress.NONE);
    assertEquals(1, added.added());
    assertEquals(2, segments(index), "one new document is not worth rewriting the index for");
    assertFalse(hits(index, "krill").isEmpty(), "the new document is searched");
  }

  @Test
  void malformedFileAmongManyIsSkippedAndTheRestIndexed() throws IOException {
    Path corpus = generatedCorpus(tmp.resolve("corpus"), 30);
    Files.write(
        corpus.resolve("doc-15-broken.pdf"),
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    Files.write(corpus.resolve("doc-07-empty.txt"), new byte[0]);

    IndexSummary summary =
        Engine.create(IndexingConfig.withThreads(3))
            .index(corpus, tmp.resolve("index"), Indexer.Progress.NONE);

    assertEquals(
        List.of("doc-07-empty.txt", "doc-15-broken.pdf"),
        summary.skipped().stream().map(SkippedFile::fileName).toList());
    assertEquals("empty file", summary.skipped().get(0).reason());
    assertTrue(summary.skipped().get(1).reason().startsWith("damaged PDF (truncated)"));
    assertEquals(30, summary.added());
    assertEquals(30, blocks(tmp.resolve("index")).size());
  }

  /** Every file name of the corpus, in the order the reader lists them. */
  private static List<String> files(Path corpus) throws IOException {
    try (var paths = Files.list(corpus)) {
      return paths.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Each document's chunk ids in index order, by document id; fails unless every document is one
   * contiguous block of its chunks, in ordinal order, closed by its record.
   */
  private static Map<String, List<String>> blocks(Path index) throws IOException {
    Map<String, List<String>> blocks = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        List<String> open = new ArrayList<>();
        String openDoc = null;
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc);
          String docId = d.get(Fields.DOC_ID);
          if (openDoc != null) {
            assertEquals(openDoc, docId, "a block holds one document's chunks only");
          }
          if (d.get(Fields.CHUNK_ID) == null) { // the record closes the block
            assertTrue(!open.isEmpty(), "a record follows its chunks: " + docId);
            assertNull(blocks.put(docId, List.copyOf(open)), "one block per document");
            open.clear();
            openDoc = null;
          } else {
            assertEquals(open.size(), Integer.parseInt(d.get(Fields.ORDINAL)), "ordinal order");
            open.add(d.get(Fields.CHUNK_ID));
            openDoc = docId;
          }
        }
        assertTrue(open.isEmpty(), "a segment ends with a record");
      }
    }
    return blocks;
  }

  /** The top 20 chunks for {@code term} in the body, with their scores, ties by chunk id. */
  private static int segments(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.leaves().size();
    }
  }

  private static Map<String, Float> hits(Path index, String term) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new ChunkSimilarity());
      Query query = new TermQuery(new Term(Fields.BODY, term));
      List<Map.Entry<String, Float>> hits = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
        hits.add(
            Map.entry(searcher.storedFields().document(hit.doc).get(Fields.CHUNK_ID), hit.score));
      }
      hits.sort(
          Map.Entry.<String, Float>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      Map<String, Float> top = new LinkedHashMap<>();
      hits.stream().limit(20).forEach(e -> top.put(e.getKey(), e.getValue()));
      assertTrue(!top.isEmpty(), "some chunk has " + term);
      return top;
    }
  }

  /** {@code count} seeded documents of headings, articles and bullets about a few topics. */
  private static Path generatedCorpus(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(11);
    for (int d = 0; d < count; d++) {
      String a = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      String b = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      StringBuilder text = new StringBuilder();
      text.append(String.format(Locale.ROOT, "Agreement %d between %s and %s%n%n", d, a, b));
      for (int article = 1; article <= 2 + random.nextInt(12); article++) {
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        text.append(String.format(Locale.ROOT, "Article %d%n%n", article));
        text.append(
            String.format(
                Locale.ROOT,
                "The Parties shall cooperate on %s. %s and %s will share research on %s.%n%n",
                topic,
                a,
                b,
                TOPICS.get(random.nextInt(TOPICS.size()))));
        for (int bullet = 0; bullet < random.nextInt(4); bullet++) {
          text.append(String.format(Locale.ROOT, "- joint work on %s;%n", topic));
        }
        text.append('\n');
      }
      Files.writeString(
          dir.resolve(String.format(Locale.ROOT, "doc-%02d.txt", d)),
          text.toString(),
          StandardCharsets.UTF_8);
    }
    return dir;
  }
}
