package org.policysearch;

import java.nio.file.Path;
import java.util.List;
import org.policysearch.index.IndexSummary;

/**
 * What one run of {@link BackgroundIndexing} does: bring one index (a Lucene index folder, a Solr
 * collection) in line with the corpus, incrementally.
 */
interface IndexRun {
  /**
   * Runs once and answers what it did, not printed yet; null when the index is held by another
   * process, so that this run could not start and should be tried again once that one is over. A
   * failure leaves the index as it was.
   */
  IndexSummary run() throws Exception;

  /**
   * The folders this run writes, which the corpus watch must not follow: an index folder kept
   * inside the corpus would otherwise set off a run with each commit.
   */
  List<Path> writes();
}
