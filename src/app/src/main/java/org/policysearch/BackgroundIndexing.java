package org.policysearch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.policysearch.corpus.CorpusWatch;
import org.policysearch.index.IndexLockedException;
import org.policysearch.index.ReportedSkips;

/**
 * Keeps the served index in line with the corpus folder beside serving: a run when serving starts
 * and, while the folder is watched, a run after each change to it has settled.
 */
final class BackgroundIndexing implements AutoCloseable {
  /**
   * How long the corpus stays unchanged before a run: a file being copied in is written for as long
   * as the copy lasts and read only after, and a hundred files dropped at once are one run.
   */
  static final Duration QUIET = Duration.ofSeconds(2);

  /**
   * The longest a change waits for the folder to fall quiet, so that a file written to without end
   * (a log, a slow download) does not hold back what changed beside it.
   */
  static final Duration LONGEST = Duration.ofSeconds(30);

  private final Engine engine;
  private final CorpusOptions folders;
  private final SettledRuns runs;
  private final CorpusWatch watch;
  private final ReportedSkips reported;
  // Touched by the runs' thread only.
  private boolean heldElsewhere;

  private BackgroundIndexing(
      Engine engine, CorpusOptions folders, boolean watching, ReportedSkips reported)
      throws IOException {
    this.engine = engine;
    this.folders = folders;
    this.reported = reported;
    this.runs = new SettledRuns("indexing beside serving", QUIET, LONGEST, this::run);
    this.watch =
        watching
            ? CorpusWatch.start(
                folders.corpus, folders.links(), List.of(folders.index), runs::request)
            : null;
  }

  /**
   * Indexing of {@code folders}' corpus into its index, which watches the corpus from now on when
   * {@code watching} (so that a change made while the index is first built is not missed) and runs
   * from {@link #start}; the skipped files that {@code reported} holds unchanged (those the process
   * reported before) are not reported again.
   */
  static BackgroundIndexing of(
      Engine engine, CorpusOptions folders, boolean watching, ReportedSkips reported)
      throws IOException {
    return new BackgroundIndexing(engine, folders, watching, reported);
  }

  /**
   * Starts indexing: at once when {@code now} (the index served was not built from the corpus just
   * now), else after the changes made since this was made, if any.
   */
  void start(boolean now) {
    if (now) {
      runs.requestNow();
    }
    runs.start();
  }

  /**
   * One run, incremental, so that a corpus that did not change is read, found unchanged and not
   * committed; false when another run holds the index and a watched corpus should be tried again. A
   * failure leaves the index served as it was.
   */
  private boolean run() {
    try {
      IndexCommand.run(engine, folders, false, reported);
      heldElsewhere = false;
    } catch (IndexLockedException e) {
      if (!heldElsewhere) {
        System.out.println(servingCommitsOf(e));
      }
      // The other run may have read the corpus before the changes this run was for; the next
      // try, a few seconds on, brings them in once that run is over.
      heldElsewhere = watch != null;
      return watch == null;
    } catch (Exception e) {
      System.err.println(
          "Indexing the corpus stopped (" + e.getMessage() + "): serving the index as it was.");
    }
    return true;
  }

  /** The line saying that another run holds the index and its commits are what is served. */
  static String servingCommitsOf(IndexLockedException e) {
    return IndexCommand.heldBy(e)
        + ": serving what it has committed, and its next commits as they land.";
  }

  @Override
  public void close() {
    if (watch != null) {
      watch.close();
    }
    runs.close();
  }
}
