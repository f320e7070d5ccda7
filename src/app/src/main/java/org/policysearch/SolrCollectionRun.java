package org.policysearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.common.SolrException;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.ReportedSkips;
import org.policysearch.solr.SolrCollection;

/**
 * A run into a SolrCloud collection: the content hashes stored on its records decide what is sent
 * again, and the documents of removed files are deleted.
 */
final class SolrCollectionRun implements IndexRun {
  private final Engine engine;
  private final CorpusOptions folders;
  private final SolrCollection collection;
  private final BackendOptions backend;
  private final ReportedSkips reported;

  /**
   * Runs into {@code collection}, which {@code backend} names in its failures, reporting no skipped
   * file that {@code reported} holds.
   */
  SolrCollectionRun(
      Engine engine,
      CorpusOptions folders,
      SolrCollection collection,
      BackendOptions backend,
      ReportedSkips reported) {
    this.engine = engine;
    this.folders = folders;
    this.collection = collection;
    this.backend = backend;
    this.reported = reported;
  }

  /**
   * {@inheritDoc} A collection has no lock to be held by: a cluster that cannot be reached fails
   * the run with the one line that says so.
   */
  @Override
  public IndexSummary run() throws Exception {
    try {
      return IndexCommand.index(engine, folders, collection, reported);
    } catch (IOException | UncheckedIOException | SolrException e) {
      throw new IOException(backend.failed(e), e);
    }
  }

  /** None: the collection's files are the cluster's, and no local folder is written. */
  @Override
  public List<Path> writes() {
    return List.of();
  }
}
