package org.policysearch.web;

import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many searches run at once: a search waits a short while for its turn, then is told the
 * server is busy (503 with {@code Retry-After}), so that a few clients sending expensive queries
 * slow themselves, not everyone, and no queue of waiting requests grows without end.
 */
final class SearchPermits {
  private final Semaphore permits;
  private final Duration wait;

  SearchPermits(int concurrent, Duration wait) {
    // Fair: a request that has waited longest goes first, rather than one that has just come.
    this.permits = new Semaphore(concurrent, true);
    this.wait = wait;
  }

  /** {@code handler}, run only while it holds a permit. */
  Handler guard(Handler handler) {
    return ctx -> {
      enter();
      try {
        handler.handle(ctx);
      } finally {
        leave();
      }
    };
  }

  /** Takes a permit, waiting at most the queue wait for one. */
  void enter() throws InterruptedException {
    if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
      throw new BusyException(retryAfterSeconds());
    }
  }

  /** Gives a permit back. */
  void leave() {
    permits.release();
  }

  /** When to try again: the queue wait, in whole seconds, at least one. */
  private long retryAfterSeconds() {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** No permit came within the queue wait. */
  static final class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfter;

    BusyException(long retryAfter) {
      super(
          "The server is busy with other searches; try again in "
              + retryAfter
              + (retryAfter == 1 ? " second." : " seconds."),
          null,
          false,
          false);
      this.retryAfter = retryAfter;
    }

    /** Seconds after which a retry may find a permit free. */
    long retryAfter() {
      return retryAfter;
    }
  }
}
