package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policysearch.index.Fields;
import org.policysearch.search.SameTextFolding;

class TopWindowRescorerTest {

  @Test
  void thePageEndsAtTheScoreOfItsLastPlaceTiesIncluded() {
    Random random = new Random(7);
    for (int n = 1; n < 300; n += 7) {
      float[] scores = new float[n];
      for (int i = 0; i < n; i++) {
        // Few distinct values: ties at the page's end are the case that matters.
        scores[i] = 1000 + random.nextInt(12) * 0.25f;
      }
      float[] sorted = scores.clone();
      Arrays.sort(sorted);
      for (int rank = 1; rank <= n; rank += 3) {
        assertEquals(sorted[n - rank], TopWindowRescorer.nthHighest(scores, rank), 0f);
      }
      float[] before = scores.clone();
      TopWindowRescorer.nthHighest(scores, 1);
      assertEquals(Arrays.toString(before), Arrays.toString(scores), "the scores stay in order");
    }
  }

  @Test
  void rescoringTheWindowGivesTheScoresOfTheWholeQueryOnEveryMatch() throws IOException {
    List<String> words = List.of("trade", "rules", "origin", "goods", "fisheries", "customs");
    try (Directory directory = new ByteBuffersDirectory()) {
      Random random = new Random(5);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setMaxBufferedDocs(300); // several segments
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        // Fewer matches than the window: it rescores all of them.
        for (int i = 0; i < 900; i++) {
          Document doc = new Document();
          doc.add(
              new TextField("text", text(words, random, 3 + random.nextInt(20)), Field.Store.NO));
          doc.add(
              new TextField("title", text(words, random, 1 + random.nextInt(3)), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query first = new TermQuery(new Term("text", "trade"));
        // Clauses of each kind the ranking has: boosted words on another field, a sloppy phrase
        // (checked through its positions), a constant, and a group of words.
        Query ranking =
            new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", "origin")), 0.5f), Occur.SHOULD)
                .add(
                    new BoostQuery(new PhraseQuery(8, "text", "rules", "origin"), 1f), Occur.SHOULD)
                .add(
                    new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term("text", "goods"))), 1f),
                    Occur.SHOULD)
                .add(
                    new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("title", "customs")), Occur.SHOULD)
                        .add(new TermQuery(new Term("title", "fisheries")), Occur.SHOULD)
                        .build(),
                    Occur.SHOULD)
                .build();
        Query whole =
            new BooleanQuery.Builder().add(first, Occur.MUST).add(ranking, Occur.SHOULD).build();
        int matches = searcher.count(first);

        ScoreDoc[] window = searcher.search(first, matches).scoreDocs;
        ScoreDoc[] rescored = TopWindowRescorer.rescore(searcher, window, ranking, 50);
        ScoreDoc[] expected = searcher.search(whole, 50).scoreDocs;

