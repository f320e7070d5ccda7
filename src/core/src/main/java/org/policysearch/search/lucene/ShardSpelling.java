package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.index.Fields;

/**
 * "Did you mean" over an index held in shards: each shard counts the words a suggestion may read
 * (the query's words, their other spellings, the words near them); where the shards' counts meet
 * they are summed and the embedded engine's suggester runs over them, so it suggests what it would
 * over one index holding every shard.
 */
public final class ShardSpelling {
  /** As the embedded engine builds it (see LuceneBackend). */
  private static final SpellingSuggester SUGGESTER = new SpellingSuggester(new SynonymAnalyzer());

  private ShardSpelling() {}

  /** On a shard: the counts the suggestion for {@code query} may read, as {@code field:text}. */
  public static Map<String, Long> localCounts(IndexReader reader, String query) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    SUGGESTER
        .localCounts(reader, query)
        .forEach((term, count) -> counts.put(key(term.field(), term.text()), count));
    return counts;
  }

  /**
   * Where the shards' answers meet: the suggestion for {@code query} given every shard's {@link
   * #localCounts} summed; null when nothing is corrected.
   */
  public static String suggest(String query, Map<String, Long> collectionCounts)
      throws IOException {
    try (IndexReader candidates = candidates(collectionCounts)) {
      return SUGGESTER.suggest(
          query,
          term -> collectionCounts.getOrDefault(key(term.field(), term.text()), 0L),
          candidates);
    }
  }

  private static String key(String field, String text) {
    return field + ":" + text;
  }

  /** The {@code spell} words of {@code counts} in an index of their own, with their counts. */
  private static IndexReader candidates(Map<String, Long> counts) throws IOException {
    Map<BytesRef, Long> spelled = new LinkedHashMap<>();
    String prefix = Fields.SPELL + ":";
    Document words = new Document();
    counts.forEach(
        (key, count) -> {
          if (key.startsWith(prefix) && count > 0) {
            String word = key.substring(prefix.length());
            spelled.put(new BytesRef(word), count);
            words.add(new StringField(Fields.SPELL, word, Field.Store.NO));
          }
        });
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      writer.addDocument(words);
    }
    return new Counted(DirectoryReader.open(dir), spelled);
  }

  /** An index whose terms report the collection's counts rather than their own one document. */
  private static final class Counted extends FilterDirectoryReader {
    private final Map<BytesRef, Long> counts;

    Counted(DirectoryReader in, Map<BytesRef, Long> counts) throws IOException {
      super(
          in,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
              return new CountedLeaf(reader, counts);
            }
          });
      this.counts = counts;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new Counted(in, counts);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  private static final class CountedLeaf extends FilterLeafReader {
    private final Map<BytesRef, Long> counts;

    /** The commonest word's count. */
    private final long most;

    CountedLeaf(LeafReader in, Map<BytesRef, Long> counts) {
      super(in);
      this.counts = counts;
      this.most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = super.terms(field);
      return terms == null
          ? null
          : new FilterTerms(terms) {
            @Override
            public TermsEnum iterator() throws IOException {
              return counted(in.iterator());
            }

            @Override
            public TermsEnum intersect(CompiledAutomaton compiled, BytesRef startTerm)
                throws IOException {
              return counted(in.intersect(compiled, startTerm));
            }

            /**
             * At least as many documents as the commonest word's count: a reader checks that no
             * word is in more documents than its field has (asserted when a word the collection
             * knows is looked up).
             */
            @Override
            public int getDocCount() throws IOException {
              return (int) Math.min(Integer.MAX_VALUE, Math.max(most, in.getDocCount()));
            }
          };
    }

    private TermsEnum counted(TermsEnum terms) {
      return new FilterTermsEnum(terms) {
        @Override
        public int docFreq() throws IOException {
          return (int) Math.min(Integer.MAX_VALUE, counts.getOrDefault(term(), 0L));
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
