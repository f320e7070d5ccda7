package org.policysearch.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.util.IOUtils;

/**
 * Runs a search's side work on a core that no search is using, and on the search's own thread when
 * every core has one: with one search at a time the other cores wait, under load a hand-off would
 * only add a switch between threads.
 */
final class SpareCore implements Closeable {
  private final int cores;
  private final AtomicInteger searching = new AtomicInteger();
  private final ThreadPoolExecutor pool;

  /** Side work for a machine of {@code cores} cores; with one, all of it runs on the caller. */
  SpareCore(int cores) {
    this.cores = cores;
    if (cores < 2) {
      this.pool = null;
    } else {
      // No queue: a task is handed over only to a thread that is free now.
      this.pool =
          new ThreadPoolExecutor(
              cores - 1,
              cores - 1,
              30,
              TimeUnit.SECONDS,
              new SynchronousQueue<>(),
              task -> {
                Thread thread = new Thread(task, "search-side-work");
                thread.setDaemon(true);
                return thread;
              });
      pool.allowCoreThreadTimeOut(true);
    }
  }

  /** A search starts: until {@link #left}, it occupies a core. */
  void entered() {
    searching.incrementAndGet();
  }

  /** A search that {@link #entered} is done. */
  void left() {
    searching.decrementAndGet();
  }

  /**
   * {@code task}, started on a spare core when there is one, else run now on this thread; the
   * future's {@code get} waits for it either way.
   */
  <T> Future<T> submit(Callable<T> task) {
    Future<T> aside = trySubmit(task);
    if (aside != null) {
      return aside;
    }
    FutureTask<T> here = new FutureTask<>(task);
    here.run();
    return here;
  }

  /**
   * {@code task} started on a spare core, or null when there is none: for work that is done beside
   * the search only if a core would otherwise wait, and else only if it turns out needed.
   */
  <T> Future<T> trySubmit(Callable<T> task) {
    if (pool == null || searching.get() >= cores) {
      return null;
    }
    FutureTask<T> future = new FutureTask<>(task);
    try {
      pool.execute(future);
      return future;
    } catch (RejectedExecutionException busy) {
      return null;
    }
  }

  /** What {@code future} computed, its failure thrown as this thread's own. */
  static <T> T await(Future<T> future) throws IOException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // the side work is short: finish waiting, then say so
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw IOUtils.rethrowAlways(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
