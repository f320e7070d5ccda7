package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Words looked up once per reader find and score passages as Lucene's own lookups do, over several
 * segments, and over a newer reader too.
 */
class TermLookupsTest {
  private static final String FIELD = "body";

  @Test
  void keptLookupsFindAndScoreAsLuceneDoes() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      add(writer, "semiconductor supply chain", "semiconductor tariffs", "fisheries subsidies");
      writer.commit(); // a second segment
      add(writer, "semiconductor semiconductor fab", "critical minerals supply");
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(2, reader.leaves().size());
        TermLookups lookups = new TermLookups(reader);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String word : List.of("semiconductor", "supply", "fisheries", "absent")) {
          Term term = new Term(FIELD, word);
          assertSameHits(searcher, new TermQuery(term), lookups.query(term));
          // Asked again: the kept lookup, the same answer.
          assertSameHits(searcher, new TermQuery(term), lookups.query(term));
        }
      }
    }
  }

  @Test
  void lookupsOfAnOlderReaderStillFindWhatANewerReaderHolds() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      add(writer, "semiconductor supply chain");
      writer.commit();
      try (DirectoryReader older = DirectoryReader.open(dir)) {
        TermLookups lookups = new TermLookups(older);
        Query semiconductor = lookups.query(new Term(FIELD, "semiconductor"));
        add(writer, "semiconductor tariffs", "semiconductor fab");
        writer.commit();
        try (DirectoryReader newer = DirectoryReader.openIfChanged(older)) {
          assertEquals(3, new IndexSearcher(newer).count(semiconductor));
          assertEquals(1, new IndexSearcher(older).count(semiconductor));
        }
      }
    }
  }

  @Test
  void keptLookupsStayWithinTheirBoundHoweverManyWordsAreAskedFor() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        texts.add("word" + i);
      }
      add(writer, texts.toArray(new String[0]));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        TermLookups lookups = new TermLookups(reader, 100);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int i = 0; i < 2_000; i++) {
          lookups.query(new Term(FIELD, "word" + i));
          assertTrue(lookups.size() <= 100, "kept: " + lookups.size());
        }
        // Dropped and looked up again, a word is still found.
        assertEquals(1, searcher.count(lookups.query(new Term(FIELD, "word1999"))));
      }
    }
  }

  private static void assertSameHits(IndexSearcher searcher, Query expected, Query actual)
      throws IOException {
    TopDocs want = searcher.search(expected, 10);
    TopDocs got = searcher.search(actual, 10);
    assertEquals(want.totalHits.value, got.totalHits.value, expected.toString());
    assertEquals(want.scoreDocs.length, got.scoreDocs.length);
    for (int i = 0; i < want.scoreDocs.length; i++) {
      ScoreDoc w = want.scoreDocs[i];
      ScoreDoc g = got.scoreDocs[i];
      assertEquals(w.doc, g.doc, expected + " #" + i);
      assertEquals(w.score, g.score, 1e-6f, expected + " #" + i);
    }
  }

  private static IndexWriter writer(Directory dir) throws IOException {
    return new IndexWriter(
        dir,
        new IndexWriterConfig(new WhitespaceAnalyzer())
            .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE));
  }

  private static void add(IndexWriter writer, String... texts) throws IOException {
    for (String text : texts) {
      Document doc = new Document();
      doc.add(new TextField(FIELD, text, Field.Store.NO));
      writer.addDocument(doc);
    }
  }
}
