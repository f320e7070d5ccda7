package org.policysearch;

import java.io.IOException;
import java.time.Duration;
import org.policysearch.corpus.CorpusWatch;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.ReportedSkips;
import org.policysearch.search.SearchService;

/**
 * Keeps the served index (an index folder, a Solr collection: what its {@link IndexRun} writes) in
 * line with the corpus folder beside serving: a run when serving starts and, while the folder is
 * watched, a run after each change to it has settled.
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

  /**
   * How long a failed run waits before it is tried again, doubling at each failure in a row up to
   * {@link #LONGEST_RETRY}: an index on a full disk or a cluster that is down does not come back at
   * once, and the changes the run was for must not wait for the next change to the corpus.
   */
  static final Duration FIRST_RETRY = Duration.ofSeconds(10);

  /** The longest wait between tries of a run that keeps failing. */
  static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

  private final IndexRun run;
  private final SettledRuns runs;
  private final CorpusWatch watch;
  private final Duration firstRetry;
  // Set by start, before the runs' thread starts.
  private SearchService service;
  // Touched by the runs' thread only: the wait before the next try, null while runs succeed.
  private Duration retry;

  private BackgroundIndexing(
      CorpusOptions folders, boolean watching, IndexRun run, Duration firstRetry)
      throws IOException {
    this.run = run;
    this.firstRetry = firstRetry;
    this.runs = new SettledRuns("indexing beside serving", QUIET, LONGEST, this::runOnce);
    this.watch =
        watching
            ? CorpusWatch.start(folders.corpus, folders.links(), run.writes(), runs::request)
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
    return of(folders, watching, new IndexFolderRun(engine, folders, reported));
  }

  /**
   * Indexing of {@code folders}' corpus by {@code run} (into an index folder, a Solr collection),
   * which watches the corpus from now on when {@code watching} and runs from {@link #start}.
   */
  static BackgroundIndexing of(CorpusOptions folders, boolean watching, IndexRun run)
      throws IOException {
    return of(folders, watching, run, FIRST_RETRY);
  }

  /**
   * {@link #of(CorpusOptions, boolean, IndexRun)}, a failed run tried again from {@code
   * firstRetry}.
   */
  static BackgroundIndexing of(
      CorpusOptions folders, boolean watching, IndexRun run, Duration firstRetry)
      throws IOException {
    return new BackgroundIndexing(folders, watching, run, firstRetry);
  }

  /**
   * Starts indexing: at once when {@code now} (the index served was not built from the corpus just
   * now), else after the changes made since this was made, if any; {@code service}, which searches
   * the index, is refreshed after each run that changed it.
   */
  void start(boolean now, SearchService service) {
    this.service = service;
    if (now) {
      runs.requestNow();
    }
    runs.start();
  }

  /**
   * One run, incremental, so that a corpus that did not change is read, found unchanged and not
   * committed; false when another process holds the index and a watched corpus should be tried
   * again. A failure leaves the index served as it was; while the corpus is watched, the run is
   * tried again after a wait that doubles at each failure in a row, or at the next change, and the
   * failure is said once, not at every try.
   */
  private boolean runOnce() {
    IndexSummary summary;
    try {
      summary = run.run();
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      // A run that ran out of memory or stack let go of what it held: the server goes on, and
      // a watched corpus is tried again, where an Error ended this thread and indexing for good.
      String why = e instanceof Error ? e.toString() : e.getMessage();
      if (watch == null) {
        System.err.println(
            "Indexing the corpus stopped (" + why + "): serving the index as it was.");
        return true;
      }
      if (retry == null) {
        retry = firstRetry;
        System.err.println(
            "Indexing the corpus stopped ("
                + why
                + "): serving the index as it was, and trying again from "
                + retry.toSeconds()
                + " s on, and at each change.");
      } else {
        Duration doubled = retry.multipliedBy(2);
        retry = doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled;
      }
      runs.requestIn(retry);
      return true;
    }
    if (retry != null) {
      retry = null;
      System.out.println("Indexing the corpus works again.");
    }
    if (summary == null) {
      // The other run may have read the corpus before the changes this run was for; the next
      // try, a few seconds on, brings them in once that run is over.
      return watch == null;
    }
    if (summary.changed()) {
      refresh();
    }
    IndexCommand.print(summary);
    return true;
  }

  /**
   * Has the service search what the run committed now, before the summary says it is done, rather
   * than at its next background refresh (up to a few seconds on): the answers it keeps are dropped
   * with the index they were read from, so a search made once the summary is out finds the run's
   * changes, not the answer kept from before them.
   */
  private void refresh() {
    try {
      service.refresh();
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "Opening what indexing committed failed ("
              + e.getMessage()
              + "): it is searched from the next background refresh.");
    }
  }

  @Override
  public void close() {
    if (watch != null) {
      watch.close();
    }
    runs.close();
  }
}
