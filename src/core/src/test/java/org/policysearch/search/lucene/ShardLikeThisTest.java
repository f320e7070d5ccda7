package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.Fields;
import org.policysearch.index.IndexAnalyzers;
import org.policysearch.search.TestIndexes;

/** MoreLikeThis from a collection's counts asks for what it asks of one index. */
class ShardLikeThisTest {
  @TempDir Path dir;

  @Test
  void countsOfTheWholeCollectionPickTheWordsTheIndexPicks() throws Exception {
    TestIndexes.index(TestIndexes.SEED_CORPUS, dir);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SimilarPassages similar = new SimilarPassages(IndexAnalyzers.create());
      for (String chunk :
          List.of(
              TestIndexes.NEWS_A + ":4", TestIndexes.US_ROK + ":10", TestIndexes.NEWS_B + ":3")) {
        int doc = SimilarPassages.find(searcher, chunk);
        String text = reader.storedFields().document(doc).get(Fields.TEXT);
        Map<String, Integer> chunksWith = new HashMap<>();
        for (String word : ShardLikeThis.words(text)) {
          chunksWith.put(word, reader.docFreq(new Term(Fields.TEXT, word)));
        }
        Query expected = similar.like(reader, doc);
        Query actual =
            ShardLikeThis.like(
                text,
                new ShardLikeThis.Counts(
                    reader.maxDoc(), reader.getDocCount(Fields.TEXT), chunksWith));
        assertFalse(((BooleanQuery) expected).clauses().isEmpty(), chunk);
        assertEquals(expected, actual, chunk);
        assertTrue(((BooleanQuery) actual).clauses().size() <= SimilarPassages.MAX_WORDS);
      }
    }
  }
}
