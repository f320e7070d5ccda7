package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.policysearch.search.Awaited;
import org.policysearch.search.FacetCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every facet value's count over one reader's whole corpus, counted once: in the background as the
 * reader opens, or by the first caller that cannot wait. Counting visits every chunk (about a
 * second of a cold JVM at a million chunks), and only the corpus's facet list needs it, so a new
 * reader starts answering searches without it.
 */
final class CorpusCounts {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusCounts.class);

  private final IndexReader reader;
  private final FutureTask<FacetCounts> counting;

  private CorpusCounts(IndexReader reader, SortedSetDocValuesReaderState ordinals) {
    this.reader = reader;
    this.counting = new FutureTask<>(() -> count(reader, ordinals));
  }

  /** The counts of {@code reader}, whose facets are {@code ordinals} (null: it has none). */
  static CorpusCounts of(IndexReader reader, SortedSetDocValuesReaderState ordinals) {
    return new CorpusCounts(reader, ordinals);
  }

  /**
   * Has {@code background} count them, unless a caller of {@link #get} has started by then; a
   * reader closed before its turn comes is not counted, as no search can ask for its counts any
   * more.
   */
  CorpusCounts countOn(Executor background) {
    try {
      background.execute(
          () -> {
            if (reader.tryIncRef()) {
              try {
                counting.run();
              } finally {
                decRef();
              }
            }
          });
    } catch (RejectedExecutionException e) {
      // The backend is closing: whoever still asks counts on their own thread.
    }
    return this;
  }

  /** The counts: counted on this thread unless another thread counts or has counted them. */
  FacetCounts get() throws IOException {
    counting.run(); // returns at once when the counting has started elsewhere or is done
    return Awaited.value(counting, "the corpus's facet counts");
  }

  private void decRef() {
    try {
      reader.decRef();
    } catch (IOException e) {
      // The last holder of a reader the index has moved past closes it: nothing is lost.
      LOG.warn("closing a replaced index reader: {}", e.toString());
    }
  }

  private static FacetCounts count(IndexReader reader, SortedSetDocValuesReaderState ordinals)
      throws IOException {
    if (ordinals == null) {
      return FacetCounts.NONE;
    }
    FacetsCollector all = new FacetsCollector();
    new IndexSearcher(reader).search(LuceneQueries.CHUNKS, all);
    return ReaderState.counts(new SortedSetDocValuesFacetCounts(ordinals, all));
  }
}
