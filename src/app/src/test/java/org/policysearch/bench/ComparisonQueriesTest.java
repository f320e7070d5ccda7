package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.Fields;

/** The comparison keeps only the queries every server answers the same way: words, all held. */
class ComparisonQueriesTest {
  @Test
  void keepsOnlyPlainWordQueriesOfTheBuiltInList() {
    List<String> kept =
        BenchQueries.builtIn().stream()
            .filter(ComparisonQueries::plain)
            .map(BenchQuery::label)
            .toList();
    assertEquals(
        List.of(
            "rules of origin",
            "customs valuation",
            "dispute settlement panel",
            "sanitary phytosanitary measures",
            "government procurement thresholds",
            "intellectual property enforcement",
            "investment expropriation compensation",
            "electronic commerce",
            "temporary entry business persons",
            "rules of origin [country=CL,PE]",
            "intellectual property [year=2005,2006,2007]"),
        kept);
  }

  @Test
  void twoIndexesOfTheSameChunksInAnotherOrderGiveTheSameSampledQueries(@TempDir Path dir)
      throws IOException {
    List<String> texts = texts();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    index(dir.resolve("a"), texts, order);
    Collections.shuffle(order, new Random(9));
    index(dir.resolve("b"), texts, order);

    List<BenchQuery> first = ComparisonQueries.sample(dir.resolve("a"), 40, 11);
    List<BenchQuery> second = ComparisonQueries.sample(dir.resolve("b"), 40, 11);

    assertEquals(40, first.size());
    assertEquals(first, second);
  }

  @Test
  void aDeletedChunkIsNotSampled(@TempDir Path dir) throws IOException {
    List<String> texts = texts();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    index(dir.resolve("kept"), texts, order);
    // The same chunks and one more, deleted after a commit: its id stays in its segment.
    List<String> more = new ArrayList<>(texts);
    more.add("withdrawn annex schedule");
    List<Integer> all = new ArrayList<>(order);
    all.add(texts.size());
    index(dir.resolve("deleted"), more, all);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir.resolve("deleted")), config)) {
      writer.deleteDocuments(new Term(Fields.CHUNK_ID, id(texts.size())));
    }

    assertEquals(
        ComparisonQueries.sample(dir.resolve("kept"), 40, 11),
        ComparisonQueries.sample(dir.resolve("deleted"), 40, 11));
  }

  /** 300 chunk texts of eight words each, drawn from six. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    Random words = new Random(3);
    String[] vocabulary = {"tariff", "quota", "customs", "origin", "fisheries", "services"};
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 8; w++) {
        text.append(vocabulary[words.nextInt(vocabulary.length)]).append(' ');
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static String id(int chunk) {
    return String.format(Locale.ROOT, "doc-%03d#0", chunk);
  }

  /** An index of chunks of {@code texts} written in {@code order}, a record between each two. */
  private static void index(Path path, List<String> texts, List<Integer> order) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(path), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i : order) {
        Document chunk = new Document();
        String id = id(i);
        chunk.add(new StringField(Fields.CHUNK_ID, id, Field.Store.YES));
        chunk.add(new SortedDocValuesField(Fields.CHUNK_ID, new BytesRef(id)));
        chunk.add(new StoredField(Fields.TEXT, texts.get(i)));
        writer.addDocument(chunk);
        writer.addDocument(new Document()); // a document's record: no chunk id, no text
      }
    }
  }
}
