package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shard holding {@code chip} but no {@code semiconductor}, its synonym, which the other shard
 * holds: given the whole collection's statistics, as a Solr shard is, it scores a passage as one
 * index holding both shards does.
 */
class ShardAlternativesTest {
  private static final String FIELD = "body";

  private static Directory chips;
  private static Directory semiconductors;
  private static IndexReader shard;
  private static IndexReader whole;

  @BeforeAll
  static void index() throws IOException {
    chips = shard(List.of("memory chip maker", "a chip plant", "memory prices"));
    semiconductors =
        shard(
            List.of(
                "semiconductor memory",
                "semiconductor supply",
                "semiconductor tariffs",
                "a semiconductor fab",
                "memory semiconductor exports"));
    shard = DirectoryReader.open(chips);
    whole = new MultiReader(DirectoryReader.open(chips), DirectoryReader.open(semiconductors));
  }

  @AfterAll
  static void close() throws IOException {
    shard.close();
    whole.close();
    chips.close();
    semiconductors.close();
  }

  @Test
  void synonymOnlyTheOtherShardHoldsCountsAsInOneIndex() throws IOException {
    Query synonyms =
        new SynonymQuery.Builder(FIELD)
            .addTerm(new Term(FIELD, "chip"))
            .addTerm(new Term(FIELD, "semiconductor"))
            .build();
    assertScoredAsInOneIndex(synonyms);
  }

  @Test
  void phraseWithAnAlternativeOnlyTheOtherShardHoldsCountsAsInOneIndex() throws IOException {
    Query phrase =
        new MultiPhraseQuery.Builder()
            .add(new Term(FIELD, "memory"))
            .add(new Term[] {new Term(FIELD, "chip"), new Term(FIELD, "semiconductor")})
            .build();
    assertScoredAsInOneIndex(phrase);
  }

  /**
   * The shard's first passage (the first of both indexes) scores on the shard as in the whole
   * index.
   */
  private static void assertScoredAsInOneIndex(Query alternatives) throws IOException {
    IndexSearcher onShard = new CollectionSearcher(shard);
    int passage = onShard.search(alternatives, 1).scoreDocs[0].doc;
    float inOneIndex = score(new IndexSearcher(whole), alternatives, passage);
    float lucene = score(onShard, alternatives, passage);
    float weighed = score(onShard, new ShardAlternatives(alternatives, new Collection()), passage);
    assertNotEquals(inOneIndex, lucene, "Lucene's own weight skips what the shard lacks");
    assertEquals(inOneIndex, weighed);
  }

  private static float score(IndexSearcher searcher, Query query, int doc) throws IOException {
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      if (hit.doc == doc) {
        return hit.score;
      }
    }
    throw new AssertionError("passage " + doc + " not found by " + query);
  }

  private static Directory shard(List<String> texts) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return dir;
  }

  /** A shard's searcher given the whole index's figures for the words it holds, as Solr's is. */
  private static final class CollectionSearcher extends IndexSearcher {
    CollectionSearcher(IndexReader reader) {
      super(reader);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
        throws IOException {
      return new TermStatistics(term.bytes(), whole.docFreq(term), whole.totalTermFreq(term));
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      return new IndexSearcher(whole).collectionStatistics(field);
    }
  }

  /** The whole index's statistics, also for the words the shard lacks. */
  private static final class Collection implements WordStatistics {
    @Override
    public TermStatistics termStatistics(IndexSearcher searcher, Term term) throws IOException {
      int docFreq = whole.docFreq(term);
      return docFreq == 0
          ? null
          : new TermStatistics(term.bytes(), docFreq, whole.totalTermFreq(term));
    }

    @Override
    public long docCount(IndexSearcher searcher, String field) throws IOException {
      return whole.getDocCount(field);
    }
  }
}
