package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policysearch.index.Fields;

class BestByScoreTest {
  private static final List<String> WORDS = List.of("trade", "quantum", "fisheries", "origin");

  @Test
  void withoutDocumentIdsKeepsTheSameBestAsLucenesCollectorEqualScoresGoingToTheEarlierChunk()
      throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      Random random = new Random(11);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setMaxBufferedDocs(700); // several segments
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < 5_000; i++) {
          // Few words and short texts: many chunks score exactly alike.
          StringBuilder text = new StringBuilder();
          for (int w = random.nextInt(6); w >= 0; w--) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
          }
          Document doc = new Document();
          doc.add(new TextField("text", text.toString(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Each segment searched as a slice of its own, its best merged with the others'.
        IndexSearcher sliced =
            new IndexSearcher(reader, Runnable::run) {
              @Override
              protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, 1, 1);
              }
            };
        Query query =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "trade")), Occur.SHOULD)
                .add(new TermQuery(new Term("text", "quantum")), Occur.SHOULD)
                .build();
        for (int size : new int[] {1, 3, 10, 100, 1000, 10_000}) {
          TopDocs expected =
              searcher.search(query, new TopScoreDocCollectorManager(size, Integer.MAX_VALUE));
          for (IndexSearcher each : List.of(searcher, sliced)) {
            TopDocs best = each.search(query, new BestByScore(size, DocumentOrder.of(reader)));

            assertEquals(expected.totalHits, best.totalHits, "every match counted");
            ScoreDoc[] ordered = best.scoreDocs.clone();
            Arrays.sort(
                ordered,
                Comparator.<ScoreDoc>comparingDouble(d -> -d.score).thenComparingInt(d -> d.doc));
            assertEquals(
                ScoreDocList.describe(expected.scoreDocs),
                ScoreDocList.describe(ordered),
                "size " + size);
          }
        }
      }
    }
  }

  @Test
  void equalScoresGoToTheDocumentFirstByIdWhateverOrderItWasWrittenIn() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setMaxBufferedDocs(50); // several segments
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        ids.add(String.format(Locale.ROOT, "doc-%03d", i));
      }
      // Written in no order: the document first by id is not the first in the index.
      Collections.shuffle(ids, new Random(7));
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (String id : ids) {
          // Two alike chunks per document, and one that scores lower.
          for (String text : List.of("trade", "trade", "trade quantum fisheries origin")) {
            Document doc = new Document();
            doc.add(new TextField("text", text, Field.Store.NO));
            doc.add(new StringField(Fields.DOC_ID, id, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(id)));
            writer.addDocument(doc);
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.leaves().size() > 1);
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs best =
            searcher.search(
                new TermQuery(new Term("text", "trade")),
                new BestByScore(25, DocumentOrder.of(reader)));

        assertEquals(1200, best.totalHits.value);
        StoredFields stored = reader.storedFields();
        List<String> kept = new ArrayList<>();
        for (ScoreDoc hit : best.scoreDocs) {
          kept.add(stored.document(hit.doc).get(Fields.DOC_ID) + "@" + hit.doc);
        }
        Collections.sort(kept);
        // The 25 best: both chunks of doc-000 to doc-011, then the earlier chunk of doc-012.
        List<String> documents = kept.stream().map(k -> k.substring(0, k.indexOf('@'))).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          String id = String.format(Locale.ROOT, "doc-%03d", i);
          expected.addAll(List.of(id, id));
        }
        expected.add("doc-012");
        assertEquals(expected, documents);
        // Of doc-012's two alike chunks, the earlier one.
        int firstOfTwelve =
            searcher.search(new TermQuery(new Term(Fields.DOC_ID, "doc-012")), 3).scoreDocs[0].doc;
        assertTrue(kept.contains("doc-012@" + firstOfTwelve), kept.toString());
      }
    }
  }
}
