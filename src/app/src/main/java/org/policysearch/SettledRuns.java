package org.policysearch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs a task on a thread of its own once the requests for it have settled, one run at a time: a
 * burst of requests is one run, and requests made during a run are one more run after it.
 */
final class SettledRuns implements AutoCloseable {
  private final Duration quiet;
  private final Duration longest;
  private final BooleanSupplier task;
  private final Thread thread;

  private final Object lock = new Object();
  // Guarded by lock.
  private boolean pending;
  private boolean now;
  private long oldest;
  private long latest;
  private boolean closed;

  /**
   * Runs {@code task} once no request has come for {@code quiet}, or {@code longest} after the
   * oldest request not yet run, whichever is first; a task that answers false (it could not run) is
   * requested again. Nothing runs before {@link #start}.
   */
  SettledRuns(String name, Duration quiet, Duration longest, BooleanSupplier task) {
    this.quiet = Objects.requireNonNull(quiet);
    this.longest = Objects.requireNonNull(longest);
    this.task = Objects.requireNonNull(task);
    this.thread = new Thread(this::runWhenSettled, name);
    thread.setDaemon(true);
  }

  /** Starts running, the requests made until now included. */
  void start() {
    thread.start();
  }

  /** Asks for a run once the requests have settled. */
  void request() {
    synchronized (lock) {
      long time = System.nanoTime();
      if (!pending) {
        pending = true;
        oldest = time;
      }
      latest = time;
      lock.notifyAll();
    }
  }

  /**
   * Asks for a run {@code delay} from now, or sooner where a request is pending or comes meanwhile
   * (then as that request settles): a retry that a change to the corpus brings forward.
   */
  void requestIn(Duration delay) {
    synchronized (lock) {
      if (!pending) {
        long due = System.nanoTime() + delay.toNanos();
        pending = true;
        oldest = due - longest.toNanos();
        latest = due - quiet.toNanos();
      }
      lock.notifyAll();
    }
  }

  /** Asks for a run as soon as none is under way, without waiting for requests to settle. */
  void requestNow() {
    synchronized (lock) {
      request();
      now = true;
    }
  }

  private void runWhenSettled() {
    while (true) {
      synchronized (lock) {
        try {
          awaitSettled();
        } catch (InterruptedException e) {
          return;
        }
        if (closed) {
          return;
        }
        pending = false;
        now = false;
      }
      if (!task.getAsBoolean()) {
        request();
      }
    }
  }

  /** Waits, holding {@link #lock}, until a run is due or this is closed. */
  private void awaitSettled() throws InterruptedException {
    while (!closed) {
      if (!pending) {
        lock.wait();
        continue;
      }
      long due = Math.min(latest + quiet.toNanos(), oldest + longest.toNanos());
      long wait = due - System.nanoTime();
      if (now || wait <= 0) {
        return;
      }
      TimeUnit.NANOSECONDS.timedWait(lock, wait);
    }
  }

  /**
   * Runs nothing more; a run under way finishes, since interrupting a Lucene writer's file I/O
   * would close its files.
   */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }
}
