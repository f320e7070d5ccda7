package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
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
import org.junit.jupiter.api.Test;

class BestByScoreTest {
  private static final List<String> WORDS = List.of("trade", "quantum", "fisheries", "origin");

  @Test
  void keepsTheSameBestAsLucenesCollectorEqualScoresGoingToTheEarlierChunk() throws IOException {
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
            TopDocs best = each.search(query, new BestByScore(size));

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
}
