package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.index.IndexReader;
import org.policysearch.search.Awaited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work on one reader that no search needs, done once: in the background after the reader starts
 * answering searches, or by the first caller that asks before the background came to it. The
 * corpus's facet counts and the document list each read every chunk or every document (about a
 * second of a cold JVM at a million chunks), and only the facet list, the document list and the
 * analyst's views ask for them.
 *
 * @param <T> what the work makes
 */
final class ReaderWork<T> {
  private static final Logger LOG = LoggerFactory.getLogger(ReaderWork.class);

  private final IndexReader reader;
  private final FutureTask<T> task;

  private ReaderWork(IndexReader reader, Callable<T> work) {
    this.reader = reader;
    this.task = new FutureTask<>(work);
  }

  /** The {@code work} on {@code reader}, not started. */
  static <T> ReaderWork<T> of(IndexReader reader, Callable<T> work) {
    return new ReaderWork<>(reader, work);
  }

  /**
   * Has {@code background} do it, unless a caller of {@link #get} has started by then; a reader
   * closed before its turn comes is left alone, as no search can ask for its work any more.
   */
  ReaderWork<T> startOn(Executor background) {
    try {
      background.execute(
          () -> {
            if (reader.tryIncRef()) {
              try {
                task.run();
              } finally {
                decRef();
              }
            }
          });
    } catch (RejectedExecutionException e) {
      // The backend is closing: whoever still asks does the work on their own thread.
    }
    return this;
  }

  /** What the work made: done on this thread unless another thread does it or has done it. */
  T get() throws IOException {
    task.run(); // returns at once when the work has started elsewhere or is done
    return Awaited.value(task, "work on the index's newest reader");
  }

  private void decRef() {
    try {
      reader.decRef();
    } catch (IOException e) {
      // The last holder of a reader the index has moved past closes it: nothing is lost.
      LOG.warn("closing a replaced index reader: {}", e.toString());
    }
  }
}
