package org.policysearch.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.policysearch.index.Fields;
import org.policysearch.index.IndexAnalyzers;

/**
 * The embedded engine's "more like this passage" for an index split into shards: the caller counts
 * the passage's words over the whole collection, and Lucene's MoreLikeThis, set up as {@link
 * SimilarPassages} sets it up, picks and weighs the same words from those counts as from one index.
 * Solr's own {@code {!mlt}} parser picks the words on each shard by that shard's counts, so each
 * shard asks for different words and ranks its own documents first.
 */
public final class ShardLikeThis {
  private static final SimilarPassages SIMILAR = new SimilarPassages(IndexAnalyzers.create());

  /** A reader of one empty document, under the counts: what a leaf reader must wrap. */
  private static final LeafReader EMPTY = emptyLeaf();

  private ShardLikeThis() {}

  /**
   * A collection's counts.
   *
   * @param documents how many documents the index holds, records included: what the share of chunks
   *     a word may be in ({@link SimilarPassages#MAX_CHUNKS_PERCENT}) is taken of
   * @param chunks how many of them have chunk text
   * @param chunksWith per word of the passage, how many chunks hold it
   */
  public record Counts(int documents, int chunks, Map<String, Integer> chunksWith) {
    public Counts {
      chunksWith = Map.copyOf(chunksWith);
    }
  }

  /** The words of a passage's {@code text} whose counts {@link #like} needs. */
  public static Set<String> words(String text) {
    return SIMILAR.words(text);
  }

  /**
   * The query on the chunk text for what reads like {@code text}: the passage's most distinctive
   * words as term queries in a disjunction, each boosted by its weight.
   */
  public static Query like(String text, Counts counts) throws IOException {
    return SIMILAR.like(new CountsReader(counts), text);
  }

  /**
   * An index reader that knows nothing but the counts MoreLikeThis asks of it: how many documents,
   * how many have chunk text, and how many hold each word.
   */
  private static final class CountsReader extends FilterLeafReader {
    private final Counts counts;

    CountsReader(Counts counts) {
      super(EMPTY);
      this.counts = counts;
    }

    @Override
    public int numDocs() {
      return counts.documents();
    }

    /** What the share of chunks a word may be in is taken of. */
    @Override
    public int maxDoc() {
      return counts.documents();
    }

    @Override
    public Terms terms(String field) {
      return Fields.TEXT.equals(field) ? new CountedTerms(counts) : null;
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

  private static LeafReader emptyLeaf() {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(new Document());
      }
      return DirectoryReader.open(directory).leaves().get(0).reader();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chunk text's terms as far as their counts go: enough to look one up. */
  private static final class CountedTerms extends Terms {
    private final Counts counts;

    CountedTerms(Counts counts) {
      this.counts = counts;
    }

    @Override
    public TermsEnum iterator() {
      return new BaseTermsEnum() {
        private BytesRef term;
        private int docFreq;

        @Override
        public boolean seekExact(BytesRef text) {
          Integer found = counts.chunksWith().get(text.utf8ToString());
          if (found == null || found == 0) {
            return false;
          }
          term = BytesRef.deepCopyOf(text);
          docFreq = found;
          return true;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
          return seekExact(text) ? SeekStatus.FOUND : SeekStatus.END;
        }

        @Override
        public void seekExact(long ord) {
          throw new UnsupportedOperationException("counts only");
        }

        @Override
        public BytesRef term() {
          return term;
        }

        @Override
        public long ord() {
          throw new UnsupportedOperationException("counts only");
        }

        @Override
        public int docFreq() {
          return docFreq;
        }

        @Override
        public long totalTermFreq() {
          return docFreq;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
          throw new UnsupportedOperationException("counts only");
        }

        @Override
        public ImpactsEnum impacts(int flags) {
          throw new UnsupportedOperationException("counts only");
        }

        @Override
        public BytesRef next() {
          return null;
        }
      };
    }

    @Override
    public long size() {
      return counts.chunksWith().size();
    }

    @Override
    public long getSumTotalTermFreq() {
      return -1;
    }

    @Override
    public long getSumDocFreq() {
      return -1;
    }

    @Override
    public int getDocCount() {
      return counts.chunks();
    }

    @Override
    public boolean hasFreqs() {
      return true;
    }

    @Override
    public boolean hasOffsets() {
      return false;
    }

    @Override
    public boolean hasPositions() {
      return false;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }
  }
}