        assertEquals(ScoreDocList.describe(expected), ScoreDocList.describe(rescored));
      }
    }
  }

  @Test
  void foldingOnlyTheTextsThatReachThePageGivesThePagesOfFoldingTheWholeWindow()
      throws IOException {
    List<String> words = List.of("trade", "rules", "origin", "goods");
    try (Directory directory = new ByteBuffersDirectory()) {
      Random random = new Random(11);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setMaxBufferedDocs(200); // several segments
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < 1_200; i++) {
          // Few texts and short ones: many results share a text, and many scores tie.
          int text = random.nextInt(60);
          Random words4 = new Random(text);
          Document doc = new Document();
          doc.add(new TextField("text", text(words, words4, 2 + text % 5), Field.Store.NO));
          doc.add(new TextField("title", text(words, random, 1), Field.Store.NO));
          doc.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef("d" + random.nextInt(90))));
          doc.add(new NumericDocValuesField(Fields.ORDINAL, i));
          doc.add(new NumericDocValuesField(Fields.SAME_TEXT, text));
          // Texts in threes read nearly the same (their sketches differ in one place of 16),
          // but every fifth text has no sketch, as a short one has none.
          if (text % 5 != 0) {
            long sketch = 0x0101010101010100L * (text / 3 + 1) + text % 3;
            doc.add(new NumericDocValuesField(Fields.SAME_TEXT_SKETCH, sketch));
            // And every seventh commits otherwise ("may" for "shall"): no near copy of the others.
            doc.add(new NumericDocValuesField(Fields.SAME_TEXT_COMMITMENT, text % 7 == 0 ? 1 : 0));
          }
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query first = new TermQuery(new Term("text", "trade"));
        Query ranking = new BoostQuery(new TermQuery(new Term("title", "origin")), 0.5f);
        ScoreDoc[] window = searcher.search(first, 1_000).scoreDocs;
        ScoreDoc[] whole = TopWindowRescorer.rescore(searcher, window, ranking, window.length);
        long[] wholeSignatures = signatures(searcher, whole);
        long[] wholeSketches = sketches(searcher, whole);
        long[] wholeCommitments = commitments(searcher, whole);
        float[] wholeScores = new float[whole.length];
        for (int i = 0; i < whole.length; i++) {
          wholeScores[i] = whole[i].score;
        }
        int nearCopies = 0;
        for (int to : new int[] {1, 2, 5, 10, 20, 40, 100}) {
          ScoreDoc[] reached = TopWindowRescorer.rescoreFolding(searcher, window, ranking, to);
          long[] reachedSignatures =
              Arrays.stream(reached).mapToLong(SameTextWindow::signature).toArray();
          long[] reachedKeys = Arrays.stream(reached).mapToLong(SameTextWindow::readAs).toArray();
          long[] wholeKeys =
              SameTextFolding.read(
                      wholeSignatures, wholeSketches, wholeCommitments, wholeScores, to)
                  .keys();
          assertEquals(
              Arrays.toString(Arrays.copyOf(reachedSignatures, Math.min(5, reached.length))),
              Arrays.toString(
                  Arrays.copyOf(signatures(searcher, reached), Math.min(5, reached.length))),
              "each result carries its own text's signature");
          for (int from = 0; from < to; from += Math.max(1, to / 3)) {
            SameTextFolding.Folded expected =
                SameTextFolding.fold(wholeKeys, wholeSignatures, from, to);
            assertEquals(
                describe(whole, expected),
                describe(reached, SameTextFolding.fold(reachedKeys, reachedSignatures, from, to)),
                "page " + from + " to " + to);
            nearCopies += expected.nearly().cardinality();
          }
        }
        assertTrue(nearCopies > 0, "near copies were folded");
      }
    }
  }

  /** The signatures of {@code ranked}'s chunks, read from the index. */
  private static long[] signatures(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    return inRankOrder(ranked, inDocOrder -> SameTextWindow.signatures(searcher, inDocOrder));
  }

  /** The sketches of {@code ranked}'s chunks, read from the index. */
  private static long[] sketches(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    return inRankOrder(ranked, inDocOrder -> SameTextWindow.sketches(searcher, inDocOrder));
  }

  /** The commitment numbers of {@code ranked}'s chunks, read from the index. */
  private static long[] commitments(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    return inRankOrder(ranked, inDocOrder -> SameTextWindow.commitments(searcher, inDocOrder));
  }

  /** Values read in document order, as {@link SameTextWindow} reads them, put in rank order. */
  private static long[] inRankOrder(ScoreDoc[] ranked, WindowValues read) throws IOException {
    long[] inDocOrder = new long[ranked.length];
    for (int i = 0; i < ranked.length; i++) {
      inDocOrder[i] = ((long) ranked[i].doc << 32) | i;
    }
    Arrays.sort(inDocOrder);
    long[] inOrder = read.values(inDocOrder);
    long[] signatures = new long[ranked.length];
    for (int i = 0; i < inDocOrder.length; i++) {
      signatures[(int) inDocOrder[i]] = inOrder[i];
    }
    return signatures;
  }

  private interface WindowValues {
    long[] values(long[] inDocOrder) throws IOException;
  }

  /** A folded page as the chunks it lists, each with those folded into it, and how many were. */
  private static String describe(ScoreDoc[] ranked, SameTextFolding.Folded folded) {
    StringBuilder page = new StringBuilder("folded " + folded.folded() + ":");
    for (int i = 0; i < folded.page().length; i++) {
      page.append(' ').append(ranked[folded.page()[i]].doc).append(" [");
      for (int other : folded.others().get(i)) {
        page.append(ranked[other].doc).append(folded.nearly().get(other) ? "~ " : " ");
      }
      page.append(']');
    }
    return page.toString();
  }

  private static String text(List<String> words, Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(words.get(random.nextInt(words.size()))).append(' ');
    }
    return text.toString();
  }
}
