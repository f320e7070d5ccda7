package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Requests become runs once they settle, one run at a time; each test waits for the runs it
 * expects, at most {@link #PATIENCE_SECONDS}, and then counts them.
 */
class SettledRunsTest {
  private static final long PATIENCE_SECONDS = 20;
  private static final Duration QUIET = Duration.ofMillis(200);

  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  @Test
  void aBurstOfRequestsIsOneRun() throws Exception {
    try (SettledRuns settled = settled(() -> true)) {
      settled.start();
      for (int i = 0; i < 100; i++) {
        settled.request();
      }
      awaitRuns(1);

      settled.request(); // a run later than the burst's, to count the burst's when it is there
      awaitRuns(2);
      assertEquals(2, runs.get());
    }
  }

  @Test
  void requestsDuringARunAreOneMoreRunAfterIt() throws Exception {
    CountDownLatch firstRunGoesOn = new CountDownLatch(1);
    CountDownLatch firstRunStarted = new CountDownLatch(1);
    try (SettledRuns settled =
        settled(
            () -> {
              firstRunStarted.countDown();
              await(firstRunGoesOn);
              return true;
            })) {
      settled.start();
      settled.requestNow();
      await(firstRunStarted);
      for (int i = 0; i < 50; i++) {
        settled.request();
      }
      firstRunGoesOn.countDown();
      awaitRuns(2);

      settled.request();
      awaitRuns(3);
      assertEquals(3, runs.get());
      assertEquals(1, mostAtOnce.get(), "one run at a time");
    }
  }

  @Test
  void nothingRunsBeforeStartAndWhatWasAskedMeanwhileRunsAfter() throws Exception {
    try (SettledRuns settled = settled(() -> true)) {
      settled.request();
      settled.request();
      assertEquals(0, runs.get());

      settled.start();
      awaitRuns(1);
      settled.request();
      awaitRuns(2);
      assertEquals(2, runs.get());
    }
  }

  @Test
  void aRunThatCouldNotRunIsTriedAgain() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    try (SettledRuns settled = settled(() -> tries.incrementAndGet() > 2)) {
      settled.start();
      settled.requestNow();

      awaitRuns(3);
    }
  }

  @Test
  void aRunAskedForLaterRunsThenOrAsSoonAsARequestSettles() throws Exception {
    try (SettledRuns settled = settled(() -> true)) {
      settled.start();
      settled.requestIn(Duration.ofMillis(300));
      awaitRuns(1);

      // Ten minutes on, unless a change comes first: this one brings the run forward.
      settled.requestIn(Duration.ofMinutes(10));
      settled.request();
      awaitRuns(2);
      assertEquals(2, runs.get());
    }
  }

  private SettledRuns settled(BooleanSupplier task) {
    return new SettledRuns(
        "test runs",
        QUIET,
        Duration.ofMinutes(1),
        () -> {
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            return task.getAsBoolean();
          } finally {
            running.decrementAndGet();
            runs.incrementAndGet();
          }
        });
  }

  private void awaitRuns(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (runs.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(runs.get() + " runs within " + PATIENCE_SECONDS + " s");
      }
      Thread.sleep(10);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("not within " + PATIENCE_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
