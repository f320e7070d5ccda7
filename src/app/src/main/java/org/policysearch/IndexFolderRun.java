package org.policysearch;

import java.nio.file.Path;
import java.util.List;
import org.policysearch.index.IndexLockedException;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.ReportedSkips;

/** A run into the embedded engine's index folder, beside the server that searches it. */
final class IndexFolderRun implements IndexRun {
  private final Engine engine;
  private final CorpusOptions folders;
  private final ReportedSkips reported;
  // Touched by the runs' thread only.
  private boolean heldElsewhere;

  /** Runs into {@code folders}' index, reporting no skipped file that {@code reported} holds. */
  IndexFolderRun(Engine engine, CorpusOptions folders, ReportedSkips reported) {
    this.engine = engine;
    this.folders = folders;
    this.reported = reported;
  }

  @Override
  public IndexSummary run() throws Exception {
    try {
      IndexSummary summary = IndexCommand.index(engine, folders, reported);
      heldElsewhere = false;
      return summary;
    } catch (IndexLockedException e) {
      // Said once while the other run lasts, not at each try after a change.
      if (!heldElsewhere) {
        System.out.println(servingCommitsOf(e));
      }
      heldElsewhere = true;
      return null;
    }
  }

  @Override
  public List<Path> writes() {
    return List.of(folders.index);
  }

  /** The line saying that another run holds the index and its commits are what is served. */
  static String servingCommitsOf(IndexLockedException e) {
    return IndexCommand.heldBy(e)
        + ": serving what it has committed, and its next commits as they land.";
  }
}
