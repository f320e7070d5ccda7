package org.policysearch.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one daemon thread on which a backend reads its index again every so often, and does later
 * what no search waits for; once stopped it has ended, so the backend can close what the refresh
 * reads.
 */
public final class BackgroundRefresh {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundRefresh.class);

  private final String name;
  private final ScheduledExecutorService pool;

  /** The pool's thread, joined on stop: the pool counts as terminated before it has ended. */
  private volatile Thread thread;

  /** A thread named {@code name}, idle until given work. */
  public BackgroundRefresh(String name) {
    this.name = name;
    this.pool =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread started = new Thread(task, name);
              started.setDaemon(true);
              thread = started;
              return started;
            });
  }

  /**
   * Runs {@code refresh} every {@code every}, the first time one {@code every} from now. It must
   * catch what it can recover from: whatever it throws ends the refreshing.
   */
  public void every(Duration every, Runnable refresh) {
    long millis = Math.max(1, every.toMillis());
    pool.scheduleWithFixedDelay(refresh, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Runs {@code work} once, {@code delay} from now, between refreshes. */
  public void later(Duration delay, Runnable work) {
    pool.schedule(work, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Stops the refreshing, interrupting a refresh under way, and waits up to {@code wait} for the
   * thread to end; says so in the log when it has not.
   */
  public void stop(Duration wait) {
    pool.shutdownNow();
    try {
      long deadline = System.nanoTime() + wait.toNanos();
      boolean stopped = pool.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
      Thread running = thread;
      if (running != null) {
        running.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        stopped &= !running.isAlive();
      }
      if (!stopped) {
        LOG.warn("{} did not stop within {} s", name, wait.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
